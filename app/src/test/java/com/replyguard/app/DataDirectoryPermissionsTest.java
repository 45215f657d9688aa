package com.replyguard.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.bot.core.ChatState;
import com.replyguard.bot.state.BotStateDb;
import com.replyguard.bot.state.HandledUpdates;
import com.replyguard.bot.state.SqliteChatMemory;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Everything the bot and the command line create in the data directory is readable by its owner only. */
class DataDirectoryPermissionsTest {
    @TempDir
    Path tmp;

    @Test
    void everyDirectoryIs0700AndEveryFile0600() throws Exception {
        Path data = tmp.resolve("data");
        Path entries = tmp.resolve("entries.jsonl");
        Files.writeString(entries, "{\"id\":\"p-1\",\"kind\":\"reply\",\"marketplaces\":[\"amazon\"],\"language\":\"en\","
                + "\"intent\":\"ORDER_STATUS\",\"questions\":[\"where is my order\"],\"body\":\"It is on its way.\"}\n");
        cli("kb", "import", "--data", data.toString(), entries.toString());
        cli("backup", "--data", data.toString(), tmp.resolve("b.zip").toString());
        cli("restore", "--data", data.toString(), tmp.resolve("b.zip").toString()); // sets the old files aside
        cli("kb", "list", "--data", data.toString()); // rebuilds the index
        cli("kb", "export", "--data", data.toString(), data.resolve("all.csv").toString());

        try (BotStateDb db = BotStateDb.open(data)) { // open while checking: its -wal and -shm exist now
            new HandledUpdates(db, Clock.systemUTC()).accept(Map.of(1L, "{\"update_id\":1}"));
            new HandledUpdates(db, Clock.systemUTC()).markSent(1, 1);
            new SqliteChatMemory(db, Duration.ofMinutes(5), Clock.systemUTC()).awaitText(1, 1,
                    new ChatState.Awaited("check", null));
            List<String> wrong = new ArrayList<>();
            try (Stream<Path> all = Files.walk(data)) {
                all.forEach(p -> {
                    try {
                        String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
                        String want = Files.isDirectory(p) ? "rwx------" : "rw-------";
                        if (!mode.equals(want)) {
                            wrong.add(data.relativize(p) + " " + mode);
                        }
                    } catch (java.io.IOException e) {
                        wrong.add(p + " unreadable: " + e.getMessage());
                    }
                });
            }
            assertTrue(Files.exists(data.resolve("bot-state.db-wal")), "the check saw the WAL");
            assertTrue(Files.exists(data.resolve("index")), "the check saw the index");
            assertEquals(List.of(), wrong, "owner-only everywhere");
        }
    }

    private static void cli(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        InputStream in = System.in;
        try {
            System.setOut(new PrintStream(new java.io.ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new java.io.ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            System.setIn(new ByteArrayInputStream(new byte[0]));
            assertEquals(0, Main.execute(args), String.join(" ", args));
        } finally {
            System.setOut(out);
            System.setErr(err);
            System.setIn(in);
        }
    }
}
