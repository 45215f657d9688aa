package com.replyguard.app.cli.doctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.bot.telegram.FakeTelegramServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code replyguard doctor}: each check passes on a sound installation and names the fix when it fails. */
class DoctorCommandTest {
    private static final String TOKEN = "4242:doctor-token";

    @TempDir
    static Path shared;

    record Run(int exit, String out) {
    }

    private static Run run(Map<String, String> env, String... args) {
        DoctorCommand cmd = new DoctorCommand();
        cmd.env = env;
        StringWriter out = new StringWriter();
        int exit = new CommandLine(cmd).setOut(new PrintWriter(out)).setErr(new PrintWriter(out)).execute(args);
        return new Run(exit, out.toString());
    }

    private static Path privateDir(String name) throws Exception {
        Path d = shared.resolve(name);
        Files.createDirectories(d);
        Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwx------"));
        return d;
    }

    @Test
    void aSoundInstallationPassesEveryCheck() throws Exception {
        Path data = privateDir("sound");
        try (FakeTelegramServer api = FakeTelegramServer.start(TOKEN)) {
            Run r = run(Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_API_URL", api.baseUrl().toString()),
                    "--data", data.toString());
            assertEquals(0, r.exit(), r.out());
            assertTrue(r.out().contains("ok    telegram  getMe answers: @replyguard_test_bot"), r.out());
            assertTrue(r.out().matches("(?s).*ok    rules     \\d+ rules loaded.*"), r.out());
            assertTrue(r.out().contains("index in sync"), r.out());
            assertTrue(r.out().contains("is writable and private"), r.out());
            assertTrue(r.out().endsWith("all checks passed\n"), r.out());
        }
    }

    @Test
    void aRefusedTokenFails() throws Exception {
        Path data = privateDir("refused");
        try (FakeTelegramServer api = FakeTelegramServer.start(TOKEN)) {
            Run r = run(Map.of("TELEGRAM_BOT_TOKEN", "4242:wrong-token", "TELEGRAM_API_URL", api.baseUrl().toString()),
                    "--data", data.toString(), "--offline");
            assertEquals(0, r.exit(), "--offline does not call Telegram: " + r.out());
            Run online = run(Map.of("TELEGRAM_BOT_TOKEN", "4242:wrong-token", "TELEGRAM_API_URL",
                    api.baseUrl().toString()), "--data", data.toString());
            assertEquals(1, online.exit(), online.out());
            assertTrue(online.out().contains("FAIL  telegram  getMe refused the token (401"), online.out());
            assertTrue(!online.out().contains("wrong-token"), "the token is never printed: " + online.out());
        }
    }

    @Test
    void configPermissionsAndRuleFoldersNameTheFix() throws Exception {
        Path data = privateDir("broken");
        Files.writeString(data.resolve("config.yaml"), "workers: 4\nserve:\n  tokens: [short]\n");
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path rules = shared.resolve("acme-rules");
        Files.createDirectories(rules);
        Files.writeString(rules.resolve("x.yaml"), "kind: phrase\nseverity: high\n");
        Run r = run(Map.of(), "--data", data.toString(), "--rules", rules.toString());
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.out().contains("FAIL  config") && r.out().contains("at least 16 characters"), r.out());
        assertTrue(r.out().contains("FAIL  data") && r.out().contains("chmod 700"), r.out());
        assertTrue(r.out().contains("FAIL  rules") && r.out().contains("x.yaml:"), r.out());
        assertTrue(r.out().contains("3 check(s) failed"), r.out());
    }

    @Test
    void aBengaliOperatorReadsEveryLineInBengali() throws Exception {
        Path data = privateDir("bengali");
        try (FakeTelegramServer api = FakeTelegramServer.start(TOKEN)) {
            Run r = run(Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_API_URL", api.baseUrl().toString(),
                    "REPLYGUARD_LANG", "bn"), "--data", data.toString());
            assertEquals(0, r.exit(), r.out());
            assertTrue(r.out().contains("ঠিক আছে config    সঠিক; 0 জন ব্যবহারকারী; API টোকেন: 0")
                    || r.out().contains("ঠিক আছে config    ফাইল নেই, ডিফল্ট মান; 0 জন ব্যবহারকারী; API টোকেন: 0"), r.out());
            assertTrue(r.out().contains("ঠিক আছে telegram  getMe উত্তর দিয়েছে: @replyguard_test_bot, "), r.out());
            assertTrue(r.out().matches("(?s).*ঠিক আছে rules     \\d+টি নিয়ম লোড হয়েছে.*"), r.out());
            assertTrue(r.out().contains("লেখা যায় এবং এটি ব্যক্তিগত"), r.out());
            assertTrue(r.out().contains("ইনডেক্স হালনাগাদ"), r.out());
            assertTrue(r.out().endsWith("সব যাচাই সফল\n"), r.out());
            assertTrue(!r.out().contains("ok ") && !r.out().contains("passed"), "no English left: " + r.out());
        }
    }

    @Test
    void aMalayOperatorReadsTheFailuresInMalayWithTheSameExitStatus() throws Exception {
        Path data = privateDir("malay");
        Files.writeString(data.resolve("config.yaml"), "language: ms\n");
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (FakeTelegramServer api = FakeTelegramServer.start(TOKEN)) {
            Run r = run(Map.of("TELEGRAM_BOT_TOKEN", "4242:wrong-token", "TELEGRAM_API_URL",
                    api.baseUrl().toString()), "--data", data.toString());
            assertEquals(1, r.exit(), r.out());
            assertTrue(r.out().contains("ok    config    sah; 0 pengguna; token API: 0"), r.out());
            assertTrue(r.out().contains("GAGAL telegram  getMe menolak token (401 Unauthorized); dapatkan token baharu"
                    + " daripada @BotFather"), r.out());
            assertTrue(r.out().contains("GAGAL data      " + data + " boleh dibaca oleh pengguna lain (rwxr-xr-x);"
                    + " jalankan: chmod 700 " + data), r.out());
            assertTrue(r.out().endsWith("2 semakan gagal\n"), r.out());
            // --lang wins over the config's language
            Run en = run(Map.of(), "--data", data.toString(), "--offline", "--lang", "en");
            assertTrue(en.out().contains("FAIL  data") && en.out().endsWith("1 check(s) failed\n"), en.out());
        }
    }

    @Test
    void anUnknownLangIsAUsageErrorNotEnglish() throws Exception {
        Run r = run(Map.of(), "--data", privateDir("lang").toString(), "--offline", "--lang", "fr");
        assertEquals(2, r.exit(), r.out());
        assertTrue(r.out().contains("--lang must be en, bn or ms, not 'fr'."), r.out());
        assertTrue(!r.out().contains("all checks passed"), "no check ran: " + r.out());
    }
}
