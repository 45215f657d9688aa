package com.replyguard.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code replyguard kb} command line, run in-process with captured streams. */
class KbCommandTest {
    @TempDir
    Path tmp;

    /** The command line with {@code stdin} as standard input. */
    CliRun run(String stdin, String... args) {
        return CliRun.withInput(stdin, args);
    }

    CliRun kb(String stdin, String sub, String... rest) {
        List<String> args = new ArrayList<>(List.of("kb", sub, "--data", tmp.resolve("data").toString()));
        args.addAll(List.of(rest));
        return run(stdin, args.toArray(String[]::new));
    }

    static final String FILE = """
            {"id":"t-late","kind":"reply","marketplaces":["amazon"],"language":"en","intent":"ORDER_STATUS","title":"Late","questions":["Where is my zorblax parcel?"],"body":"Hi {buyer_name}, it is on its way."}
            {"id":"t-links","kind":"policy","marketplaces":["all"],"language":"en","topic":"EXTERNAL_LINK","body":"No outside zorblax links.","source":"rules"}
            """;

    Path write(String name, String text) throws Exception {
        Path p = tmp.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void importListSearchAndShow() throws Exception {
        CliRun imp = kb("", "import", write("k.jsonl", FILE).toString());
        assertEquals(0, imp.status(), imp.err());
        assertTrue(imp.out().startsWith("2 new, 0 changed"), imp.out());
        CliRun list = kb("", "list", "--kind", "reply");
        assertTrue(list.out().contains("t-late") && !list.out().contains("t-links"), list.out());
        String orderStatus = com.replyguard.knowledge.text.Texts.knowledge().name(
                com.replyguard.policy.analysis.Language.EN, com.replyguard.knowledge.entry.Intent.ORDER_STATUS);
        assertTrue(list.out().contains(orderStatus) && !list.out().contains("ORDER_STATUS"),
                "the table names the intent, not its code: " + list.out());
        CliRun search = kb("", "search", "zorblax", "parcel");
        assertTrue(search.out().matches("(?s)\\s*\\d+\\.\\d{3}\\s+t-late.*"), search.out());
        CliRun show = kb("", "show", "t-late", "--history");
        assertTrue(show.out().contains("\"intent\" : \"ORDER_STATUS\""), show.out());
        assertTrue(show.out().contains("v1   approved by cli:"), show.out());
    }

    @Test
    void theDataDirectoryMayBeGivenBeforeTheSubcommand() throws Exception {
        Path data = tmp.resolve("early");
        CliRun imp = run("", "--data", data.toString(), "kb", "import", write("e.jsonl", FILE).toString());
        assertEquals(0, imp.status(), imp.err());
        assertTrue(Files.exists(data.resolve("knowledge.db")), "the store is where --data said");
        CliRun list = run("", "kb", "list", "--kind", "reply", "--data", data.toString());
        assertTrue(list.out().contains("t-late"), list.out());
    }

    @Test
    void aFileWithBadLinesIsRefusedWholeWithLineNumbers() throws Exception {
        Path bad = write("bad.jsonl", FILE + "{\"id\":\"t-x\",\"kind\":\"reply\"}\nnot json\n");
        CliRun r = kb("", "import", bad.toString());
        assertEquals(1, r.status());
        assertTrue(r.out().contains("rejected line 3 (t-x): missing required field 'marketplaces'"), r.out());
        assertTrue(r.out().contains("rejected line 4: malformed JSON"), r.out());
        assertFalse(kb("", "list").out().contains("t-late"), "nothing was applied");
        CliRun dry = kb("", "import", "--dry-run", write("ok.jsonl", FILE).toString());
        assertTrue(dry.out().contains("dry run"), dry.out());
        assertFalse(kb("", "list").out().contains("t-late"));
    }

    @Test
    void writesAreConfirmedAndRefusedInTheOperatorsLanguage() {
        CliRun add = kb("", "add", "--id", "t-bn", "--kind", "reply", "-m", "amazon", "--language", "en",
                "--intent", "PRAISE", "-q", "Loved the lamp", "--body", "Thank you for the kind words!", "--propose",
                "--lang", "bn");
        assertEquals(0, add.status(), add.err());
        assertTrue(add.out().contains("'t-bn' সংস্করণ 1 হিসেবে সংরক্ষিত") && !add.out().contains("saved as"), add.out());
        // a reply the checker blocks is refused approval: the headline and the finding's reason in Malay
        CliRun bad = kb("", "add", "--id", "t-ms", "--kind", "reply", "-m", "amazon", "--language", "en",
                "--intent", "PRAISE", "-q", "Loved it", "--body", "Leave us five stars and we will send you a free gift.",
                "--propose");
        assertEquals(0, bad.status(), bad.err());
        CliRun approve = kb("", "approve", "t-ms", "--lang", "ms");
        assertEquals(1, approve.status(), approve.out());
        assertTrue(approve.out().startsWith("Tidak diluluskan"), approve.out());
        String incentive = com.replyguard.knowledge.text.Texts.knowledge().name(
                com.replyguard.policy.analysis.Language.MS, com.replyguard.policy.Category.REVIEW_INCENTIVE);
        assertTrue(approve.out().contains(incentive) && !approve.out().contains("REVIEW_INCENTIVE"), approve.out());
        // English stays as it was
        CliRun en = kb("", "retire", "t-bn");
        assertTrue(en.out().contains("retire: 't-bn' saved as version 2 (retired)."), en.out());
    }

    @Test
    void addFromYamlOnStdinAndFromFlagsThenEditWithOptimisticLocking() {
        CliRun add = kb("""
                id: t-yaml
                kind: reply
                marketplaces: [ebay]
                language: en
                intent: PRAISE
                body: Thank you for the kind words!
                """, "add");
        assertEquals(0, add.status(), add.err());
        assertTrue(add.out().contains("'t-yaml' saved as version 1"), add.out());
        CliRun flags = kb("", "add", "--id", "t-flags", "--kind", "reply", "-m", "amazon,ebay", "--language", "en",
                "--intent", "WRONG_ITEM", "-q", "I got the wrong colour", "--body", "Sorry for the mix-up.",
                "--propose");
        assertTrue(flags.out().contains("(pending)"), flags.out());
        CliRun edit = kb("", "edit", "t-yaml", "--body", "Thanks so much!", "--expect-version", "1");
        assertEquals(0, edit.status(), edit.err());
        CliRun stale = kb("", "edit", "t-yaml", "--body", "Overwrite?", "--expect-version", "1");
        assertEquals(1, stale.status());
        assertTrue(stale.err().contains("changed by someone else"), stale.err());
        assertFalse(stale.err().contains("at com."), "no stack trace");
        assertTrue(kb("", "show", "t-yaml").out().contains("Thanks so much!"));
    }

    @Test
    void usageMistakesExitTwoAndFailuresExitOne() {
        CliRun badValue = kb("", "list", "--marketplace", "amazn");
        assertEquals(2, badValue.status());
        assertTrue(badValue.err().contains("unknown marketplace 'amazn'"), badValue.err());
        assertEquals(2, kb("", "revert", "x").status(), "missing VERSION");
        CliRun missing = kb("", "retire", "no-such-entry");
        assertEquals(1, missing.status());
        assertTrue(missing.err().contains("There is no entry with id 'no-such-entry'."), missing.err());
        CliRun noFile = kb("", "import", tmp.resolve("absent.csv").toString());
        assertEquals(1, noFile.status());
        assertTrue(noFile.err().contains("There is no file"), noFile.err());
    }

    @Test
    void csvExportImportsIntoAnotherDirectoryUnchanged() throws Exception {
        kb("", "import", write("k.jsonl", FILE).toString());
        kb("", "retire", "t-links");
        Path csv = tmp.resolve("out.csv");
        assertEquals(0, kb("", "export", csv.toString()).status());
        assertTrue(Files.readString(csv).startsWith("id,kind,marketplaces,language,intent,topic,title,questions,body"));
        CliRun into = run("", "kb", "import", "--data", tmp.resolve("other").toString(), csv.toString());
        assertEquals(0, into.status(), into.out());
        String a = run("", "kb", "export", "--data", tmp.resolve("data").toString()).out();
        String b = run("", "kb", "export", "--data", tmp.resolve("other").toString()).out();
        assertEquals(mine(a), mine(b));
        assertEquals(2, mine(a).size());
    }

    @Test
    void statsAndGapsRun() {
        kb("", "import", "-", "--format", "jsonl");
        CliRun stats = kb("", "stats");
        assertEquals(0, stats.status(), stats.err());
        assertTrue(stats.out().contains("never used"), stats.out());
        CliRun gaps = kb("", "gaps", "--days", "3");
        assertEquals(0, gaps.status(), gaps.err());
        assertTrue(gaps.err().contains("in the last 3 days"), gaps.err());
    }

    /** Lines of this test's own entries (the built-in knowledge may be there too). */
    static List<String> mine(String jsonl) {
        return jsonl.lines().filter(l -> l.startsWith("{\"id\":\"t-")).toList();
    }
}
