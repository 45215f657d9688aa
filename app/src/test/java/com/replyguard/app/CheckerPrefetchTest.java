package com.replyguard.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.app.cli.CommonOptions;
import com.replyguard.policy.Marketplace;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link CheckerPrefetch}: a one-shot check's checker built ahead is the one the composition would build. */
class CheckerPrefetchTest {
    private static final List<String> DRAFTS = List.of(AotTraining.DRAFTS.get(0), AotTraining.DRAFTS.get(1),
            AotTraining.DRAFTS.get(2), "We are open 24/7.", "Thanks for your order");

    @TempDir
    Path dir;

    @AfterEach
    void clear() {
        CheckerPrefetch.clear();
    }

    @Test
    void startsOnlyForACheckWithTheBuiltInRulesAndGuessesTheDataDirectoryAsTheOptionsWill() {
        assertEquals(dir, CheckerPrefetch.start(new String[] {"check", "--data", dir.toString(), "hi"}, "check"));
        CheckerPrefetch.clear();
        assertEquals(dir, CheckerPrefetch.start(new String[] {"--data=" + dir, "check", "hi"}, "check"));
        CheckerPrefetch.clear();
        assertEquals(CommonOptions.defaultDataDir(), CheckerPrefetch.start(new String[] {"check", "hi"}, "check"));
        CheckerPrefetch.clear();
        assertNull(CheckerPrefetch.start(new String[] {"draft", "hi"}, "draft"));
        assertNull(CheckerPrefetch.start(new String[] {"check", "--rules", dir.toString(), "hi"}, "check"));
        assertNull(CheckerPrefetch.start(new String[] {"check", "--help"}, "check"));
        assertNull(CheckerPrefetch.start(new String[] {"--data", "a", "check", "--data", "b", "hi"}, "check"));
        assertNull(CheckerPrefetch.start(new String[] {"check", "--", "--data", "x"}, "check"));
    }

    @Test
    void theFirstCompositionForTheSameDataDirectoryTakesItAndChecksAlike() {
        withApprovedFalseAlarm(dir);
        CheckerPrefetch.start(new String[] {"check", "--data", dir.toString(), "x"}, "check");
        try (Composition other = new Composition(dir.resolve("elsewhere"), List.of());
             Composition withRules = new Composition(dir, List.of(dir.resolve("rules")));
             Composition taken = new Composition(dir, List.of());
             Composition fresh = new Composition(dir, List.of())) {
            assertNull(CheckerPrefetch.take(other.dataDir(), List.of()), "another data directory");
            assertNull(CheckerPrefetch.take(dir, List.of(dir.resolve("rules"))), "extra rule folders");
            assertNotNull(taken.checker());
            assertNull(CheckerPrefetch.take(dir, List.of()), "handed out once");
            assertEquals(1, taken.checker().allowances().size(), "the team's approved false alarm");
            assertEquals(fresh.checker().allowances(), taken.checker().allowances());
            for (String draft : DRAFTS) {
                for (Marketplace m : List.of(Marketplace.AMAZON, Marketplace.SHOPEE)) {
                    assertEquals(fresh.checker().check(draft, m), taken.checker().check(draft, m), draft);
                }
            }
            try (Composition none = new Composition(dir.resolve("none"), List.of())) {
                assertNotEquals(none.checker().check("We are open 24/7.", Marketplace.AMAZON),
                        taken.checker().check("We are open 24/7.", Marketplace.AMAZON),
                        "the allowance changes this draft's result");
            }
        }
    }

    @Test
    void mainPrintsTheSameWithAndWithoutThePrefetch() {
        withApprovedFalseAlarm(dir);
        for (String draft : DRAFTS) {
            String[] args = {"check", "--data", dir.toString(), "-m", "amazon", draft};
            String[] plain = captured(() -> Main.execute(args));
            String[] ahead = captured(() -> Main.run(args));
            assertEquals(plain[0], ahead[0], draft);
            assertEquals(plain[1], ahead[1], draft);
            assertTrue(plain[0].contains("amazon"), plain[0]);
        }
        assertNull(CheckerPrefetch.take(dir, List.of()), "taken by the check that started it");
    }

    /** An approved false-alarm report for "We are open 24/7." in {@code data}'s knowledge.db. */
    private static void withApprovedFalseAlarm(Path data) {
        try (Composition parts = new Composition(data, List.of())) {
            var reports = parts.knowledge().reports();
            long id = reports.falseAlarm("common.overpromise", null, Marketplace.AMAZON, "en", "We are open 24/7.",
                    "tg:1").id();
            reports.approve(id, "tg:2");
        }
    }

    /** Standard output and exit status of {@code run}. */
    private static synchronized String[] captured(java.util.function.IntSupplier run) {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            int status = run.getAsInt();
            return new String[] {out.toString(StandardCharsets.UTF_8), Integer.toString(status)};
        } finally {
            System.setOut(old);
        }
    }
}
