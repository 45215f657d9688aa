package com.replyguard.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ChatCommandTest {
    @TempDir
    Path tmp;

    /** A data directory that cannot be created is told in the team's language, the file system's words inside. */
    @Test
    void anUnusableDataDirectoryIsToldInTheConfiguredLanguage() throws Exception {
        Path notADirectory = Files.writeString(tmp.resolve("data"), "a file, not a directory");
        Path config = Files.writeString(tmp.resolve("config.yaml"), "defaults:\n  language: bn\n", StandardCharsets.UTF_8);
        StringWriter err = new StringWriter();
        int code = new CommandLine(new ChatCommand()).setErr(new PrintWriter(err)).setOut(new PrintWriter(new StringWriter()))
                .execute("--data", notADirectory.toString(), "--config", config.toString());
        assertEquals(1, code, err.toString());
        String said = err.toString().strip();
        assertTrue(said.startsWith("replyguard chat: "), said);
        String sentence = said.substring("replyguard chat: ".length());
        assertEquals(Character.UnicodeScript.BENGALI, Character.UnicodeScript.of(sentence.codePointAt(0)), said);
        assertTrue(sentence.contains(notADirectory.toString()), said);
        assertFalse(said.contains("Exception"), said);
    }

    @Test
    void aFullDiskIsToldInPlainMalayWithTheDatabasesOwnWords() {
        Throwable full = new IllegalStateException("could not save",
                new java.sql.SQLException("[SQLITE_FULL] database or disk is full", null, 13));
        String said = ChatCommand.startupProblem(new com.replyguard.bot.core.Messages().in(
                com.replyguard.policy.analysis.Language.MS), full);
        assertTrue(said.startsWith("Cakera sudah penuh") && said.contains("[SQLITE_FULL] database or disk is full"), said);
        assertEquals(null, ChatCommand.startupProblem(new com.replyguard.bot.core.Messages().in(
                com.replyguard.policy.analysis.Language.MS), new IllegalStateException("a bug")));
    }
}
