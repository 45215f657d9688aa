package com.replyguard.policy.concepts;

import com.replyguard.policy.analysis.Language;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a concept lexicon, its tags read: {@code only bn ms:} (the languages it is read in; {@code null}: every
 * language), {@code with NAME:} or {@code with NAME within N:} (the concept it counts only beside, and how far),
 * {@code raw:} (substrings of the folded text) or {@code not:} (senses that cancel the concept), then its phrases
 * separated by {@code |}. Immutable.
 */
record LexiconLine(Set<Language> only, String with, int within, boolean raw, boolean sense, List<String> phrases) {
    /** The language tag of a lexicon line: {@code only bn:} or {@code only bn ms:}. */
    private static final Pattern ONLY = Pattern.compile("only((?:\\s+(?:en|bn|ms))+)\\s*:");
    /**
     * A lexicon line whose phrases count only beside another concept: {@code with CONDITION: good | great}; {@code with
     * REVIEW within 12: mention how} widens "beside" from {@link Neighbourhood#BEFORE} terms to 12.
     */
    private static final Pattern WITH = Pattern.compile("with\\s+([A-Z_]+)(?:\\s+within\\s+(\\d{1,2}))?\\s*:");

    /** Reads {@code line} of the lexicon {@code file} (named in errors). */
    static LexiconLine parse(String file, String line) {
        Set<Language> only = null;
        String body = line;
        Matcher tag = ONLY.matcher(body);
        if (tag.lookingAt()) {
            Set<Language> langs = EnumSet.noneOf(Language.class);
            for (String code : tag.group(1).strip().split("\\s+")) {
                langs.add(Language.parse(code));
            }
            only = Set.copyOf(langs);
            body = body.substring(tag.end()).strip();
        }
        String with = null;
        int within = Neighbourhood.BEFORE;
        Matcher w = WITH.matcher(body);
        if (w.lookingAt()) {
            with = w.group(1);
            if (w.group(2) != null) {
                within = Integer.parseInt(w.group(2));
            }
            body = body.substring(w.end()).strip();
        }
        boolean raw = body.startsWith("raw:");
        if (raw && only != null) {
            throw new IllegalStateException(file + ".txt: 'raw:' lines are read in every language: " + line);
        }
        boolean sense = !raw && body.startsWith("not:");
        if (raw || sense) {
            body = body.substring(4);
        }
        return new LexiconLine(only, with, within, raw, sense, split(body));
    }

    private static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        for (String p : s.split("\\|")) {
            String t = p.strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return List.copyOf(out);
    }
}
