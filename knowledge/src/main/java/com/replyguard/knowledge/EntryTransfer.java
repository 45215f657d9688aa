package com.replyguard.knowledge;

import com.replyguard.knowledge.curation.Curator;
import com.replyguard.knowledge.curation.ImportSummary;
import com.replyguard.knowledge.entry.Entry;
import com.replyguard.knowledge.io.DefaultKnowledge;
import com.replyguard.knowledge.io.EntryCodec;
import com.replyguard.knowledge.io.EntryReader;
import com.replyguard.knowledge.io.EntryWriter;
import com.replyguard.knowledge.io.Format;
import com.replyguard.knowledge.io.ParsedEntries;
import com.replyguard.knowledge.io.Progress;
import com.replyguard.knowledge.search.EntryFilter;
import com.replyguard.knowledge.store.KnowledgeStore;
import com.replyguard.knowledge.text.Notice;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entries in and out of the knowledge base in bulk: JSONL or CSV imports (validated line by line, all or nothing,
 * refused when the store file was replaced under the running process), the built-in knowledge for a new data
 * directory, and exports. Thread safety: as the curator and store it uses (writes serialised).
 */
record EntryTransfer(Path storeFile, EntryCodec codec, KnowledgeStore store, Curator curator) {
    private static final Logger LOG = LoggerFactory.getLogger(EntryTransfer.class);

    ImportSummary importEntries(List<Entry> entries, boolean dryRun, String actor) {
        StoreGuard.check(storeFile);
        return curator.importEntries(entries, List.of(), dryRun, actor, Progress.NONE);
    }

    ImportSummary importData(InputStream in, Format format, boolean dryRun, String actor, Progress progress) {
        if (!dryRun) {
            StoreGuard.check(storeFile);
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

    /** Imports the built-in knowledge from the classpath folder {@code folder} (a new data directory). */
    void loadDefaults(String folder) {
        List<Entry> defaults = new DefaultKnowledge(folder, codec).load("system:defaults");
        if (!defaults.isEmpty()) {
            ImportSummary s = curator.importEntries(defaults, List.of(), false, "system:defaults", Progress.NONE);
            LOG.info("loaded the built-in knowledge: {}", s.headline());
        }
    }

    int export(Format format, OutputStream out, EntryFilter filter) {
        List<Entry> entries = store.list(filter);
        try {
            new EntryWriter(codec).write(entries, format, out);
        } catch (IOException ex) {
            throw new UncheckedIOException("could not write the export", ex);
        }
        return entries.size();
    }
}
