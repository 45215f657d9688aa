package com.replyguard.app;

import com.replyguard.knowledge.reports.LiveChecker;
import com.replyguard.policy.StartupTrace;
import com.replyguard.policy.analysis.TextAnalysis;
import com.replyguard.policy.rules.Allowance;
import com.replyguard.policy.rules.RuleChecker;
import com.replyguard.policy.rules.RulePacks;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A one-shot {@code check}'s checker, built on a background thread while picocli is still reading the command line
 * (issue #17: the two took about as long, one after the other). {@link #start} guesses the data directory from the
 * arguments and the environment the way {@code CommonOptions} will; {@link #take} hands the result to the first
 * {@link Composition} for exactly that data directory with no extra rule folders, and to no other. A wrong guess
 * costs only the wasted work: the composition then builds its own checker, as without a prefetch.
 *
 * <p>The checker is the one {@link Composition#checker()} builds (the built-in rules, the data directory's retrained
 * model and the team's approved false alarms, read a few hundred milliseconds earlier), so no result changes.
 * {@code REPLYGUARD_PREFETCH=0} turns it off.
 *
 * <p>Thread safety: thread-safe.
 */
final class CheckerPrefetch {
    /** What the background thread builds: the analysis and the checker made with it. */
    record Built(TextAnalysis analysis, LiveChecker checker) {
    }

    private record Pending(Path dataDir, FutureTask<Built> task) {
    }

    private static Pending pending;

    private CheckerPrefetch() {
    }

    /**
     * For {@code args} naming the {@code check} subcommand without {@code --rules} or help: starts building its
     * checker and returns the data directory it is built for; otherwise (or when one is already under way) null.
     */
    static synchronized Path start(String[] args, String subcommand) {
        if (pending != null || !"check".equals(subcommand) || "0".equals(System.getenv("REPLYGUARD_PREFETCH"))) {
            return null;
        }
        String data = null;
        int datas = 0;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--") || a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version")
                    || a.equals("--rules") || a.startsWith("--rules=")) {
                return null; // no checker needed, or one with more rules than the built-in ones
            }
            if (a.equals("--data") && i + 1 < args.length) {
                data = args[++i];
                datas++;
            } else if (a.startsWith("--data=")) {
                data = a.substring("--data=".length());
                datas++;
            }
        }
        if (datas > 1) {
            return null;
        }
        Path dataDir;
        try {
            dataDir = data != null ? Path.of(data) : com.replyguard.app.cli.CommonOptions.defaultDataDir();
        } catch (java.nio.file.InvalidPathException e) {
            return null; // picocli reports it
        }
        FutureTask<Built> task = new FutureTask<>(() -> build(dataDir));
        Thread t = new Thread(task, "replyguard-checker-prefetch");
        t.setDaemon(true);
        pending = new Pending(dataDir, task);
        t.start();
        return dataDir;
    }

    /** What {@link Composition#checker()} builds for {@code dataDir} and no extra rule folders. */
    static Built build(Path dataDir) {
        var model = RulePacks.readBuiltInModelAhead(); // on a thread of its own, as the team's approved false alarms
        FutureTask<List<Allowance>> allowed = new FutureTask<>(() -> LiveChecker.allowancesIn(dataDir));
        Thread reader = new Thread(allowed, "replyguard-allowances-reader");
        reader.setDaemon(true);
        reader.start();
        TextAnalysis analysis = new TextAnalysis();
        RuleChecker rules = RulePacks.loadChecker(analysis, List.of(), model);
        LiveChecker checker = LiveChecker.forDataDirectory(rules, dataDir, joined(allowed));
        StartupTrace.mark("prefetched checker ready");
        return new Built(analysis, checker);
    }

    private static <T> T joined(FutureTask<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the checker was loading", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("loading the checker failed", e.getCause());
        }
    }

    /**
     * The prefetched checker when it was started for {@code dataDir} and {@code ruleDirs} is empty (waiting for it
     * to finish), else null; it is handed out once. A failure while building it is thrown here, as building it in
     * the caller's thread would have.
     */
    static Built take(Path dataDir, List<Path> ruleDirs) {
        Pending p;
        synchronized (CheckerPrefetch.class) {
            p = pending;
            if (p == null || !ruleDirs.isEmpty() || !p.dataDir().equals(dataDir)) {
                return null;
            }
            pending = null;
        }
        return joined(p.task());
    }

    /** Drops a prefetch nobody took (for tests). */
    static synchronized void clear() {
        pending = null;
    }
}
