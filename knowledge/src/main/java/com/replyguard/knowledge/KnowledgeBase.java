package com.replyguard.knowledge;

import com.replyguard.knowledge.curation.Curator;
import com.replyguard.knowledge.curation.EntryChanges;
import com.replyguard.knowledge.curation.ImportSummary;
import com.replyguard.knowledge.curation.UsageStats;
import com.replyguard.knowledge.curation.WriteResult;
import com.replyguard.knowledge.search.EntrySource;
import com.replyguard.knowledge.entry.Entry;
import com.replyguard.knowledge.entry.Intent;
import com.replyguard.knowledge.gaps.Gap;
import com.replyguard.knowledge.gaps.GapCluster;
import com.replyguard.knowledge.gaps.GapLog;
import com.replyguard.knowledge.gaps.GapReport;
import com.replyguard.knowledge.index.KnowledgeIndex;
import com.replyguard.knowledge.io.DefaultKnowledge;
import com.replyguard.knowledge.io.EntryCodec;
import com.replyguard.knowledge.io.EntryReader;
import com.replyguard.knowledge.io.EntryWriter;
import com.replyguard.knowledge.io.Format;
import com.replyguard.knowledge.io.ParsedEntries;
import com.replyguard.knowledge.io.Progress;
import com.replyguard.knowledge.reports.TeamReports;
import com.replyguard.knowledge.search.EntryFilter;
import com.replyguard.knowledge.search.KnowledgeSearch;
import com.replyguard.knowledge.search.SearchHit;
import com.replyguard.knowledge.search.SearchQuery;
import com.replyguard.knowledge.store.ActivityLog;
import com.replyguard.knowledge.store.AuditRecord;
import com.replyguard.knowledge.store.KnowledgeStore;
import com.replyguard.knowledge.store.ReportLog;
import com.replyguard.policy.ComplianceChecker;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.TextAnalysis;
import com.replyguard.knowledge.text.Notice;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The knowledge base in one data directory: the SQLite store ({@code knowledge.db}, the source of truth), the
 * derived Lucene index ({@code index/}), search, listing, curation writes, import/export, usage and gaps.
 *
 * <p>Usage: {@code try (KnowledgeBase kb = KnowledgeBase.open(dir, analysis, checker)) { kb.search(...); }}.
 * Opening creates the directory (owner-only), migrates the store, brings the index up to date with the store
 * (rebuilding a missing or damaged one) and, for a brand-new directory, loads the built-in knowledge.
 *
 * <p>Thread safety: every method may be called from any thread; writes are serialised, searches run in parallel.
 * Another process may open the same data directory while one runs (the {@code kb} commands beside the bot): it
 * reads the store and the running process's index, its writes go to the store, and the running process's index
 * follows them at its next search; only {@link #reindex} needs the index to itself and is refused.
 */
public final class KnowledgeBase implements KnowledgeSearch, GapLog, EntrySource, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeBase.class);
    /** The gap report groups at most this many recent gaps (grouping is quadratic in the worst case). */
    private static final int GAP_REPORT_WINDOW = 5_000;

    /** How to open: whether a new data directory gets the built-in knowledge, and from which classpath folder. */
    public record Options(boolean loadDefaults, String defaultsFolder) {
        public static Options defaults() {
            return new Options(true, DefaultKnowledge.DEFAULT_FOLDER);
        }

        /** For tests and benchmarks: start empty. */
        public static Options empty() {
            return new Options(false, DefaultKnowledge.DEFAULT_FOLDER);
        }
    }

    private final Path dataDir;
    private final TextAnalysis analysis;
    private final EntryCodec codec = new EntryCodec();
    private final KnowledgeStore store;
    private final KnowledgeIndex index;
    private final ActivityLog activity;
    private final Curator curator;
    private final IndexSync sync;
    private final TeamReports reports;
    /** Feedback scores per entry for ranking, rebuilt when feedback arrives or after {@link #FEEDBACK_TTL}. */
    private volatile FeedbackScores feedbackScores;
    private static final Duration FEEDBACK_TTL = Duration.ofMinutes(5);

    private final java.util.concurrent.atomic.AtomicLong feedbackGeneration = new java.util.concurrent.atomic.AtomicLong();

    private record FeedbackScores(Map<String, Double> byEntry, Instant at, long generation) {
    }

    private KnowledgeBase(Path dataDir, TextAnalysis analysis, ComplianceChecker checker, KnowledgeStore store,
                          KnowledgeIndex index) {
        this.dataDir = dataDir;
        this.analysis = analysis;
        this.store = store;
        this.index = index;
        this.activity = new ActivityLog(store);
        this.sync = new IndexSync(store, index);
        this.curator = new Curator(store, checker, sync);
        this.reports = new TeamReports(new ReportLog(store));
    }

    public static KnowledgeBase open(Path dataDir, TextAnalysis analysis, ComplianceChecker checker) {
        return open(dataDir, analysis, checker, Options.defaults());
    }

    public static KnowledgeBase open(Path dataDir, TextAnalysis analysis, ComplianceChecker checker, Options options) {
        DataDirectory.prepare(dataDir);
        StoreGuard.beforeOpen(dataDir);
        EntryCodec codec = new EntryCodec();
        if (Files.exists(dataDir.resolve("knowledge.db"))) {
            StoreGuard.check(dataDir.resolve("knowledge.db"));
        }
        KnowledgeStore store = KnowledgeStore.open(dataDir.resolve("knowledge.db"), codec);
        KnowledgeIndex index;
        try {
            index = KnowledgeIndex.open(dataDir.resolve("index"), analysis, codec);
        } catch (IOException | RuntimeException ex) {
            store.close();
            throw new KnowledgeException(Notice.of("storage.index_not_opened", dataDir.resolve("index"), ex.getMessage()),
                    ex);
        }
        KnowledgeBase kb = new KnowledgeBase(dataDir, analysis, checker, store, index);
        try {
            kb.sync.reconcile();
            if (options.loadDefaults() && store.createdNow() && store.count() == 0) {
                List<Entry> defaults = new DefaultKnowledge(options.defaultsFolder(), codec).load("system:defaults");
                if (!defaults.isEmpty()) {
                    ImportSummary s = kb.curator.importEntries(defaults, List.of(), false, "system:defaults",
                            Progress.NONE);
                    LOG.info("loaded the built-in knowledge: {}", s.headline());
                }
            }
            StoreGuard.markExisting(dataDir);
        } catch (RuntimeException ex) {
            kb.close();
            throw ex;
        }
        return kb;
    }

    public Path dataDir() {
        return dataDir;
    }

    // ---- search and listing

    @Override
    public List<SearchHit> search(SearchQuery query) {
        sync.follow();
        return index.search(query);
    }

    /** Current entries matching the filter, by id; {@code entries(EntryFilter.approved())} for every served one. */
    public List<Entry> entries(EntryFilter filter) {
        return store.list(filter);
    }

    /** Every approved entry, for drafting's classifier index ({@link EntrySource}). */
    @Override
    public List<Entry> approvedEntries() {
        return store.list(EntryFilter.approved());
    }

    /** The store's change sequence number: it moves on every write, so drafting knows when to rebuild. */
    @Override
    public long generation() {
        return store.recentChangeSeq();
    }

    public Optional<Entry> get(String id) {
        return store.current(id);
    }

    /** Every version of an entry, oldest first; each carries its author, approver and time. Empty if unknown. */
    public List<Entry> history(String id) {
        return store.versions(id);
    }

    /** The audit lines of one entry ({@code null}: of all), oldest first, the newest {@code limit} of them. */
    public List<AuditRecord> auditLog(String entryId, int limit) {
        return store.auditLog(entryId, limit);
    }

    public int size() {
        return store.count();
    }

    // ---- curation writes (see Curator for the rules)

    public WriteResult add(Entry entry, String actor) {
        return curator.add(entry, actor);
    }

    public WriteResult propose(Entry entry, String actor) {
        return curator.propose(entry, actor);
    }

    public WriteResult edit(String id, EntryChanges changes, String actor, int expectedVersion) {
        return curator.edit(id, changes, actor, expectedVersion);
    }

    public WriteResult approve(String id, String actor) {
        return curator.approve(id, actor);
    }

    public WriteResult reject(String id, String actor, String reason) {
        return curator.reject(id, actor, reason);
    }

    public WriteResult retire(String id, String actor) {
        return curator.retire(id, actor);
    }

    public WriteResult revert(String id, int version, String actor) {
        return curator.revert(id, version, actor);
    }

    /** Imports validated entries (all or nothing; see {@link Curator#importEntries}). */
    public ImportSummary importEntries(List<Entry> entries, boolean dryRun, String actor) {
        StoreGuard.check(dataDir.resolve("knowledge.db"));
        return curator.importEntries(entries, List.of(), dryRun, actor, Progress.NONE);
    }

    /**
     * Reads, validates and imports a JSONL or CSV stream: every bad line is reported with its number, and any bad
     * line means nothing is applied.
     */
    public ImportSummary importData(InputStream in, Format format, boolean dryRun, String actor, Progress progress) {
        if (!dryRun) {
            StoreGuard.check(dataDir.resolve("knowledge.db"));
        }
        ParsedEntries parsed;
        try {
            parsed = new EntryReader(codec).read(in, format, actor);
        } catch (IOException ex) {
            throw new KnowledgeException(Notice.of("import.read_failed", ex.getMessage()), ex);
        }
        progress.update("validated", parsed.entries().size(), parsed.entries().size());
        ImportSummary s = curator.importEntries(parsed.entries().stream().map(ParsedEntries.Line::entry).toList(),
                parsed.problems(), parsed.problemCount(), dryRun, actor, progress);
        if (!dryRun && !s.applied()) {
            store.audit(actor, "import-refused", null, null, s.rejectedCount() + " bad lines");
        }
        return s;
    }

    /** Writes the current entries matching {@code filter} (every field) to {@code out}, which stays open. */
    public int export(Format format, OutputStream out, EntryFilter filter) {
        List<Entry> entries = store.list(filter);
        try {
            new EntryWriter(codec).write(entries, format, out);
        } catch (IOException ex) {
            throw new UncheckedIOException("could not write the export", ex);
        }
        return entries.size();
    }

    /** Rebuilds the index from the store; returns the number of entries indexed. */
    public int reindex() {
        if (index.shared()) {
            throw new KnowledgeException(KnowledgeIndex.IN_USE);
        }
        return sync.rebuild();
    }

    /** The team's reports about the checker (false alarms, missed violations) and the lead's decisions. */
    public TeamReports reports() {
        return reports;
    }

    // ---- usage and gaps

    /** Records that a draft built from {@code entryId} was shown to {@code agent}. */
    public void recordServed(String entryId, Intent intent, Marketplace marketplace, String agent) {
        activity.recordUsage(ActivityLog.SERVED, entryId, intent == null ? null : intent.name(),
                marketplace == null ? null : marketplace.id(), agent);
    }

    /** Records an agent's 👍 ({@code helpful}) or 👎 on a draft built from {@code entryId}. */
    public void recordFeedback(String entryId, boolean helpful, String agent) {
        String intent = store.current(entryId).map(e -> e.intent() == null ? null : e.intent().name()).orElse(null);
        activity.recordUsage(helpful ? ActivityLog.HELPFUL : ActivityLog.NOT_HELPFUL, entryId, intent, null, agent);
        feedbackGeneration.incrementAndGet();
    }

    /**
     * Records {@code agent}'s 👍/👎 on {@code entryId} as one choice that can be changed (see
     * {@link ActivityLog#recordVote}); the bot uses this, so a second press changes the vote and never counts twice.
     */
    public com.replyguard.knowledge.curation.VoteChange vote(String entryId, boolean helpful, String agent) {
        String intent = store.current(entryId).map(e -> e.intent() == null ? null : e.intent().name()).orElse(null);
        com.replyguard.knowledge.curation.VoteChange change = activity.recordVote(entryId, helpful, intent, agent);
        feedbackGeneration.incrementAndGet();
        return change;
    }

    /** The entry's feedback score for ranking ({@link UsageStats.Counts#feedbackScore()}; 0 without feedback). */
    @Override
    public double feedbackScore(String entryId) {
        FeedbackScores f = feedbackScores;
        long gen = feedbackGeneration.get();
        if (f == null || f.generation() != gen || f.at().plus(FEEDBACK_TTL).isBefore(Instant.now())) {
            Map<String, Double> m = new java.util.HashMap<>();
            feedbackByEntry().forEach((id, c) -> {
                if (c.helpful() + c.notHelpful() > 0) {
                    m.put(id, c.feedbackScore());
                }
            });
            f = new FeedbackScores(Map.copyOf(m), Instant.now(), gen);
            feedbackScores = f;
        }
        return f.byEntry().getOrDefault(entryId, 0.0);
    }

    /** Usage since {@code since} ({@code null}: all time). */
    public UsageStats stats(Instant since) {
        return activity.stats(since);
    }

    /** Drafts served per UTC day and intent since {@code since} ({@code null}: all time), oldest day first. */
    public Map<java.time.LocalDate, Map<String, Long>> servedPerDay(Instant since) {
        return activity.servedPerDay(since);
    }

    /** Served/👍/👎 counts per entry id over all time, for ranking (entries never served are absent). */
    public Map<String, UsageStats.Counts> feedbackByEntry() {
        return activity.stats(null).perEntry();
    }

    @Override
    public void record(Gap gap) {
        activity.recordGap(gap);
    }

    @Override
    public List<Gap> since(Instant from) {
        return activity.gapsSince(from);
    }

    /** The most frequent unanswered questions of the last {@code days} days, grouped by similarity. */
    public List<GapCluster> gapReport(int days, int limit) {
        List<Gap> gaps = since(Instant.now().minus(Duration.ofDays(Math.max(1, days))));
        if (gaps.size() > GAP_REPORT_WINDOW) {
            gaps = gaps.subList(gaps.size() - GAP_REPORT_WINDOW, gaps.size());
        }
        return new GapReport(analysis).group(gaps, limit);
    }

    /** Facts for status screens and benchmarks. */
    public record Status(int entries, long changeSeq, long indexSeq, int indexedDocs, long indexBytes,
                         int schemaVersion) {
    }

    public Status status() {
        return new Status(store.count(), store.changeSeq(), index.committedSeq(), index.numDocs(),
                index.sizeOnDisk(), store.schemaVersion());
    }

    @Override
    public void close() {
        try {
            index.close();
        } catch (IOException ex) {
            LOG.warn("closing the search index failed: {}", ex.getMessage());
        } finally {
            store.close();
        }
    }
}
