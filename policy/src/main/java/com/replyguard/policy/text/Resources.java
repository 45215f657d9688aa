package com.replyguard.policy.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the word lists and lexicons that sit as resource files next to the classes that use them. */
public final class Resources {
    private Resources() {
    }

    /** The non-blank, non-comment ({@code #}) lines of {@code file}, resolved next to {@code anchor}, stripped. */
    public static List<String> lines(Class<?> anchor, String file) {
        InputStream in = anchor.getResourceAsStream(file);
        if (in == null) {
            throw new IllegalStateException("missing resource " + file + " next to " + anchor.getSimpleName());
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return out;
    }
}
