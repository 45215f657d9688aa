package com.replyguard.knowledge.reports;

import com.replyguard.policy.analysis.TextAnalysis;
import com.replyguard.policy.learn.Corpus;
import com.replyguard.policy.learn.LabelledCase;
import com.replyguard.policy.learn.LinearModel;
import com.replyguard.policy.learn.ModelTrainer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the shared checker in step with the team's approved reports without a rebuild: an approved false alarm
 * becomes a rule exception at once ({@link LiveChecker#allow}); the learned model is retrained from the shipped
 * training part plus every approved report on a background thread, written to {@code <data>/model/model.bin}
 * (temporary file, then an atomic move; owner-only) and swapped in when done. A data-directory model older than the
 * newest approval is retrained at start-up ({@link #refresh}); a damaged one is reported in the log and the built-in
 * model is used until a retrain replaces it.
 *
 * <p>Training takes tens of seconds on the full corpus, so it never runs on a command's start-up path or a reply's
 * path: {@link #retrainInBackground} queues at most one run behind the one in progress (approvals that arrive while
 * a run is queued are in it). {@link #retrainNow} trains in the caller's thread (the command line).
 *
 * <p>Thread safety: safe from any thread; runs are serialised.
 */
public final class ModelRetrainer implements AutoCloseable {
    /**
     * The logger, made on first use: a one-shot check passes through this class without logging anything, and
     * setting up the logging framework is a noticeable part of its start-up.
     */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(ModelRetrainer.class);
    }
    /** A system property naming a JSONL file of labelled cases used instead of the shipped training part. */
    public static final String TRAINING_PROPERTY = "replyguard.training";

    /** What one retrain did. */
    public record Outcome(int teamCases, int cases, int categories, Duration took, Path file) {
    }

    private final Path dataDir;
    private final TextAnalysis analysis;
    private final LiveChecker checker;
    private final TeamReports reports;
    private final Callable<List<LabelledCase>> baseCases;
    private final ScheduledExecutorService worker;
    private final ReentrantLock training = new ReentrantLock();
    private CompletableFuture<Outcome> queued;
    private FileTime damagedTime;

    public ModelRetrainer(Path dataDir, TextAnalysis analysis, LiveChecker checker, TeamReports reports,
                          Callable<List<LabelledCase>> baseCases) {
        this.dataDir = dataDir;
        this.analysis = analysis;
        this.checker = checker;
        this.reports = reports;
        this.baseCases = baseCases;
        this.worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "replyguard-retrain");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
    }

    /** A retrainer whose base cases are the shipped training part (or the file named by {@value #TRAINING_PROPERTY}). */
    public static ModelRetrainer standard(Path dataDir, TextAnalysis analysis, LiveChecker checker,
                                          TeamReports reports) {
        return new ModelRetrainer(dataDir, analysis, checker, reports, ModelRetrainer::standardBase);
    }

    /** The shipped training part, or the cases of the file named by {@value #TRAINING_PROPERTY}. */
    public static List<LabelledCase> standardBase() throws IOException {
        String file = System.getProperty(TRAINING_PROPERTY);
        return file == null || file.isBlank() ? Corpus.builtInTraining() : Corpus.read(Path.of(file));
    }

    /** Where a data directory keeps its retrained model. */
    public static Path modelFile(Path dataDir) {
        return dataDir.resolve("model").resolve("model.bin");
    }

    /**
     * Puts the data directory's retrained model, when there is a readable one, into {@code checker}; a damaged one is
     * reported in the log and the built-in model stays. Returns whether a model was loaded.
     */
    public static boolean loadInto(LiveChecker checker, Path dataDir) {
        Path file = modelFile(dataDir);
        try {
            FileTime time = Files.getLastModifiedTime(file);
            try (InputStream in = Files.newInputStream(file)) {
                checker.useModel(LinearModel.read(in), time);
            }
            return true;
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException | RuntimeException e) {
            Log.LOG.warn("the retrained model {} is damaged ({}); using the built-in model until it is retrained", file,
                    e.getMessage());
            return false;
        }
    }

    /**
     * Brings the checker up to date with the data directory and the store: applies every approved false alarm as a
     * rule exception, loads a model file written since the one in use (by another process, for example
     * {@code kb reports retrain}), and queues a retrain when the model is older than the newest approval (or
     * missing or damaged while reports are approved). Cheap: run it at start-up and now and then.
     *
     * @return whether a retrain was queued
     */
    public synchronized boolean refresh() {
        checker.allow(reports.allowances());
        Path file = modelFile(dataDir);
        FileTime time = null;
        try {
            time = Files.getLastModifiedTime(file);
        } catch (IOException e) {
            // no retrained model yet
        }
        boolean readable = time != null && !time.equals(damagedTime);
        if (readable && !time.equals(checker.teamModelTime())) {
            try (InputStream in = Files.newInputStream(file)) {
                checker.useModel(LinearModel.read(in), time);
                Log.LOG.info("using the retrained model {}", file);
            } catch (IOException | RuntimeException e) {
                Log.LOG.warn("the retrained model {} is damaged ({}); using the built-in model until it is retrained",
                        file, e.getMessage());
                damagedTime = time;
                readable = false;
                checker.useModel(null);
            }
        }
        Optional<Instant> newest = reports.newestApproval();
        boolean outdated = newest.isPresent() && (!readable || time.toInstant().isBefore(newest.get()));
        if (outdated) {
            retrainInBackground();
        }
        return outdated;
    }

    /**
     * After a lead approved {@code report}: its rule exception applies from the next check on, and a retrain is
     * queued. Returns the queued run.
     */
    public CompletableFuture<Outcome> approved(Report report) {
        checker.allow(reports.allowances());
        return retrainInBackground();
    }

    /** Queues a retrain on the background thread (or joins the one already queued and not yet started). */
    public synchronized CompletableFuture<Outcome> retrainInBackground() {
        if (queued != null) {
            return queued;
        }
        CompletableFuture<Outcome> f = new CompletableFuture<>();
        queued = f;
        worker.execute(() -> {
            synchronized (this) {
                queued = null; // approvals from now on need another run
            }
            try {
                f.complete(retrainNow());
            } catch (Exception | Error e) {
                Log.LOG.warn("retraining the model from the team's reports failed: {}", e.toString());
                f.completeExceptionally(e);
            }
        });
        return f;
    }

    /** Trains in this thread on the base cases plus every approved report, writes the model and swaps it in. */
    public Outcome retrainNow() throws Exception {
        training.lock();
        try {
            long t0 = System.nanoTime();
            // Approvals after this moment are not in this run; the file's time says so (see refresh()).
            Instant started = Instant.now();
            List<LabelledCase> team = reports.approvedCases();
            List<LabelledCase> cases = new ArrayList<>(baseCases.call());
            cases.addAll(team);
            LinearModel model = new ModelTrainer(analysis).train(cases);
            Path file = write(model, started);
            synchronized (this) {
                checker.useModel(model, Files.getLastModifiedTime(file));
                damagedTime = null;
            }
            Duration took = Duration.ofNanos(System.nanoTime() - t0);
            Log.LOG.info("retrained the model on {} cases ({} from the team's reports) in {} s: {}", cases.size(),
                    team.size(), took.toMillis() / 1000.0, file);
            return new Outcome(team.size(), cases.size(), model.categories().size(), took, file);
        } finally {
            training.unlock();
        }
    }

    /** Waits until every queued or running retrain has finished; false on timeout. */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        try {
            worker.submit(() -> { }).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.ExecutionException e) {
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    /** Runs {@link #refresh} every {@code every}, so approvals made elsewhere (the command line) reach this process. */
    public void startPolling(Duration every) {
        worker.scheduleWithFixedDelay(() -> {
            try {
                refresh();
            } catch (RuntimeException e) {
                Log.LOG.warn("checking the team's reports failed: {}", e.getMessage());
            }
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private Path write(LinearModel model, Instant started) throws IOException {
        Path file = modelFile(dataDir);
        Path dir = file.getParent();
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (!Files.isDirectory(dir)) {
            if (posix) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(dir);
            }
        }
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(dir, "model-*.tmp")) {
            for (Path p : stale) {
                Files.deleteIfExists(p); // left by a process that died while writing
            }
        }
        Path tmp = posix ? Files.createTempFile(dir, "model-", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(dir, "model-", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = java.nio.channels.Channels.newOutputStream(ch)) {
                model.write(out);
                out.flush();
                ch.force(true);
            }
            Files.setLastModifiedTime(tmp, FileTime.from(started));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return file;
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
