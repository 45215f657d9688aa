package com.replyguard.policy.analysis;

import com.replyguard.policy.text.WordChars;
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
    private final Set<String> bengaliLatin = words("bengali_latin_words.txt");

    private static Set<String> words(String file) {
        Set<String> out = new HashSet<>();
        for (String line : TextAnalysis.readWords(file)) {
            for (String w : line.split("\\s+")) {
                out.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /**
     * The language and its script: as {@link #detect}, and Bengali typed in Latin letters ("apnar order ta kobe
     * pathano hobe?") is {@link Language#BN} in {@link Script#LATIN} when two or more of its common words outweigh
     * the Malay and English ones, or when a short message has one and no Malay or English word.
     */
    public Detection detectWithScript(String text) {
        Language base = detect(text);
        if (base == Language.BN) {
            return new Detection(Language.BN, Script.BENGALI);
        }
        if (base == Language.OTHER) {
            return new Detection(Language.OTHER, Script.OTHER);
        }
        int bn = 0;
        int ms = 0;
        int en = 0;
        int words = 0;
        int wordStart = -1;
        String lower = WordChars.lowerCasedAligned(text);
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                if (wordStart < 0) {
                    wordStart = i;
                }
            } else if (wordStart >= 0) {
                words++;
                if (i - wordStart <= 20) {
                    String w = lower != null ? lower.substring(wordStart, i)
                            : text.substring(wordStart, i).toLowerCase(Locale.ROOT);
                    if (bengaliLatin.contains(w)) {
                        bn++;
                    } else if (malay.contains(w)) {
                        ms++;
                    } else if (english.contains(w)) {
                        en++;
                    }
                }
                wordStart = -1;
            }
        }
        // Two or more such words, or in a short phone message one with no Malay or English word beside it
        // ("bottle ta fete geche").
        if ((bn >= 2 && bn > ms && bn * 2 >= en) || (bn == 1 && ms == 0 && en == 0 && words <= 8)) {
            return new Detection(Language.BN, Script.LATIN);
        }
        return new Detection(base, Script.LATIN);
    }

    public Language detect(String text) {
        if (text == null || text.isBlank()) {
            return Language.OTHER;
        }
        int bengali = 0;
        int latin = 0;
        int malayWords = 0;
        int englishWords = 0;
        int wordStart = -1;
        boolean latinWord = false;
        String lower = WordChars.lowerCasedAligned(text);
        for (int i = 0; i <= text.length(); ) {
            int cp = i < text.length() ? text.codePointAt(i) : ' ';
            boolean letter = Character.isLetter(cp);
            if (letter) {
                Character.UnicodeScript s = Character.UnicodeScript.of(cp);
                if (s == Character.UnicodeScript.BENGALI) {
                    bengali++;
                } else if (s == Character.UnicodeScript.LATIN) {
                    latin++;
                    latinWord = true;
                }
                if (wordStart < 0) {
                    wordStart = i;
                }
            } else if (wordStart >= 0) {
                // Both word lists hold Latin letters only: a word with none is not looked up in them.
                if (latinWord && i - wordStart <= 20) {
                    String w = lower != null ? lower.substring(wordStart, i)
                            : text.substring(wordStart, i).toLowerCase(Locale.ROOT);
                    if (malay.contains(w) || looksMalay(w)) {
                        malayWords++;
                    } else if (english.contains(w)) {
                        englishWords++;
                    }
                }
                wordStart = -1;
                latinWord = false;
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
