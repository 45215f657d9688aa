package com.replyguard.drafting;

import com.replyguard.drafting.read.WordList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Composes one reply from two approved replies for a buyer message that asks two things: the first reply's greeting,
 * both replies' answers, and the first reply's sign-off, each once. A reply's greeting is its first paragraph when
 * that is a short salutation ("Hi {buyer_name},"); its sign-off is its last paragraph when that starts with a
 * closing ("Kind regards,", "শুভেচ্ছান্তে,", "Salam mesra,"). Stateless.
 */
final class Composer {
    private static final List<String> CLOSINGS = WordList.list(Composer.class, "closings.txt");

    private Composer() {
    }

    private record Parts(String greeting, List<String> answer, String signOff) {
    }

    /** The two replies as one: greeting once, both answers, sign-off once. */
    static String compose(String first, String second) {
        Parts a = parts(first);
        Parts b = parts(second);
        List<String> paragraphs = new ArrayList<>();
        if (a.greeting() != null) {
            paragraphs.add(a.greeting());
        } else if (b.greeting() != null) {
            paragraphs.add(b.greeting());
        }
        paragraphs.addAll(a.answer());
        paragraphs.addAll(b.answer());
        if (a.signOff() != null) {
            paragraphs.add(a.signOff());
        } else if (b.signOff() != null) {
            paragraphs.add(b.signOff());
        }
        return String.join("\n\n", paragraphs);
    }

    private static Parts parts(String body) {
        List<String> paragraphs = new ArrayList<>();
        for (String p : body.strip().split("\n\\s*\n")) {
            if (!p.isBlank()) {
                paragraphs.add(p.strip());
            }
        }
        String greeting = null;
        if (!paragraphs.isEmpty() && isGreeting(paragraphs.get(0))) {
            greeting = paragraphs.remove(0);
        }
        String signOff = null;
        if (!paragraphs.isEmpty() && isSignOff(paragraphs.get(paragraphs.size() - 1))) {
            signOff = paragraphs.remove(paragraphs.size() - 1);
        }
        return new Parts(greeting, paragraphs, signOff);
    }

    private static boolean isGreeting(String p) {
        return p.length() <= 60 && !p.contains("\n") && (p.endsWith(",") || p.endsWith("!"));
    }

    private static boolean isSignOff(String p) {
        String lower = p.toLowerCase(Locale.ROOT);
        for (String c : CLOSINGS) {
            if (lower.startsWith(c)) {
                return true;
            }
        }
        return false;
    }
}
