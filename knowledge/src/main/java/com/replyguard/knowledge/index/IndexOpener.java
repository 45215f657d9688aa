package com.replyguard.knowledge.index;

import com.replyguard.knowledge.files.OwnerOnly;
import com.replyguard.policy.analysis.TextAnalysis;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Opens the index folder for {@link KnowledgeIndex}: its files readable by their owner only; a missing, torn or
 * corrupt index wiped and started empty (the store rebuilds it); and, when another process (the running bot) holds
 * the write lock, no writer at all, so nothing that process uses is checked or deleted.
 */
final class IndexOpener {
    /**
     * The open folder, its writer (null when another process holds the index), whether it was started empty because
     * no usable index was there, and the store sequence number its last commit reflects (-1: none).
     */
    record Opened(Directory dir, IndexWriter writer, boolean recreated, long seq) {
    }

    private IndexOpener() {
    }

    static Opened open(Path path, TextAnalysis analysis) throws IOException {
        OwnerOnly.directory(path);
        Directory dir = new OwnerOnlyDirectory(FSDirectory.open(path), path); // every file it writes is 0600
        Lock probe;
        try {
            // Another process (the running bot) writes this index: read its last commit, touch nothing. Checking
            // or wiping it here would delete files the bot is using.
            probe = dir.obtainLock(IndexWriter.WRITE_LOCK_NAME);
        } catch (LockObtainFailedException held) {
            return new Opened(dir, null, false, committedSeq(dir));
        }
        boolean usable;
        try {
            usable = DirectoryReader.indexExists(dir) && intact(dir, probe);
        } finally {
            probe.close(); // the writer below takes the lock for itself
        }
        long seq = -1;
        if (usable) {
            try {
                seq = committedSeq(dir);
            } catch (IOException | RuntimeException ex) {
                usable = false;
            }
        }
        if (!usable) {
            wipe(dir);
        }
        IndexWriterConfig cfg = config(analysis)
                .setOpenMode(usable ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND : IndexWriterConfig.OpenMode.CREATE);
        IndexWriter writer;
        try {
            writer = new IndexWriter(dir, cfg);
        } catch (IOException | RuntimeException ex) {
            if (!usable) {
                dir.close();
                throw ex;
            }
            // The commit point was readable but the segments were not (or were written in another order, by an
            // older version): start again from nothing; the store rebuilds it.
            wipe(dir);
            cfg = config(analysis).setOpenMode(IndexWriterConfig.OpenMode.CREATE);
            writer = new IndexWriter(dir, cfg);
            usable = false;
            seq = -1;
        }
        OwnerOnly.restrictTree(path); // the lock file, and files an older version wrote with the umask's mode
        return new Opened(dir, writer, !usable, usable ? seq : -1);
    }

    /**
     * The writer's settings. Documents are kept sorted by their filter group (kind, marketplaces, language): the
     * entries a search's filters let through then sit in a few long runs of documents, and the scorer skips the
     * runs in between instead of stepping through every document of the other marketplaces. On a million entries
     * that took a third off search times.
     */
    private static IndexWriterConfig config(TextAnalysis analysis) {
        return new IndexWriterConfig(new LanguageFieldAnalyzer(analysis)).setRAMBufferSizeMB(64)
                .setIndexSort(new Sort(new SortField(EntryDocuments.GROUP, SortField.Type.STRING)));
    }

    /** Deletes every file of a damaged index: the index is derived, the store rebuilds it. */
    private static void wipe(Directory dir) throws IOException {
        for (String f : dir.listAll()) {
            if (!f.equals(IndexWriter.WRITE_LOCK_NAME)) {
                dir.deleteFile(f);
            }
        }
    }

    /** Verifies every file's checksum: cheap compared with a rebuild, and catches torn or overwritten files. */
    private static boolean intact(Directory dir, Lock lock) {
        try (CheckIndex check = new CheckIndex(dir, lock)) {
            check.setLevel(CheckIndex.Level.MIN_LEVEL_FOR_CHECKSUM_CHECKS);
            return check.checkIndex().clean;
        } catch (IOException | RuntimeException ex) {
            return false;
        }
    }

    /** The store sequence number the last commit recorded; -1 when there is no commit or none was recorded. */
    private static long committedSeq(Directory dir) throws IOException {
        if (!DirectoryReader.indexExists(dir)) {
            return -1;
        }
        String s = SegmentInfos.readLatestCommit(dir).getUserData().get(KnowledgeIndex.SEQ);
        return s == null ? -1 : Long.parseLong(s);
    }
}
