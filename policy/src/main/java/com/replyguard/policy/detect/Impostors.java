package com.replyguard.policy.detect;

import java.util.List;
import java.util.Locale;

/**
 * Whether a messenger named in a draft belongs to someone else using the shop's name: the sentence warns of an
 * impostor ("someone using our shop's name may message you on WhatsApp", "ফেসবুকে আমাদের নামে ভুয়া পেজ আছে"), so the
 * messenger is not the seller's offer. The phrases are {@code impostors.txt}; bare "scam" is not one of them ("to stay
 * safe from scammers, chat with us on WhatsApp" is still an offer). Read by {@link MessengerDetector}; immutable.
 */
final class Impostors {
    private final List<String> phrases = List.copyOf(Chars.words("impostors.txt"));

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
        return false;
    }
}
