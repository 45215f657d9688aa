package com.replyguard.policy.analysis;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Tells English, Bengali and Malay apart: Bengali by script, then Malay against English by counting common words
 * from {@code malay_words.txt} and {@code english_words.txt}. Anything without Latin or Bengali letters is
 * {@link Language#OTHER}. Linear in the text; thread-safe.
 */
public final class LanguageDetector {
    private final Set<String> malay = new HashSet<>(TextAnalysis.readWords("malay_words.txt"));
    private final Set<String> english = new HashSet<>(TextAnalysis.readWords("english_words.txt"));

    public Language detect(String text) {
        if (text == null || text.isBlank()) {
            return Language.OTHER;
        }
        int bengali = 0;
        int latin = 0;
        int malayWords = 0;
        int englishWords = 0;
        int wordStart = -1;
        for (int i = 0; i <= text.length(); ) {
            int cp = i < text.length() ? text.codePointAt(i) : ' ';
            boolean letter = Character.isLetter(cp);
            if (letter) {
                Character.UnicodeScript s = Character.UnicodeScript.of(cp);
                if (s == Character.UnicodeScript.BENGALI) {
                    bengali++;
                } else if (s == Character.UnicodeScript.LATIN) {
                    latin++;
                }
                if (wordStart < 0) {
                    wordStart = i;
                }
            } else if (wordStart >= 0) {
                if (i - wordStart <= 20) {
                    String w = text.substring(wordStart, i).toLowerCase(Locale.ROOT);
                    if (malay.contains(w) || looksMalay(w)) {
                        malayWords++;
                    } else if (english.contains(w)) {
                        englishWords++;
                    }
                }
                wordStart = -1;
            }
            i += i < text.length() ? Character.charCount(cp) : 1;
        }
        if (bengali > 0 && bengali >= latin / 3) {
            return Language.BN;
        }
        if (latin == 0) {
            return Language.OTHER;
        }
        return malayWords > 0 && malayWords >= englishWords ? Language.MS : Language.EN;
    }

    /** Malay's productive suffixes (-kan, -nya, -lah) on a longer word that neither list knows. */
    private boolean looksMalay(String w) {
        return w.length() >= 6 && !english.contains(w)
                && (w.endsWith("kan") || w.endsWith("nya") || w.endsWith("lah"));
    }
}
