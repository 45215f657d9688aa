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
import com.replyguard.knowledge.io.Format;
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
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
    private final EntryFeedback feedback;
    private final EntryTransfer transfer;

    private KnowledgeBase(Path dataDir, TextAnalysis analysis, ComplianceChecker checker, KnowledgeStore store,
                          KnowledgeIndex index) {
        this.dataDir = dataDir;
        this.analysis = analysis;
        this.store = store;
        this.index = index;
        this.activity = new ActivityLog(store);
        this.feedback = new EntryFeedback(store, activity);
        this.sync = new IndexSync(store, index);
        this.curator = new Curator(store, checker, sync);
        this.transfer = new EntryTransfer(dataDir.resolve("knowledge.db"), codec, store, curator);
        this.reports = new TeamReports(new ReportLog(store));
    }

    public static KnowledgeBase open(Path dataDir, TextAnalysis analysis, ComplianceChecker checker) {
        return open(dataDir, analysis, checker, Options.defaults());
    }

    public static KnowledgeBase open(Path dataDir, TextAnalysis analysis, ComplianceChecker checker, Options options) {
        KnowledgeFiles files = KnowledgeFiles.open(dataDir, analysis);
        KnowledgeStore store = files.store();
        KnowledgeBase kb = new KnowledgeBase(dataDir, analysis, checker, store, files.index());
        try {
            kb.sync.reconcile();
            if (options.loadDefaults() && store.createdNow() && store.count() == 0) {
                kb.transfer.loadDefaults(options.defaultsFolder());
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
        return transfer.importEntries(entries, dryRun, actor);
    }

    /**
     * Reads, validates and imports a JSONL or CSV stream: every bad line is reported with its number, and any bad
     * line means nothing is applied.
     */
    public ImportSummary importData(InputStream in, Format format, boolean dryRun, String actor, Progress progress) {
        return transfer.importData(in, format, dryRun, actor, progress);
    }

    /** Writes the current entries matching {@code filter} (every field) to {@code out}, which stays open. */
    public int export(Format format, OutputStream out, EntryFilter filter) {
        return transfer.export(format, out, filter);
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

    /** Records that a draft built from {@code entryId} was shown to {@code agent}. */
    public void recordServed(String entryId, Intent intent, Marketplace marketplace, String agent) {
        feedback.recordServed(entryId, intent, marketplace, agent);
    }

    /** Records an agent's 👍 ({@code helpful}) or 👎 on a draft built from {@code entryId}. */
    public void recordFeedback(String entryId, boolean helpful, String agent) {
        feedback.recordFeedback(entryId, helpful, agent);
    }

    /**
     * Records {@code agent}'s 👍/👎 on {@code entryId} as one choice that can be changed (see
     * {@link ActivityLog#recordVote}); the bot uses this, so a second press changes the vote and never counts twice.
     */
    public com.replyguard.knowledge.curation.VoteChange vote(String entryId, boolean helpful, String agent) {
        return feedback.vote(entryId, helpful, agent);
    }

    /** The entry's feedback score for ranking ({@link UsageStats.Counts#feedbackScore()}; 0 without feedback). */
    @Override
    public double feedbackScore(String entryId) {
        return feedback.score(entryId);
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
        return feedback.countsByEntry();
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
        return new GapReport(analysis).groupRecent(since(Instant.now().minus(Duration.ofDays(Math.max(1, days)))),
                limit);
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
