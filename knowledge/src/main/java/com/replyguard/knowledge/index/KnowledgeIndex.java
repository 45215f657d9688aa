package com.replyguard.knowledge.index;

import com.replyguard.knowledge.KnowledgeException;
import com.replyguard.knowledge.entry.Entry;
import com.replyguard.knowledge.io.EntryCodec;
import com.replyguard.knowledge.search.SearchHit;
import com.replyguard.knowledge.search.SearchQuery;
import com.replyguard.knowledge.text.Notice;
import com.replyguard.policy.analysis.TextAnalysis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;

/**
 * The Lucene index of current entries in {@code <data>/index/}: derived from the store and rebuildable at any time.
 * Each commit records the store's change sequence number it reflects, so start-up can tell whether it lags.
 *
 * <p>Usage: {@link #open} (a damaged index is wiped and comes back empty, at sequence -1), then {@link #apply} after
 * every store write, {@link #rebuild} when asked, {@link #search} from any thread.
 *
 * <p>When another process (the running bot) holds the index, {@link #open} reads its last commit instead and
 * refuses every write ({@link #shared()}): the command line can then search while the bot runs.
 *
 * <p>Thread safety: one IndexWriter, writes synchronized; searches use a SearcherManager and never block writes.
 */
public final class KnowledgeIndex implements AutoCloseable {
    static final String SEQ = "store_seq";

    private final Directory dir;
    /** Null when another process (the running bot) holds the index: this one then only reads its last commit. */
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final EntryDocuments documents;
    private final QueryFactory queries;
    private final boolean recreated;
    private volatile long committedSeq;
    private boolean stale;

    private KnowledgeIndex(Directory dir, IndexWriter writer, EntryDocuments documents, QueryFactory queries,
                           boolean recreated, long seq) throws IOException {
        this.dir = dir;
        this.writer = writer;
        SearcherFactory sliced = new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                return new SlicedSearcher(reader);
            }
        };
        if (writer != null) {
            this.searchers = new SearcherManager(writer, sliced);
        } else {
            this.searchers = DirectoryReader.indexExists(dir) ? new SearcherManager(dir, sliced) : null;
        }
        this.documents = documents;
        this.queries = queries;
        this.recreated = recreated;
        this.committedSeq = seq;
    }

    /** Opens the index in {@code path}; a missing, unreadable or corrupt index is replaced by an empty one. */
    public static KnowledgeIndex open(Path path, TextAnalysis analysis, EntryCodec codec) throws IOException {
        IndexOpener.Opened o = IndexOpener.open(path, analysis);
        return new KnowledgeIndex(o.dir(), o.writer(), new EntryDocuments(codec), new QueryFactory(analysis),
                o.recreated(), o.seq());
    }

    /**
     * True when another process (the running bot) holds this index: searches read its last commit, and the store
     * alone takes writes, which that process's index follows (see {@code IndexSync#follow}).
     */
    public boolean shared() {
        return writer == null;
    }

    private void requireOwn() {
        if (writer == null) {
            throw new KnowledgeException(IN_USE);
        }
    }

    /** Why a write to a shared index is refused. */
    public static final String IN_USE = "The search index is in use by a running ReplyGuard (the bot) on this data "
            + "directory. Stop the bot first, then try again; while it runs it keeps its index up to date by itself.";

    /** True when open found no usable index and started an empty one. */
    public boolean recreated() {
        return recreated;
    }

    /** The store change sequence number this index reflects; -1 for an empty or rebuilt-from-nothing index. */
    public long committedSeq() {
        return committedSeq;
    }

    public synchronized int numDocs() {
        if (writer != null) {
            return writer.getDocStats().numDocs;
        }
        if (searchers == null) {
            return 0;
        }
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return s.getIndexReader().numDocs();
            } finally {
                searchers.release(s);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("could not read the search index", ex);
        }
    }

    /** Adds or replaces the given entries and commits, recording {@code seq}. */
    public synchronized void apply(Collection<Entry> entries, long seq) {
        stage(entries);
        commitStaged(seq);
    }

    /**
     * Adds or replaces the given entries without committing: searches do not see them until {@link #commitStaged}
     * (a crash before it loses them, and start-up catches up from the store).
     */
    public synchronized void stage(Collection<Entry> entries) {
        requireOwn();
        // IndexWriter is thread-safe; large batches (imports) analyse their text on every core.
        (entries.size() > 1_000 ? entries.parallelStream() : entries.stream()).forEach(e -> {
            try {
                writer.updateDocument(new Term(EntryDocuments.ID, e.id()), documents.toDocument(e));
            } catch (IOException ex) {
                throw new UncheckedIOException("could not update the search index", ex);
            }
        });
    }

    /** Commits what was staged, recording {@code seq}, and shows it to searches. */
    public synchronized void commitStaged(long seq) {
        try {
            commit(seq);
        } catch (IOException ex) {
            throw new UncheckedIOException("could not update the search index", ex);
        }
    }

    /**
     * Takes back staged documents whose write the store refused: each id gets the entry the store holds for it
     * ({@code current}), or none.
     */
    public synchronized void unstage(Collection<String> ids, Map<String, Entry> current) {
        requireOwn();
        try {
            for (String id : ids) {
                Entry e = current.get(id);
                if (e == null) {
                    writer.deleteDocuments(new Term(EntryDocuments.ID, id));
                } else {
                    writer.updateDocument(new Term(EntryDocuments.ID, id), documents.toDocument(e));
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("could not update the search index", ex);
        }
    }

    /**
     * The index may hold documents the store does not: from now on every commit records sequence -1, so the next
     * start-up rebuilds it from the store.
     */
    public synchronized void markStale() {
        stale = true;
    }

    /** Replaces the whole index with the entries {@code source} feeds, then commits {@code seq}. */
    public synchronized void rebuild(Consumer<Consumer<Entry>> source, long seq) {
        requireOwn();
        try {
            writer.deleteAll();
            stale = false;
            IOException[] failure = new IOException[1];
            source.accept(e -> {
                if (failure[0] == null) {
                    try {
                        writer.addDocument(documents.toDocument(e));
                    } catch (IOException ex) {
                        failure[0] = ex;
                    }
                }
            });
            if (failure[0] != null) {
                throw failure[0];
            }
            commit(seq);
        } catch (IOException ex) {
            throw new UncheckedIOException("could not rebuild the search index", ex);
        }
    }

    private void commit(long seq) throws IOException {
        requireOwn();
        writer.setLiveCommitData(Map.of(SEQ, Long.toString(stale ? -1 : seq)).entrySet());
        writer.commit();
        committedSeq = seq;
        searchers.maybeRefreshBlocking();
    }

    /** Hits best first, each with its Lucene score. */
    public List<SearchHit> search(SearchQuery q) {
        Query query = queries.build(q);
        if (query == null) {
            return List.of();
        }
        if (searchers == null) {
            throw new KnowledgeException(Notice.of("kb.index_building"));
        }
        try {
            IndexSearcher s = searchers.acquire();
            try {
                TopDocs top = s.search(query, q.limit());
                StoredFields stored = s.storedFields();
                List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
                for (ScoreDoc sd : top.scoreDocs) {
                    hits.add(new SearchHit(documents.fromDocument(stored.document(sd.doc)), sd.score));
                }
                return hits;
            } finally {
                searchers.release(s);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("could not search the index", ex);
        }
    }

    /** The size of the index files on disk, in bytes. */
    public long sizeOnDisk() {
        long total = 0;
        try {
            for (String f : dir.listAll()) {
                try {
                    total += dir.fileLength(f);
                } catch (IOException ignored) {
                    // a file merged away while listing
                }
            }
        } catch (IOException ex) {
            return -1;
        }
        return total;
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            if (searchers != null) {
                searchers.close();
            }
            if (writer != null) {
                writer.close();
            }
        } finally {
            dir.close();
        }
    }
}
