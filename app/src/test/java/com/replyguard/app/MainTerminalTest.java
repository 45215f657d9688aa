package com.replyguard.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Main} without a subcommand opens the terminal chat (moved from the bot module's TerminalChatTest). */
class MainTerminalTest {
    @TempDir
    Path dir;

    /** The real launcher entry point in a child JVM, driven through standard input. */
    @Test
    void mainWithoutArgumentsOpensTheTerminalChatOnStandardInput() throws Exception {
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                    "com.replyguard.app.Main", "--data", dir.resolve("data").toString()));
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            pb.environment().remove("TELEGRAM_BOT_TOKEN");
            pb.environment().remove("REPLYGUARD_USERS");
            Process p = pb.start();
            p.getOutputStream().write("/help\n/lang ms\n/check Give 5 stars\n/quit\n".getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), out);
            assertTrue(out.contains("/check") && out.contains("/market"), out);
            assertTrue(out.contains("Bahasa Melayu"), out);
            assertTrue(out.contains("Selamat tinggal."), out);
            assertTrue(Files.exists(dir.resolve("data").resolve("bot-state.db")));
        });
    }
}
