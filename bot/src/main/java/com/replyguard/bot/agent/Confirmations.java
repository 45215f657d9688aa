package com.replyguard.bot.agent;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Confirmation fill-ins in a reply: {@code [✔ I have opened an enquiry with the carrier. | I will open an enquiry
 * with the carrier.]} is a claim about an action only the agent knows was taken. The agent confirms it with one tap:
 * done keeps the claim, not done puts the promise after the bar in its place (or leaves the sentence out when there
 * is none). A draft still holding one is never offered for copying.
 */
final class Confirmations {
    private static final Pattern MARKER = Pattern.compile("\\[\\s*✔\\uFE0F?\\s*([^\\]|]+?)\\s*(?:\\|\\s*([^\\]]*?)\\s*)?]");

    /** One confirmation fill-in: the claim as the agent would state it, and the promise to use otherwise. */
    record Claim(String said, String promise) {
    }

    private Confirmations() {
    }

    static List<Claim> find(String text) {
        List<Claim> out = new ArrayList<>();
        Matcher m = MARKER.matcher(text);
        while (m.find()) {
            out.add(new Claim(m.group(1), m.group(2) == null ? "" : m.group(2)));
        }
        return out;
    }

    static boolean any(String text) {
        return MARKER.matcher(text).find();
    }

    /** The text with its {@code index}th confirmation resolved: the claim when {@code done}, else the promise. */
    static String resolve(String text, int index, boolean done) {
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
        throw new IllegalArgumentException("no confirmation " + index + " in this text");
    }
}
