package com.replyguard.bot.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Golden files for the check report under {@code src/test/resources/golden/check}: the drafts ({@code NAME.txt}) and
 * each rendering of them ({@code NAME.KIND.golden}). A test compares its output with the file; run the tests with
 * {@code -Dgolden.update=true} to rewrite the files after an intended change, then review the diff.
 */
public final class Golden {
    /**
     * The drafts every golden test renders: several violations in each language, a repeated one, a long draft (over
     * 4,000 characters) in each language, rewrites that keep the order number and the item, a message that only thanks.
     */
    public static final List<String> DRAFTS = List.of("en-several", "bn-several", "ms-several", "en-repeated",
            "en-same-sentence", "en-long", "bn-long", "ms-long", "en-captures", "en-thanks-only");

    /** The long drafts: each over 4,000 characters with many problems. */
    public static final List<String> LONG = List.of("en-long", "bn-long", "ms-long");

    /** The bot module's folder; the app module's tests (the command line's renderings) read the same files. */
    private static final Path DIR = Files.isDirectory(Path.of("src/test/resources/golden/check"))
            ? Path.of("src/test/resources/golden/check") : Path.of("../bot/src/test/resources/golden/check");

    private Golden() {
    }

    public static String draft(String name) {
        return read(DIR.resolve(name + ".txt"));
    }

    /** Asserts that {@code actual} is the golden rendering {@code name.kind}, or rewrites it in update mode. */
    public static void assertMatches(String name, String kind, String actual) {
        Path file = DIR.resolve(name + "." + kind + ".golden");
        if (Boolean.getBoolean("golden.update")) {
            try {
                Files.writeString(file, actual, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        assertEquals(read(file), actual, () -> "the " + kind + " report of " + name + " changed; if intended, rerun"
                + " with -Dgolden.update=true and review the diff of " + file);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("missing golden file " + file + " (create it with -Dgolden.update=true)", e);
        }
    }
}
