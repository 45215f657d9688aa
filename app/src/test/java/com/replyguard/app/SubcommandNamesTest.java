package com.replyguard.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/**
 * The launcher finds the subcommand a command line names from {@link Main#SUBCOMMAND_NAMES} (no annotation read before
 * the checker starts loading): the list must be the subcommands' own {@code @Command} names, in the same order, and
 * the full command line must offer exactly those.
 */
class SubcommandNamesTest {
    @Test
    void theNamesAreTheCommandsOwnInTheirOrder() {
        List<String> annotated = Main.SUBCOMMANDS.stream().map(c -> c.getAnnotation(Command.class).name()).toList();
        assertEquals(annotated, Main.SUBCOMMAND_NAMES);
        assertEquals(List.copyOf(Main.commandLine().getSubcommands().keySet()).stream()
                .filter(annotated::contains).distinct().toList(), annotated);
    }

    @Test
    void aNamedSubcommandIsTheOnlyOneBuilt() {
        assertEquals(List.of("check"), List.copyOf(Main.commandLine(new String[] {"--data", "d", "check", "hi"})
                .getSubcommands().keySet()).stream().filter(Main.SUBCOMMAND_NAMES::contains).toList());
        assertEquals(Main.SUBCOMMAND_NAMES.size(), Main.commandLine(new String[] {"nonsense"}).getSubcommands()
                .keySet().stream().filter(Main.SUBCOMMAND_NAMES::contains).count(), "an unknown word gets the whole list");
    }
}
