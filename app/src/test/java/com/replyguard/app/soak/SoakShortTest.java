package com.replyguard.app.soak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small version of scripts/soak in the normal test run: same code paths, a fraction of the volume. */
class SoakShortTest {
    @TempDir
    Path tmp;

    @Test
    void hostileInputsThroughCheckDraftAndAskNeverThrow() {
        SoakMain.Totals totals = soak("fuzz");
        assertEquals(0, totals.crashes, String.join("\n", totals.problems));
        assertTrue(totals.problems.isEmpty(), String.join("\n", totals.problems));
    }

    @Test
    void theRealBotUnderApiFaultsAndSigkillsAnswersEveryUpdateAndNeverLeaksItsToken() {
        SoakMain.Totals totals = soak("faults", "kill");
        assertEquals(0, totals.lost, String.join("\n", totals.problems));
        assertTrue(totals.updates >= 10, "updates were exchanged: " + totals.updates);
        assertTrue(totals.problems.isEmpty(), String.join("\n", totals.problems));
    }

    private SoakMain.Totals soak(String... phases) {
        SoakMain.Settings s = new SoakMain.Settings(tmp, new LinkedHashSet<>(List.of(phases)), 3, 12, 2, 2, 300, 200, 7,
                true);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        return assertTimeoutPreemptively(Duration.ofMinutes(8), () -> {
            try (PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8)) {
                return SoakMain.run(s, out);
            } finally {
                System.out.print(log.toString(StandardCharsets.UTF_8));
            }
        });
    }
}
