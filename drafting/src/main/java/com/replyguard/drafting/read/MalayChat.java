package com.replyguard.drafting.read;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Spells out the short forms Malay buyers type in chat ("brg x sampai lg" reads "barang tak sampai lagi"), from the
 * list in {@code malay-chat.txt}, so cue phrases and example questions written in full words match too. Whole
 * words only (one or two words long), case ignored; everything else is kept as it is. Linear in the text.
 */
public final class MalayChat {
    private static final Map<String, String> FORMS = new HashMap<>();

    static {
        for (String line : WordList.list(MalayChat.class, "malay-chat.txt")) {
            int eq = line.indexOf(" = ");
            if (eq <= 0) {
                throw new IllegalStateException("malay-chat.txt: expected 'short = full', got '" + line + "'");
            }
            FORMS.put(line.substring(0, eq).strip().toLowerCase(Locale.ROOT), line.substring(eq + 3).strip());
        }
    }

    private MalayChat() {
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
            String one = FORMS.get(w);
            if (one != null) {
                out.append(one);
                changed = true;
            } else {
                out.append(words[i]);
            }
        }
        return changed ? out.toString() : text;
    }
}
