package com.replyguard.drafting.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Romanized Bengali ("amar order ekhono ase nai, kobe pabo?") into Bengali script, after the Avro Phonetic rule
 * tables (OmicronLab's published mapping): longest Latin pattern first, a vowel after a consonant as its sign
 * (kar) and elsewhere as the full letter, {@code o} after a consonant as the inherent vowel, two consonants joined
 * with a hasanta, and {@code r}/{@code y}/{@code w} after a consonant as ra-phala, ya-phala and ba-phala. Avro
 * tells dental from retroflex by case ({@code t}/{@code T}); phone typing is lower case, so lower case reads as
 * dental, as Avro does. Common words typed phonetically ({@code bengali-common.txt}: "pathano", "hoise", "ta") are
 * looked up first and give the standard spelling. English words buyers mix in ({@code english-keep.txt}: order, refund, tracking...) and
 * digits are kept as they are.
 *
 * <p>Linear in the text. Thread safety: immutable.
 */
public final class BengaliPhonetic {
    private static final String HASANTA = "\u09CD";
    /** Vowel patterns: Latin, full letter, sign after a consonant ("" for the inherent o). */
    private static final List<String[]> VOWELS = List.of(
            new String[] {"rri", "ঋ", "ৃ"}, new String[] {"OI", "ঐ", "ৈ"}, new String[] {"OU", "ঔ", "ৌ"},
            new String[] {"oi", "ঐ", "ৈ"}, new String[] {"ou", "ঔ", "ৌ"}, new String[] {"ee", "ঈ", "ী"},
            new String[] {"oo", "উ", "ু"}, new String[] {"a", "আ", "া"}, new String[] {"i", "ই", "ি"},
            new String[] {"I", "ঈ", "ী"}, new String[] {"u", "উ", "ু"}, new String[] {"U", "ঊ", "ূ"},
            new String[] {"e", "এ", "ে"}, new String[] {"O", "ও", "ো"}, new String[] {"o", "অ", ""});
    /** Consonant patterns, longest first within each starting letter. */
    private static final List<String[]> CONSONANTS = List.of(
            new String[] {"chh", "ছ"}, new String[] {"kh", "খ"}, new String[] {"gh", "ঘ"}, new String[] {"Ng", "ঙ"},
            new String[] {"ng", "ং"}, new String[] {"ch", "চ"}, new String[] {"jh", "ঝ"}, new String[] {"NG", "ঞ"},
            new String[] {"Th", "ঠ"}, new String[] {"Dh", "ঢ"}, new String[] {"Rh", "ঢ়"}, new String[] {"th", "থ"},
            new String[] {"dh", "ধ"}, new String[] {"ph", "ফ"}, new String[] {"bh", "ভ"}, new String[] {"sh", "শ"},
            new String[] {"Sh", "ষ"}, new String[] {"k", "ক"}, new String[] {"g", "গ"}, new String[] {"c", "চ"},
            new String[] {"j", "জ"}, new String[] {"T", "ট"}, new String[] {"D", "ড"}, new String[] {"N", "ণ"},
            new String[] {"t", "ত"}, new String[] {"d", "দ"}, new String[] {"n", "ন"}, new String[] {"p", "প"},
            new String[] {"f", "ফ"}, new String[] {"b", "ব"}, new String[] {"v", "ভ"}, new String[] {"m", "ম"},
            new String[] {"z", "য"}, new String[] {"r", "র"}, new String[] {"l", "ল"}, new String[] {"S", "ষ"},
            new String[] {"s", "স"}, new String[] {"h", "হ"}, new String[] {"R", "ড়"}, new String[] {"q", "ক"},
            new String[] {"x", "ক্স"});
    /** Signs a consonant takes from a following r, y or w (ra-phala, ya-phala, ba-phala). */
    private static final Map<Character, String> PHALA = Map.of('r', "্র", 'y', "্য", 'w', "্ব");

    /** Common phone spellings and the standard word they stand for, looked up before the rules. */
    private static final Map<String, String> COMMON = common();

    private final Set<String> keep;

    /** With the shipped list of English words to keep. */
    public BengaliPhonetic() {
        this(readWords("english-keep.txt"));
    }

    public BengaliPhonetic(Set<String> keepAsIs) {
        this.keep = Set.copyOf(keepAsIs);
    }

    /** True when {@code word} (any case) is one of the English words kept in Latin letters. */
    public boolean isKeptWord(String word) {
        return keep.contains(word.toLowerCase(Locale.ROOT));
    }

    /** {@code text} with every Latin word not on the keep list written in Bengali script; the rest unchanged. */
    public String toBengali(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!isAsciiLetter(c)) {
                out.append(c);
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && isAsciiLetter(text.charAt(end))) {
                end++;
            }
            String word = text.substring(i, end);
            String common = COMMON.get(word.toLowerCase(Locale.ROOT));
            out.append(common != null ? common : isKeptWord(word) ? word : word(fixCase(word)));
            i = end;
        }
        return out.toString();
    }

    /** Avro's case rule: only o, i, u, d, g, j, n, r, s, t, y, z mean something else in upper case. */
    private static String fixCase(String word) {
        StringBuilder b = new StringBuilder(word.length());
        boolean allUpper = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
        for (char c : word.toCharArray()) {
            b.append(allUpper || "OIUDGJNRSTYZ".indexOf(c) < 0 ? Character.toLowerCase(c) : c);
        }
        return b.toString();
    }

    private static String word(String w) {
        StringBuilder out = new StringBuilder();
        boolean afterConsonant = false;
        int i = 0;
        while (i < w.length()) {
            String[] vowel = match(VOWELS, w, i);
            if (vowel != null) {
                out.append(afterConsonant ? vowel[2] : vowel[1]);
                afterConsonant = false;
                i += vowel[0].length();
                continue;
            }
            char c = w.charAt(i);
            if (afterConsonant && PHALA.containsKey(c) && !startsConsonantPattern(w, i)) {
                out.append(PHALA.get(c));
                i++;
                continue;
            }
            if (c == 'y' || c == 'Y') {
                out.append("য়");
                afterConsonant = false;
                i++;
                continue;
            }
            if (c == 'w') {
                out.append("ও");
                afterConsonant = false;
                i++;
                continue;
            }
            String[] consonant = match(CONSONANTS, w, i);
            if (consonant == null) {
                out.append(c);
                afterConsonant = false;
                i++;
                continue;
            }
            if (afterConsonant && !out.isEmpty() && out.charAt(out.length() - 1) != 'ং') {
                out.append(HASANTA);
            }
            out.append(consonant[1]);
            afterConsonant = !consonant[1].equals("ং");
            i += consonant[0].length();
        }
        return out.toString();
    }

    /** True when a two-letter consonant pattern ("rh", none today for y/w) starts here. */
    private static boolean startsConsonantPattern(String w, int i) {
        return i + 1 < w.length() && w.charAt(i) == 'R' && w.charAt(i + 1) == 'h';
    }

    private static String[] match(List<String[]> table, String w, int i) {
        for (String[] p : table) {
            if (w.startsWith(p[0], i)) {
                return p;
            }
        }
        return null;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static Map<String, String> common() {
        Map<String, String> out = new HashMap<>();
        for (String line : WordList.list(BengaliPhonetic.class, "bengali-common.txt")) {
            int eq = line.indexOf(" = ");
            if (eq <= 0) {
                throw new IllegalStateException("bengali-common.txt: expected 'latin = বাংলা', got '" + line + "'");
            }
            out.put(line.substring(0, eq).strip().toLowerCase(Locale.ROOT), line.substring(eq + 3).strip());
        }
        return Map.copyOf(out);
    }

    private static Set<String> readWords(String resource) {
        Set<String> out = new HashSet<>();
        try (InputStream in = BengaliPhonetic.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource missing: " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.startsWith("#")) {
                    for (String w : line.strip().split("\\s+")) {
                        if (!w.isEmpty()) {
                            out.add(w.toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
