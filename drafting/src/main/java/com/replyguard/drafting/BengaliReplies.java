package com.replyguard.drafting;

import com.replyguard.knowledge.entry.Entry;
import com.replyguard.policy.analysis.Language;
import java.util.Locale;

/**
 * The script a team answers romanized Bengali buyers in ({@code bengali_replies} in the bot's configuration).
 * {@link #SCRIPT}, the default: Bengali script, unless the team's knowledge has romanized replies for the message's
 * intent, which then come first. {@link #ROMANIZED}: romanized replies first for every romanized message, and a
 * notice when the intent has none yet. A message written in Bengali script is always answered in Bengali script first.
 */
public enum BengaliReplies {
    SCRIPT, ROMANIZED;

    /** The setting as written in the configuration ({@code script}, {@code romanized}). */
    public static BengaliReplies parse(String s) {
        for (BengaliReplies b : values()) {
            if (b.name().equalsIgnoreCase(s.strip())) {
                return b;
            }
        }
        throw new IllegalArgumentException("bengali_replies must be script or romanized: " + s);
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for a Bengali reply written in Latin letters (placeholders aside): most of its letters are Latin. */
    static boolean romanized(Entry e) {
        if (e.language() != Language.BN) {
            return false;
        }
        String body = e.body().replaceAll("\\{[a-z_]+}", "");
        int latin = 0;
        int bengali = 0;
        for (int i = 0; i < body.length(); ) {
            int c = body.codePointAt(i);
            if (Character.isLetter(c)) {
                Character.UnicodeScript s = Character.UnicodeScript.of(c);
                if (s == Character.UnicodeScript.LATIN) {
                    latin++;
                } else if (s == Character.UnicodeScript.BENGALI) {
                    bengali++;
                }
            }
            i += Character.charCount(c);
        }
        return latin > 2 * bengali;
    }
}
