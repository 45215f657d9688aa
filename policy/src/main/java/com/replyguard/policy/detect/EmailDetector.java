package com.replyguard.policy.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds e-mail addresses, plain ({@code a.b@gmail.com}) and obfuscated ({@code name [at] gmail [dot] com},
 * {@code name (at) shop.com}, {@code name at gmail dot com} for well-known mail providers, {@code orders at shop dot com}
 * when the host's dots are spelled out too).
 */
public final class EmailDetector implements Detector {
    private static final String[] BRACKET_ATS = {"[at]", "(at)", "{at}", "<at>", "[@]", "(@)"};
    private static final String BRACKET_AT_FIRSTS = Chars.firsts(BRACKET_ATS);
    private static final int MAX_LOCAL = 64;
    /** Words before a plain "at" that name a place to go, not a mailbox: "find us at", "shop online at". */
    private static final Set<String> NOT_LOCAL = Chars.words("not_mailbox_words.txt");

    private final HostParser hosts = new HostParser();
    private final Set<String> providers = Chars.words("mail_providers.txt");

    @Override
    public List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int i = 0;
        while (i < text.length()) {
            int atEnd = atMarkerEnd(text, i);
            if (atEnd < 0) {
                i++;
                continue;
            }
            boolean plainWord = Chars.isWordChar(text.charAt(i));
            int localEnd = i;
            while (localEnd > 0 && i - localEnd < 2 && Chars.isSpace(text.charAt(localEnd - 1))) {
                localEnd--;
            }
            int localStart = localEnd;
            while (localStart > 0 && localEnd - localStart < MAX_LOCAL && isLocalChar(text.charAt(localStart - 1))) {
                localStart--;
            }
            while (localStart < localEnd && text.charAt(localStart) == '.') {
                localStart++;
            }
            int hostAt = HostParser.skipSpaces(text, atEnd, 2);
            HostParser.Host h = localStart < localEnd ? hosts.parse(text, hostAt, true) : null;
            // a plain "at" is an e-mail's only before a mail provider ("rina at gmail dot com") or before a host spelled
            // out in full ("orders at kettlehouse dot com"), and only after a name: "visit us at shop dot com" is a link
            if (h != null && plainWord && (!providers.contains(h.labels().get(0)) && (h.plainDots()
                    || NOT_LOCAL.contains(text.substring(localStart, localEnd).toLowerCase(java.util.Locale.ROOT))))) {
                h = null;
            }
            if (h == null) {
                i = atEnd;
                continue;
            }
            out.add(new Span(localStart, h.end(), h.name()));
            i = h.end();
        }
        return out;
    }

    /** The end of an "at" marker starting at {@code i}, or -1. */
    private static int atMarkerEnd(String text, int i) {
        char c = text.charAt(i);
        if (c == '@' || c == '\uff20') {
            return i + 1;
        }
        if (Chars.mayStart(c, BRACKET_AT_FIRSTS)) {
            for (String b : BRACKET_ATS) {
                if (Chars.regionIs(text, i, b)) {
                    return i + b.length();
                }
            }
        }
        if ((c == 'a' || c == 'A') && Chars.wordAt(text, i, "at") && i > 0 && Chars.isSpace(text.charAt(i - 1))) {
            return i + 2;
        }
        return -1;
    }

    private static boolean isLocalChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || "._%+-".indexOf(c) >= 0);
    }
}
