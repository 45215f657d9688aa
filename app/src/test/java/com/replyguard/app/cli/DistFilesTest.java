package com.replyguard.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.app.Main;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The man pages and the completion script the build ships, generated the way the build does it. */
class DistFilesTest {

    @Test
    void everyCommandHasAManPageNamingEachOfItsOptions(@TempDir Path dir) throws IOException {
        DistFiles.manPages(dir);
        List<CommandSpec> all = new ArrayList<>();
        collect(Main.commandLine().getCommandSpec(), all);
        assertTrue(all.size() > 20, "expected the whole command tree, got " + all.size());
        for (CommandSpec spec : all) {
            Path page = dir.resolve(spec.qualifiedName("-") + ".adoc");
            assertTrue(Files.isRegularFile(page), "no man page for " + spec.qualifiedName());
            String text = Files.readString(page, StandardCharsets.UTF_8);
            assertTrue(text.contains("= " + spec.qualifiedName("-") + "(1)"), page + " has no manpage title");
            for (OptionSpec o : spec.options()) {
                if (!o.hidden()) {
                    assertTrue(text.contains("*" + o.longestName() + "*"), page + " does not name " + o.longestName());
                }
            }
        }
        try (var files = Files.list(dir)) {
            assertEquals(all.size(), files.count(), "one page per command, no more");
        }
    }

    @Test
    void completionScriptKnowsNestedSubcommands(@TempDir Path dir) throws IOException {
        Path script = dir.resolve("replyguard_completion");
        DistFiles.main(new String[] {script.toString(), dir.resolve("man").toString()});
        String text = Files.readString(script, StandardCharsets.UTF_8);
        assertTrue(text.contains("_picocli_replyguard_kb_reports_retrain"), "kb reports retrain missing");
        assertTrue(text.contains("_picocli_replyguard_check"), "check missing");
    }

    @Test
    void namingOneSubcommandBuildsOnlyThatOneButTopLevelHelpListsThemAll() {
        CommandLine one = Main.commandLine(new String[] {"--data", "check", "check", "hello"});
        assertEquals(List.of("check"), List.copyOf(one.getSubcommands().keySet()));
        CommandLine kb = Main.commandLine(new String[] {"kb", "list"});
        assertEquals(List.of("kb"), List.copyOf(kb.getSubcommands().keySet()));
        assertEquals(Main.commandLine().getSubcommands().keySet(),
                Main.commandLine(new String[] {"--help"}).getSubcommands().keySet());
        assertEquals(12, Main.commandLine(new String[] {"no-such-command"}).getSubcommands().size());
    }

    private static void collect(CommandSpec spec, List<CommandSpec> into) {
        into.add(spec);
        for (CommandLine sub : spec.subcommands().values()) {
            if (!into.contains(sub.getCommandSpec())) {
                collect(sub.getCommandSpec(), into);
            }
        }
    }
}
