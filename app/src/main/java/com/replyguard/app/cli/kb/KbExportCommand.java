package com.replyguard.app.cli.kb;

import com.replyguard.app.cli.OperatorLanguage;
import com.replyguard.knowledge.KnowledgeBase;
import com.replyguard.knowledge.files.OwnerOnly;
import com.replyguard.knowledge.io.Format;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kb export [FILE]}: every field of every matching current entry, JSONL or CSV. */
@Command(name = "export", description = "Export entries (every status unless filtered) as JSONL or CSV, to FILE or "
        + "standard output.")
public final class KbExportCommand extends KbSubcommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE")
    Path file;

    @Option(names = "--format", paramLabel = "jsonl|csv", converter = Converters.FormatConverter.class,
            description = "default: from the file name (.csv is CSV), else JSONL")
    Format format;

    @Mixin
    FilterOptions filters;

    @Override
    int run(KnowledgeBase kb) throws Exception {
        Format f = format != null ? format : file == null ? Format.JSONL : Format.ofFileName(file.toString());
        if (file == null) {
            System.out.flush();
            out().flush();
            kb.export(f, System.out, filters.filter(null));
            System.out.flush();
            return 0;
        }
        int n;
        if (!Files.exists(file)) {
            Files.createFile(file, OwnerOnly.fileAttributes()); // the whole knowledge base: its owner's only
        }
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file))) {
            n = kb.export(f, os, filters.filter(null));
        }
        err().println(OperatorLanguage.get(OperatorLanguage.of(spec), "operator.export.done", n, file));
        return 0;
    }
}
