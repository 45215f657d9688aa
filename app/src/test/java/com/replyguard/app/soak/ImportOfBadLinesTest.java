package com.replyguard.app.soak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kb import} of a huge file of bad lines, in a child JVM with a small heap: it reports the first 1,000
 * problems and how many there were in all, instead of keeping every line and every problem until it runs out of
 * memory.
 */
class ImportOfBadLinesTest {
    static final int LINES = 3_000_000;

    @TempDir
    Path tmp;

    @Test
    void aHugeFileOfBadLinesKeepsTheFirstThousandProblemsAndACount() {
        assertTimeoutPreemptively(Duration.ofMinutes(4), () -> {
            Path file = tmp.resolve("bad.jsonl");
            byte[] line = "{\"id\": \"x\", not json at all}\n".getBytes(StandardCharsets.UTF_8);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                for (int i = 0; i < LINES; i++) {
                    out.write(line);
                }
            }
            Path log = tmp.resolve("import.log");
            try (BotProcess p = BotProcess.start(Map.of("REPLYGUARD_DATA", tmp.resolve("data").toString()), log,
                    "128m", "kb", "import", "--max-errors", "5", file.toString())) {
                assertTrue(p.process().waitFor(3, TimeUnit.MINUTES), "the import finished");
                String output = Files.readString(log);
                assertFalse(output.contains("OutOfMemoryError"), output);
                assertEquals(1, p.process().exitValue(), output);
                assertTrue(output.contains(LINES + " rejected"), "the count of every bad line: " + output);
                assertTrue(output.contains("rejected line 1:") && output.contains("only the first 1000 problems"),
                        "the first problems, and that the rest were only counted: " + output);
            }
        });
    }
}
