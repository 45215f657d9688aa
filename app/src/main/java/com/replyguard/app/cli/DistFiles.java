package com.replyguard.app.cli;

import com.replyguard.app.Main;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Build step (bot/pom.xml, package phase): writes the bash/zsh completion script and one man page per command
 * (AsciiDoc in the manpage doctype, picocli-codegen's ManPageGenerator) from the command classes, so neither falls
 * behind the options. Not part of the running application: picocli-codegen is a build-time ({@code provided})
 * dependency. Usage: {@code DistFiles COMPLETION_FILE MAN_DIR}.
 */
public final class DistFiles {
    private DistFiles() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: DistFiles COMPLETION_FILE MAN_DIR");
        }
        Path completion = Path.of(args[0]);
        Files.createDirectories(completion.toAbsolutePath().getParent());
        Files.writeString(completion, AutoComplete.bash("replyguard", Main.commandLine()), StandardCharsets.UTF_8);
        manPages(Path.of(args[1]));
    }

    /** One {@code <command path>.adoc} per command and subcommand, into {@code dir}. */
    public static void manPages(Path dir) throws IOException {
        Files.createDirectories(dir);
        CommandLine root = Main.commandLine();
        int status = ManPageGenerator.generateManPage(dir.toFile(), (File) null, new boolean[0], true,
                root.getCommandSpec());
        if (status != 0) {
            throw new IOException("picocli's man page generator failed (status " + status + ")");
        }
    }
}
