package com.replyguard.drafting.read;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Spells out the short forms Malay buyers type in chat ("brg x sampai lg" reads "barang tak sampai lagi"), from the
 * list in {@code malay-chat.txt}, so cue phrases and example questions written in full words match too. Whole
 * words only (one or two words long), case ignored; everything else is kept as it is. Linear in the text.
 *
 * <p>Three habits of chat spelling are read by rule rather than listed: a letter held for emphasis
 * ("lambattt", "sgttt": three or more of the same letter read as one), a doubled word written with a 2
 * ("brg2", "sampai2": the word once; so is a hyphenated plural, "barang-barang") and the negator glued to its word ("xsampai", "xdpt", "tkde": "tak" and the
 * word, when the rest is a short form or a Malay word of {@code malay-words.txt}, so "xtra" stays "xtra").
 */
public final class MalayChat {
    private static final Map<String, String> FORMS = new HashMap<>();
    /** Words the glued negator may stand before: the short forms, their spelled-out words and the Malay cue words. */
    private static final Set<String> KNOWN = new HashSet<>();

    static {
        for (String line : WordList.list(MalayChat.class, "malay-chat.txt")) {
            int eq = line.indexOf(" = ");
            if (eq <= 0) {
                throw new IllegalStateException("malay-chat.txt: expected 'short = full', got '" + line + "'");
            }
            String full = line.substring(eq + 3).strip();
            FORMS.put(line.substring(0, eq).strip().toLowerCase(Locale.ROOT), full);
            KNOWN.add(full.toLowerCase(Locale.ROOT));
        }
        KNOWN.addAll(FORMS.keySet());
        KNOWN.addAll(WordList.set(MalayChat.class, "malay-words.txt"));
    }

    /** Doubled words that are not plurals: "apa-apa" (anything), "sama-sama", "kadang-kadang" keep both halves. */
    private static final Set<String> KEPT_DOUBLED = Set.of("apa", "mana", "siapa", "bila", "sama", "masing",
            "kadang", "baik", "lebih", "cepat", "jangan", "sekali", "rama", "kupu", "laba");

    private MalayChat() {
    }

    /** True when {@code word} (lower case) is one of the chat short forms of the list. */
    public static boolean isShortForm(String word) {
        return FORMS.containsKey(word);
    }

    /** {@code text} with the chat short forms spelled out; the same string when it has none. */
    public static String spellOut(String text) {
        String[] words = text.split("(?<=[^\\p{L}\\p{N}])|(?=[^\\p{L}\\p{N}])");
        StringBuilder out = new StringBuilder(text.length() + 16);
        boolean changed = false;
        for (int i = 0; i < words.length; i++) {
            String w = words[i].toLowerCase(Locale.ROOT);
            // A two-word form first ("tak de", "mcm mana"), then the word alone.
            if (i + 2 < words.length && words[i + 1].equals(" ")) {
                String two = FORMS.get(w + " " + words[i + 2].toLowerCase(Locale.ROOT));
                if (two != null) {
                    out.append(two);
                    i += 2;
                    changed = true;
                    continue;
                }
            }
            // A plural written as a doubled word ("barang-barang", "kasut-kasut"): the word once, so cues written
            // with the single word match where the doubled one stands first ("hanya barang" in "barang-barang").
            if (i + 2 < words.length && words[i + 1].equals("-") && words[i + 2].equalsIgnoreCase(w)
                    && w.length() > 2 && w.chars().allMatch(Character::isLetter) && !KEPT_DOUBLED.contains(w)) {
                String once = word(w);
                out.append(once != null ? once : words[i]);
                i += 2;
                changed = true;
                continue;
            }
            String one = word(w);
            if (one != null) {
                out.append(one);
                changed = true;
            } else {
                out.append(words[i]);
            }
        }
        return changed ? out.toString() : text;
    }

    /** The spelled-out form of one lower-case word, or null when it is not a chat form. */
    static String word(String w) {
        String form = FORMS.get(w);
        if (form != null) {
            return form;
        }
        if (w.length() > 3 && w.endsWith("2") && w.chars().limit(w.length() - 1).allMatch(Character::isLetter)) {
            String once = w.substring(0, w.length() - 1); // "brg2", "sampai2": the doubled word once
            String form1 = word(once);
            return form1 != null ? form1 : once;
        }
        String held = unheld(w);
        if (!held.equals(w)) {
            form = FORMS.get(held);
            return form != null ? form : held;
        }
        // The negator glued to its word: "xsampai", "xdpt", "tkde".
        for (String neg : new String[] {"x", "tk"}) {
            if (w.length() > neg.length() + 1 && w.startsWith(neg)) {
                String rest = w.substring(neg.length());
                if (KNOWN.contains(rest)) {
                    String spelled = FORMS.get(rest);
                    return "tak " + (spelled != null ? spelled : rest);
                }
            }
        }
        return null;
    }

    /** {@code w} with every run of three or more of the same letter read as one ("lambattt" reads "lambat"). */
    static String unheld(String w) {
        StringBuilder b = new StringBuilder(w.length());
        int i = 0;
        while (i < w.length()) {
            char c = w.charAt(i);
            int j = i;
            while (j < w.length() && w.charAt(j) == c) {
                j++;
            }
            b.append(c);
            if (j - i == 2) {
                b.append(c);
            }
            i = j;
        }
        return b.length() == w.length() ? w : b.toString();
    }
}
