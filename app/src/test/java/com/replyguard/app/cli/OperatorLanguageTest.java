package com.replyguard.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.policy.analysis.Language;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Start-up and configuration errors reach the operator in their language (#15): {@code --lang}, else the config's
 * {@code language:}, else the locale when it is Bengali or Malay, else English; one clear line, no stack trace, the
 * exit status of before.
 */
class OperatorLanguageTest {
    @TempDir
    Path tmp;

    @Test
    void theLanguageIsTheOptionThenTheConfigThenTheLocaleThenEnglish() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        assertEquals(Language.EN, OperatorLanguage.resolve(null, null, data, Map.of()));
        assertEquals(Language.BN, OperatorLanguage.resolve(null, null, data, Map.of("LANG", "bn_BD.UTF-8")));
        assertEquals(Language.MS, OperatorLanguage.resolve(null, null, data, Map.of("LANG", "ms_MY.UTF-8")));
        assertEquals(Language.EN, OperatorLanguage.resolve(null, null, data,
                Map.of("LC_ALL", "C.UTF-8", "LANG", "ms_MY.UTF-8")), "LC_ALL wins over LANG, as in POSIX");
        assertEquals(Language.EN, OperatorLanguage.resolve(null, null, data, Map.of("LANG", "fr_FR.UTF-8")));
        Files.writeString(data.resolve("config.yaml"), "language: ms\n");
        assertEquals(Language.MS, OperatorLanguage.resolve(null, null, data, Map.of("LANG", "bn_BD.UTF-8")));
        assertEquals(Language.BN, OperatorLanguage.resolve("bn", null, data, Map.of()));
        assertEquals(Language.EN, OperatorLanguage.resolve(null, null, data, Map.of("REPLYGUARD_LANG", "en")));
        assertEquals(Language.BN, OperatorLanguage.fromArgs(new String[] {"--data", data.toString(), "kb", "stats",
                "--lang=bn"}, Map.of()));
        assertEquals(Language.MS, OperatorLanguage.fromArgs(new String[] {"kb", "stats", "--data", data.toString()},
                Map.of()));
    }

    @Test
    void aBengaliOperatorReadsWhyTheConfigIsWrongAndTheExitStatusIsUnchanged() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Path config = data.resolve("config.yaml");
        Files.writeString(config, "language: bn\nusers:\n  \"1001\": boss\n");
        CliRun r = CliRun.of("--data", data.toString(), "bot");
        assertEquals(1, r.status());
        assertTrue(r.err().startsWith("replyguard: " + config + ": কনফিগারেশন ফাইলে একটি মান ভুল: "), r.err());
        assertTrue(r.err().contains("boss"), r.err());
        noStackTrace(r.err());
        // --lang wins over the file's language
        CliRun en = CliRun.of("--data", data.toString(), "check", "--lang", "en", "--rules",
                tmp.resolve("no-such-folder").toString(), "Thanks for your order.");
        assertFalse(en.err().isBlank());
        assertTrue(en.err().contains("The rule folder " + tmp.resolve("no-such-folder") + " does not exist"), en.err());
        CliRun bn = CliRun.of("--data", data.toString(), "check", "--rules", tmp.resolve("no-such-folder").toString(),
                "Thanks for your order.");
        assertEquals(2, bn.status());
        assertTrue(bn.err().startsWith("replyguard check: নিয়মের ফোল্ডার "), "the config's language: " + bn.err());
    }

    @Test
    void aBadRuleFolderIsNamedInTheChosenLanguage() throws Exception {
        Path rules = Files.createDirectories(tmp.resolve("team-rules"));
        Files.writeString(rules.resolve("broken.yaml"), "id: team.broken\nkind: [not a kind\n");
        CliRun bn = CliRun.of("--data", tmp.resolve("data").toString(), "check", "--lang", "bn", "--rules",
                rules.toString(), "Thanks for your order.");
        assertEquals(2, bn.status(), bn.err());
        assertTrue(bn.err().startsWith("replyguard check: একটি নিয়মের ফোল্ডার লোড করা যাচ্ছে না: "), bn.err());
        noStackTrace(bn.err());
        CliRun ms = CliRun.of("--data", tmp.resolve("data").toString(), "check", "--lang", "ms", "--rules",
                rules.toString(), "Thanks for your order.");
        assertTrue(ms.err().startsWith("replyguard check: Folder peraturan tidak dapat dimuatkan: "), ms.err());
    }

    @Test
    void aMalayOperatorReadsThatTheTokenIsMissingOrMalformed() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Files.writeString(data.resolve("config.yaml"), "language: ms\n");
        CliRun missing = CliRun.of("--data", data.toString(), "bot");
        assertEquals(1, missing.status());
        assertTrue(missing.err().startsWith("replyguard bot: tiada token bot Telegram."), missing.err());
        Files.writeString(data.resolve("config.yaml"), "language: ms\ntelegram:\n  token: \"not a token\"\n");
        CliRun bad = CliRun.of("--data", data.toString(), "bot");
        assertEquals(1, bad.status());
        assertTrue(bad.err().startsWith("replyguard bot: token bot Telegram tidak sah"), bad.err());
        assertFalse(bad.err().contains("not a token"), "the token is never echoed: " + bad.err());
    }

    @Test
    void aDamagedKnowledgeBaseIsReportedInBengali() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Files.writeString(data.resolve("config.yaml"), "language: bn\n");
        Files.write(data.resolve("knowledge.db"), "this is not a database, only some text".repeat(200).getBytes());
        CliRun r = CliRun.of("kb", "list", "--data", data.toString());
        assertEquals(1, r.status(), r.out());
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith("replyguard: জ্ঞানভান্ডার ") && l.contains("নষ্ট")),
                r.err());
        noStackTrace(r.err());
    }

    @Test
    void aPortInUseIsReportedInMalay() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Files.writeString(data.resolve("config.yaml"), "language: ms\n");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliRun r = CliRun.of("serve", "--data", data.toString(), "--host", "127.0.0.1", "--port",
                    Integer.toString(taken.getLocalPort()));
            assertEquals(1, r.status(), r.out());
            assertTrue(r.err().startsWith("replyguard serve: tidak dapat mendengar pada 127.0.0.1:"
                    + taken.getLocalPort() + ": "), r.err());
            noStackTrace(r.err());
        }
    }

    @Test
    void aRefusedImportIsExplainedLineByLineInTheOperatorsLanguage() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Path bad = tmp.resolve("bad.jsonl");
        Files.writeString(bad, "{\"id\":\"t-x\",\"kind\":\"reply\"}\nnot json\n");
        CliRun bn = CliRun.of("kb", "import", "--data", data.toString(), "--lang", "bn", bad.toString());
        assertEquals(1, bn.status(), bn.err());
        assertTrue(bn.out().startsWith("0টি নতুন, 0টি বদলেছে, 0টি অপরিবর্তিত, 5টি বাতিল (কিছুই সংরক্ষণ হয়নি)\n"),
                bn.out());
        assertTrue(bn.out().contains("\n  বাতিল লাইন 1 (t-x): ") && bn.out().contains("\n  বাতিল লাইন 2: "), bn.out());
        assertFalse(bn.out().contains("missing required field") || bn.out().contains("malformed"),
                "the reasons are Bengali too: " + bn.out());
        CliRun ms = CliRun.of("kb", "import", "--data", data.toString(), "--lang", "ms", "--dry-run", bad.toString());
        assertEquals(1, ms.status(), ms.err());
        assertTrue(ms.out().startsWith("0 baharu, 0 berubah, 0 tidak berubah, 5 ditolak (larian percubaan: tiada apa"
                + " disimpan)\n"), ms.out());
        assertTrue(ms.out().contains("\n  baris ditolak 1 (t-x): "), ms.out());
    }

    @Test
    void aTokenSetWithoutNoArgsBotOpensTheTerminalAndSaysSoInMalay() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Files.writeString(data.resolve("config.yaml"), "language: ms\ntelegram:\n  token: \"123456:abc-DEF\"\n");
        CliRun r = CliRun.withInput("/quit\n", "--data", data.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().startsWith("replyguard: token bot ditetapkan; jalankan `replyguard bot`"), r.err());
        assertFalse(r.err().contains("123456:abc-DEF"), "the token is never echoed: " + r.err());
    }

    @Test
    void inputMistakesAreUsageErrorsInTheOperatorsLanguage() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        CliRun empty = CliRun.withInput("  \n", "check", "--data", data.toString(), "--lang", "bn");
        assertEquals(2, empty.status(), empty.err());
        assertEquals("replyguard check: যাচাই করার মতো কোনো লেখা নেই (খসড়াটি খালি)।", empty.err().strip());
        Files.writeString(data.resolve("config.yaml"), "language: ms\n");
        CliRun mars = CliRun.of("check", "--data", data.toString(), "-m", "mars", "Thanks for your order.");
        assertEquals(2, mars.status(), mars.err());
        assertEquals("replyguard check: pasaran tidak dikenali 'mars' (pilih salah satu: "
                + String.join(", ", new CliCandidates.MarketplacesAndAll()) + ").", mars.err().strip());
        CliRun failOn = CliRun.of("check", "--data", data.toString(), "--fail-on", "maybe", "Thanks.");
        assertEquals(2, failOn.status(), failOn.err());
        assertTrue(failOn.err().startsWith("replyguard check: --fail-on mestilah block atau warn, bukan 'maybe'."),
                failOn.err());
        CliRun draft = CliRun.withInput("", "draft", "--data", data.toString(), "--jsonl", "hello");
        assertEquals(2, draft.status(), draft.err());
        assertTrue(draft.err().startsWith("replyguard draft: --jsonl membaca barisnya daripada input standard"),
                draft.err());
        CliRun report = CliRun.of("report", "false-alarm", "--data", data.toString(), "--rule", "no.such", "hi");
        assertEquals(2, report.status(), report.err());
        assertTrue(report.err().startsWith("replyguard report: peraturan tidak dikenali 'no.such'"), report.err());
        noStackTrace(report.err());
    }

    @Test
    void reportsAndExportsAreConfirmedInTheOperatorsLanguage() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Files.writeString(data.resolve("config.yaml"), "language: ms\n");
        String marketing = OperatorLanguage.TEXTS.name(Language.MS, com.replyguard.policy.Category.MARKETING);
        CliRun filed = CliRun.of("report", "missed", "--data", data.toString(), "--category", "MARKETING",
                "Our new range is out, have a look.");
        assertEquals(0, filed.status(), filed.err());
        assertTrue(filed.out().startsWith("Laporan #1 (terlepas " + marketing + ", all, en) menunggu semakan ketua"
                + " pasukan: replyguard kb reports approve 1"), filed.out());
        CliRun rejected = CliRun.of("kb", "reports", "--data", data.toString(), "reject", "1", "--reason", "Berita.");
        assertEquals("Laporan #1 ditolak (terlepas " + marketing + "): Berita.\n", rejected.out());
        CliRun export = CliRun.of("kb", "export", "--data", data.toString(), tmp.resolve("out.jsonl").toString());
        assertEquals(0, export.status(), export.err());
        assertTrue(export.err().matches("\\d+ entri dieksport ke .*out\\.jsonl\\s*"), export.err());
    }

    @Test
    void backupAndRestoreSayWhatTheyDidInBengali() throws Exception {
        Path data = BackupCommandTest.dataDir(tmp.resolve("a"));
        Files.writeString(data.resolve("config.yaml"), "language: bn\n");
        Path zip = tmp.resolve("rg.zip");
        CliRun backup = CliRun.of("backup", "--data", data.toString(), zip.toString());
        assertEquals(0, backup.status(), backup.err());
        assertTrue(backup.out().contains(data + "-এর ব্যাকআপ " + zip + "-এ নেওয়া হয়েছে"), backup.out());
        Path target = Files.createDirectories(tmp.resolve("b"));
        Files.writeString(target.resolve("config.yaml"), "language: bn\n");
        CliRun restore = CliRun.of("restore", "--data", target.toString(), zip.toString());
        assertEquals(0, restore.status(), restore.err());
        assertTrue(restore.out().contains(zip + " থেকে knowledge.db") && restore.out().contains("সার্চ ইনডেক্স নতুন করে"),
                restore.out());
    }

    private static void noStackTrace(String err) {
        assertFalse(err.contains("\tat ") || err.contains("Exception"), err);
    }
}
