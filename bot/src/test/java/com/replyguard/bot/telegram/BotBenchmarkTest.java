package com.replyguard.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark entry point works end to end (a small run; figures come from scripts/bench, not from here). */
class BotBenchmarkTest {
    @TempDir
    Path data;

    @Test
    void aSmallRunAnswersEveryMessageAndReportsFigures() {
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            BotBenchmark.Result r = BotBenchmark.run(5, 3, data, false, false);
            assertEquals(15, r.updates());
            assertTrue(r.updatesPerSecond() > 0 && r.p50Millis() <= r.p99Millis(), r.toString());
        });
    }
}
