package com.replyguard.knowledge.entry;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Claims only the agent can confirm, written in a reply as {@code [✔ I have opened an enquiry with the carrier. |
 * I will open an enquiry with the carrier.]}: the claim as stated once the action is done, then the promise to send
 * otherwise (it may be missing: the sentence is then left out). A draft holding such a marker is not sendable as it
 * is; {@link #promised} gives the text that is, and {@link #find} the choices to offer.
 */
public final class Claims {
    private static final Pattern MARKER = Pattern.compile("\\[\\s*✔\\uFE0F?\\s*([^\\]|]+?)\\s*(?:\\|\\s*([^\\]]*?)\\s*)?]");

    /** One confirmable claim: the wording once done ({@code said}) and the promise used until then ("" for none). */
    public record Claim(String said, String promise) {
    }

    private Claims() {
    }

    /** The claims in {@code text}, in order. */
    public static List<Claim> find(String text) {
        List<Claim> out = new ArrayList<>();
        Matcher m = MARKER.matcher(text);
        while (m.find()) {
            out.add(new Claim(m.group(1), m.group(2) == null ? "" : m.group(2)));
        }
        return out;
    }

    public static boolean any(String text) {
        return MARKER.matcher(text).find();
    }

    /** The text with every claim resolved as not done yet: sendable as it is. */
    public static String promised(String text) {
        String out = text;
        while (any(out)) {
            out = resolve(out, 0, false);
        }
        return out;
    }

    /** The text with its {@code index}th claim resolved: the claim when {@code done}, else the promise. */
    public static String resolve(String text, int index, boolean done) {
        Matcher m = MARKER.matcher(text);
        for (int i = 0; m.find(); i++) {
            if (i == index) {
                String with = done ? m.group(1) : m.group(2) == null ? "" : m.group(2);
                if (!with.isEmpty()) {
                    return text.substring(0, m.start()) + with + text.substring(m.end());
                }
                // Left out: take one neighbouring space with it, so no double space or space before a line end.
                int start = m.start();
                int end = m.end();
                if (end < text.length() && text.charAt(end) == ' ') {
                    end++;
                } else if (start > 0 && text.charAt(start - 1) == ' ') {
                    start--;
                }
                return text.substring(0, start) + text.substring(end);
            }
        }
        throw new IllegalArgumentException("no claim " + index + " in this text");
    }
}
