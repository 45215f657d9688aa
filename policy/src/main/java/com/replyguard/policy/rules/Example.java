package com.replyguard.policy.rules;

import com.replyguard.policy.Marketplace;
import java.util.Objects;

/**
 * An example embedded in a rule file. A bad example marks the offending span with {@code [[ ]]} (offsets below are
 * into {@link #text} with the markers removed) and may state the text expected after the fix; a good example has
 * {@code start == end == -1}.
 */
public record Example(String text, int start, int end, Marketplace marketplace, String fixed, int line) {
    public Example {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(marketplace, "marketplace");
        if (start != -1 && (start < 0 || end <= start || end > text.length())) {
            throw new IllegalArgumentException("bad example span " + start + ".." + end + " in: " + text);
        }
    }

    public boolean bad() {
        return start >= 0;
    }
}
