package com.replyguard.app.cli.kb;

import com.replyguard.app.cli.OperatorLangOption;
import com.replyguard.app.cli.OperatorLanguage;
import com.replyguard.knowledge.KnowledgeBase;
import com.replyguard.knowledge.KnowledgeException;
import com.replyguard.knowledge.curation.ImportSummary;
import com.replyguard.knowledge.io.Format;
import com.replyguard.knowledge.io.Progress;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kb import FILE}: validates the whole file, then applies all of it or nothing. */
@Command(name = "import", description = "Import entries from a JSONL or CSV file (`-` for standard input); "
        + "all or nothing: any bad line is reported with its number and nothing is saved.")
public final class KbImportCommand extends KbSubcommand {
    @Parameters(index = "0", paramLabel = "FILE")
    String file;

    @Option(names = "--dry-run", description = "validate and report what would change, save nothing")
    boolean dryRun;

    @Option(names = "--format", paramLabel = "jsonl|csv", converter = Converters.FormatConverter.class,
            description = "file format (default: from the file name, .csv is CSV, else JSONL)")
    Format format;

    @Mixin
    OperatorLangOption lang;

    @Option(names = "--max-errors", paramLabel = "N", defaultValue = "50", description = "problems to list (default 50)")
    int maxErrors;

    @Override
    int run(KnowledgeBase kb) throws IOException {
        Format f = format != null ? format : Format.ofFileName(file);
        ImportSummary s;
        try (InputStream in = open()) {
            s = kb.importData(in, f, dryRun, actor(), progress());
        }
        Render.summary(out(), s, maxErrors, OperatorLanguage.of(spec));
        return s.rejectedCount() == 0 ? 0 : 1;
    }

    private InputStream open() throws IOException {
        if (file.equals("-")) {
            return new BufferedInputStream(System.in);
        }
        try {
            return new BufferedInputStream(Files.newInputStream(Path.of(file)));
        } catch (NoSuchFileException ex) {
            throw new KnowledgeException("There is no file " + file + ".");
        }
    }

    /** A one-line progress bar on the terminal; nothing when output is redirected. */
    private Progress progress() {
        if (!KbSubcommand.interactive()) {
            return Progress.NONE;
        }
        var err = err();
        return (phase, done, total) -> {
            int width = 30;
            int filled = total <= 0 ? width : (int) (width * Math.min(1.0, (double) done / total));
            err.print("\r" + String.format("%-10s [%s%s] %d/%d", phase, "#".repeat(filled), " ".repeat(width - filled),
                    done, total));
            if (phase.equals("saving")) { // the last phase: saving and indexing run together
                err.print("\n");
            }
            err.flush();
        };
    }
}
