package com.replyguard.drafting.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Loads the drafting code's word and phrase lists (sign-offs, month names, seller phrases, language cue words...)
 * from UTF-8 resource files next to the class that uses them, so they are edited as data rather than Java literals.
 * Format: one word or phrase a line, surrounding spaces ignored unless the entry is in double quotes
 * ({@code "sent from my "} keeps its trailing space); blank lines and lines starting with {@code #} are skipped.
 * Each list is loaded once, into a static field of its user.
 */
public final class WordList {
    private WordList() {
    }

    /** The entries of {@code resource} (relative to {@code anchor}'s package), in file order. */
    public static List<String> list(Class<?> anchor, String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("word list missing: " + resource + " next to " + anchor.getName());
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                String entry = line.strip();
                if (entry.length() >= 2 && entry.startsWith("\"") && entry.endsWith("\"")) {
                    out.add(entry.substring(1, entry.length() - 1));
                } else if (!entry.isEmpty() && !entry.startsWith("#")) {
                    out.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("word list empty: " + resource + " next to " + anchor.getName());
        }
        return List.copyOf(out);
    }

    /** The entries of {@code resource} as a set, for membership tests. */
    public static Set<String> set(Class<?> anchor, String resource) {
        return Set.copyOf(list(anchor, resource));
    }
}
