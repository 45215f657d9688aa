package com.replyguard.policy.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether a messenger named in a draft belongs to someone else using the shop's name: the sentence warns of an
 * impostor ("someone using our shop's name may message you on WhatsApp", "ফেসবুকে আমাদের নামে ভুয়া পেজ আছে"), so the
 * messenger is not the seller's offer. The phrases are {@code impostors.txt}; bare "scam" is not one of them ("to stay
 * safe from scammers, chat with us on WhatsApp" is still an offer). Read by {@link MessengerDetector}; immutable.
 */
final class Impostors {
    private final List<String> phrases = List.copyOf(Chars.words("impostors.txt"));
    /** {@code impostor_shapes.txt}: word sets by key (name, ours, using, fake, fake_of). */
    private final Map<String, Set<String>> shapes = keyed("impostor_shapes.txt");

    /** Whether the sentence around the name at {@code from}-{@code to} holds an impostor phrase as whole words. */
    boolean warnedOf(String text, int from, int to) {
        int[] bounds = Chars.sentenceAround(text, from, to);
        String sentence = text.substring(bounds[0], bounds[1]).toLowerCase(Locale.ROOT);
        for (String p : phrases) {
            for (int i = sentence.indexOf(p); i >= 0; i = sentence.indexOf(p, i + 1)) {
                int end = i + p.length();
                if ((i == 0 || !Character.isLetterOrDigit(sentence.charAt(i - 1)))
                        && (end == sentence.length() || !Character.isLetterOrDigit(sentence.charAt(end)))) {
                    return true;
                }
            }
        }
        return shaped(words(sentence));
    }

    /**
     * The two shapes of {@code impostor_shapes.txt}: the shop's name or logo used by someone (a name word with "our"
     * within 3 words and a using word within 4), or a fake agent, page or account (within 3 words), either side; never
     * in a sentence that sends the buyer to search for the shop.
     */
    private boolean shaped(List<String> w) {
        if (w.stream().anyMatch(shapes.get("invite")::contains)) {
            return false;
        }
        for (int i = 0; i < w.size(); i++) {
            String t = w.get(i);
            if (shapes.get("name").contains(t) && near(w, i, 3, "ours") && near(w, i, 4, "using")
                    || shapes.get("fake").contains(t) && near(w, i, 3, "fake_of")) {
                return true;
            }
        }
        return false;
    }

    private boolean near(List<String> w, int at, int reach, String key) {
        Set<String> set = shapes.get(key);
        for (int j = Math.max(0, at - reach); j <= Math.min(w.size() - 1, at + reach); j++) {
            // one word, or two ("use kore": romanized Bengali's verb of using)
            if (j != at && (set.contains(w.get(j)) || j + 1 < w.size() && set.contains(w.get(j) + " " + w.get(j + 1)))) {
                return true;
            }
        }
        return false;
    }

    /** The sentence's words, lower-cased ({@link Chars#wordSpans}). */
    private static List<String> words(String sentence) {
        List<String> out = new ArrayList<>();
        for (int[] w : Chars.wordSpans(sentence)) {
            out.add(sentence.substring(w[0], w[1]));
        }
        return out;
    }

    private static Map<String, Set<String>> keyed(String resource) {
        Map<String, Set<String>> out = new HashMap<>();
        for (String line : Chars.words(resource)) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalStateException(resource + ": expected 'key: word | word' in '" + line + "'");
            }
            Set<String> set = new HashSet<>();
            for (String word : line.substring(colon + 1).split("\\|")) {
                set.add(word.strip());
            }
            out.put(line.substring(0, colon).strip(), Set.copyOf(set));
        }
        for (String key : List.of("name", "ours", "using", "fake", "fake_of", "invite")) {
            if (!out.containsKey(key)) {
                throw new IllegalStateException(resource + ": missing '" + key + ":'");
            }
        }
        return Map.copyOf(out);
    }
}
