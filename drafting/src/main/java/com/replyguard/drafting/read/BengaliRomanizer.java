package com.replyguard.drafting.read;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Bengali script into romanized Bengali as buyers type it on a phone (the inverse of {@link BengaliPhonetic}), so a
 * team whose replies are in Bengali script can still answer a romanized buyer in Latin letters. Whole words found in
 * {@code bengali-romanized.txt} (English loanwords, awkward words) or, reversed, in {@code bengali-common.txt} are
 * looked up; the rest go letter by letter after the Avro tables, lower case: a vowel sign gives its vowel, a
 * consonant without one its inherent {@code o}, except at the end of a word and between a vowel and a consonant that
 * carries a vowel sign ("আপনার" reads "apnar", not "aponar"), as Bengali is spoken. Placeholders, Latin text and
 * punctuation are kept; Bengali digits become ASCII and the dari a full stop. Linear in the text. Thread safety: immutable.
 */
public final class BengaliRomanizer {
    private static final char HASANTA = '\u09CD';
    private static final Map<String, String> WORDS = words();
    private static final Map<Character, String> VOWEL_LETTERS = Map.ofEntries(Map.entry('অ', "o"), Map.entry('আ', "a"),
            Map.entry('ই', "i"), Map.entry('ঈ', "i"), Map.entry('উ', "u"), Map.entry('ঊ', "u"), Map.entry('ঋ', "ri"),
            Map.entry('এ', "e"), Map.entry('ঐ', "oi"), Map.entry('ও', "o"), Map.entry('ঔ', "ou"));
    private static final Map<Character, String> VOWEL_SIGNS = Map.of('া', "a", 'ি', "i", 'ী', "i", 'ু', "u", 'ূ', "u",
            'ৃ', "ri", 'ে', "e", 'ৈ', "oi", 'ো', "o", 'ৌ', "ou");
    private static final Map<Character, String> CONSONANTS = Map.ofEntries(Map.entry('ক', "k"), Map.entry('খ', "kh"),
            Map.entry('গ', "g"), Map.entry('ঘ', "gh"), Map.entry('ঙ', "ng"), Map.entry('চ', "ch"), Map.entry('ছ', "chh"),
            Map.entry('জ', "j"), Map.entry('ঝ', "jh"), Map.entry('ঞ', "n"), Map.entry('ট', "t"), Map.entry('ঠ', "th"),
            Map.entry('ড', "d"), Map.entry('ঢ', "dh"), Map.entry('ণ', "n"), Map.entry('ত', "t"), Map.entry('থ', "th"),
            Map.entry('দ', "d"), Map.entry('ধ', "dh"), Map.entry('ন', "n"), Map.entry('প', "p"), Map.entry('ফ', "f"),
            Map.entry('ব', "b"), Map.entry('ভ', "bh"), Map.entry('ম', "m"), Map.entry('য', "j"), Map.entry('র', "r"),
            Map.entry('ল', "l"), Map.entry('শ', "sh"), Map.entry('ষ', "sh"), Map.entry('স', "s"), Map.entry('হ', "h"),
            Map.entry('\u09DC', "r"), Map.entry('\u09DD', "rh"), Map.entry('\u09DF', "y"), Map.entry('ৎ', "t"));
    /** A consonant after a hasanta: ya-, ra- and ba-phala read as y, r and w, as Avro types them. */
    private static final Map<Character, String> PHALA = Map.of('য', "y", 'র', "r", 'ব', "w");

    private BengaliRomanizer() {
    }

    /** {@code text} with every Bengali-script word written in Latin letters; everything else as it is. */
    public static String toLatin(String text) {
        String folded = composed(text);
        StringBuilder out = new StringBuilder(folded.length() + 16);
        int i = 0;
        while (i < folded.length()) {
            char c = folded.charAt(i);
            if (!isBengaliLetter(c)) {
                out.append(c >= '০' && c <= '৯' ? (char) ('0' + c - '০') : c == '।' ? '.' : c);
                i++;
                continue;
            }
            int end = i;
            while (end < folded.length() && isBengaliLetter(folded.charAt(end))) {
                end++;
            }
            String word = folded.substring(i, end);
            String known = WORDS.get(word);
            out.append(known != null ? known : word(word));
            i = end;
        }
        return out.toString();
    }

    private static String word(String w) {
        StringBuilder out = new StringBuilder();
        boolean vowelBefore = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            String v = VOWEL_LETTERS.get(c);
            if (v != null) {
                out.append(v);
                vowelBefore = true;
                continue;
            }
            if (c == 'ং') {
                out.append("ng");
                vowelBefore = false;
                continue;
            }
            if (c == 'ঃ') {
                out.append('h');
                vowelBefore = false;
                continue;
            }
            String cons = CONSONANTS.get(c);
            if (cons == null) {
                continue; // a lone sign, chandrabindu or nukta: no sound of its own in phone typing
            }
            boolean afterHasanta = i > 0 && w.charAt(i - 1) == HASANTA;
            out.append(afterHasanta && PHALA.containsKey(c) ? PHALA.get(c) : cons);
            char next = i + 1 < w.length() ? w.charAt(i + 1) : 0;
            if (next == HASANTA) {
                i++;
                vowelBefore = false;
                continue;
            }
            String sign = VOWEL_SIGNS.get(next);
            if (sign != null) {
                out.append(sign);
                i++;
                vowelBefore = true;
                continue;
            }
            // The inherent vowel: silent at the end of a word, and between a vowel and a consonant with a vowel sign.
            boolean last = i + 1 >= w.length() || !isBengaliLetter(next);
            boolean first = out.length() == cons.length();
            if (last && !first || !first && vowelBefore && consonantWithSignAt(w, i + 1)) {
                vowelBefore = false;
                continue;
            }
            out.append('o');
            vowelBefore = true;
        }
        return out.toString();
    }

    /** ড় ঢ় য় as one letter each, however they were typed (with or without the nukta sign). */
    private static String composed(String text) {
        return text.replace("\u09A1\u09BC", "\u09DC").replace("\u09A2\u09BC", "\u09DD").replace("\u09AF\u09BC", "\u09DF");
    }

    private static boolean consonantWithSignAt(String w, int i) {
        return i + 1 < w.length() && CONSONANTS.containsKey(w.charAt(i)) && VOWEL_SIGNS.containsKey(w.charAt(i + 1));
    }

    private static boolean isBengaliLetter(char c) {
        return c >= '\u0980' && c <= '\u09FF' && !(c >= '০' && c <= '৯') && c != '।' && c != '॥';
    }

    private static Map<String, String> words() {
        Map<String, String> out = new HashMap<>();
        for (String line : WordList.list(BengaliRomanizer.class, "bengali-common.txt")) {
            int eq = line.indexOf(" = ");
            // The first spelling listed for a word is the one written (bengali-common.txt lists it first).
            out.putIfAbsent(composed(line.substring(eq + 3).strip()), line.substring(0, eq).strip().toLowerCase(Locale.ROOT));
        }
        for (String line : WordList.list(BengaliRomanizer.class, "bengali-romanized.txt")) {
            int eq = line.indexOf(" = ");
            if (eq <= 0) {
                throw new IllegalStateException("bengali-romanized.txt: expected 'বাংলা = latin', got '" + line + "'");
            }
            out.put(composed(line.substring(0, eq).strip()), line.substring(eq + 3).strip());
        }
        return Map.copyOf(out);
    }
}
