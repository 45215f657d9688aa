package com.replyguard.policy.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

/** The detector tests' one check: a text with one part marked {@code [[...]]} yields exactly that part, once. */
final class MarkedSpan {
    private MarkedSpan() {
    }

    static void assertFindsOnly(Detector detector, String marked) {
        int s = marked.indexOf("[[");
        int e = marked.indexOf("]]") - 2;
        String text = marked.replace("[[", "").replace("]]", "");
        List<Span> found = detector.find(text);
        assertEquals(1, found.size(), () -> text + " -> " + found);
        assertEquals(text.substring(s, e), text.substring(found.get(0).start(), found.get(0).end()));
    }
}
