package com.replyguard.drafting;

import com.replyguard.drafting.extract.FoundEntities;
import com.replyguard.drafting.read.WordList;
import java.util.Locale;
import java.util.Set;

/**
 * Masks personal data in a buyer message before it is stored as a knowledge gap (and wherever buyer text is kept:
 * the gap list, backups): the buyer's name (sign-offs and "I am …" introductions), e-mail addresses, links, handles,
 * long digit runs in any script (phones, orders, tracking, post codes; ASCII, full-width and Bengali digits) and
 * the address inside a line ("send it to [ADDRESS], please"). Masks what it finds and keeps the rest of the question
 * readable: never a whole line or question. Works word by word, linear in the text. Thread safety: immutable.
 */
public final class PersonalDataMasker {
    private final com.replyguard.drafting.extract.EntityExtractor extractor =
            new com.replyguard.drafting.extract.EntityExtractor();

    /** {@code text} with the personal data found in it masked (the buyer's name found by the extractor). */
    public String mask(String text) {
        FoundEntities entities;
        try {
            entities = extractor.extract(text, text, com.replyguard.policy.Marketplace.AMAZON);
        } catch (RuntimeException e) {
            entities = FoundEntities.NONE; // digits, e-mails and addresses are still masked
        }
        return mask(text, entities);
    }

    private static final Set<String> ADDRESS_WORDS = WordList.set(PersonalDataMasker.class, "address-words.txt");

    /** {@code text} with personal data masked; {@code entities} may name the buyer. */
    public String mask(String text, FoundEntities entities) {
        String masked = text;
        String name = entities.buyerName();
        if (name != null && name.length() >= 2) {
            masked = masked.replace(name, "[NAME]");
        }
        StringBuilder out = new StringBuilder(masked.length());
        for (String line : masked.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(maskWords(maskAddress(line)));
        }
        return out.toString();
    }

    /**
     * The address inside a line masked: the run of words from the first house number or street word to the last,
     * within one comma-free stretch, with the capitalised street or area names around it ("12 Jalan Ampang").
     * A line without both a number and a street word is returned unchanged.
     */
    static String maskAddress(String line) {
        String[] words = line.split(" ", -1);
        int first = -1;
        int last = -1;
        boolean number = false;
        boolean street = false;
        for (int i = 0; i < words.length; i++) {
            String w = words[i].toLowerCase(Locale.ROOT).replaceAll("[,.;:!?()]+$", "");
            boolean isNumber = !w.isEmpty() && Character.isDigit(w.codePointAt(0)) && w.length() <= 6;
            boolean isStreet = ADDRESS_WORDS.contains(w);
            if (isNumber || isStreet) {
                if (first >= 0 && words[i - 1].endsWith(",") && !(number && street)) {
                    first = -1; // a new stretch: the earlier lone number or word was something else
                    number = false;
                    street = false;
                }
                if (first < 0) {
                    first = i;
                }
                last = i;
                number |= isNumber;
                street |= isStreet;
            } else if (first >= 0 && !(number && street) && (i - last > 2 || words[i].endsWith(","))) {
                first = -1;
                number = false;
                street = false;
            }
        }
        if (first < 0 || !number || !street) {
            return line;
        }
        while (last + 1 < words.length && !words[last].endsWith(",") && isCapitalised(words[last + 1])) {
            last++;
        }
        String tail = words[last].replaceAll("^.*?([,.;:!?()]*)$", "$1");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < first; i++) {
            b.append(words[i]).append(' ');
        }
        b.append("[ADDRESS]").append(tail);
        for (int i = last + 1; i < words.length; i++) {
            b.append(' ').append(words[i]);
        }
        return b.toString();
    }

    private static boolean isCapitalised(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
    }

    private static String maskWords(String line) {
        StringBuilder out = new StringBuilder(line.length());
        int i = 0;
        while (i < line.length()) {
            int start = i;
            while (i < line.length() && !Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            String word = line.substring(start, i);
            out.append(maskWord(word));
            while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
                out.append(line.charAt(i));
                i++;
            }
        }
        return maskDigitRuns(out.toString());
    }

    private static String maskWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (word.indexOf('@') > 0 && word.indexOf('.', word.indexOf('@')) > 0) {
            return "[EMAIL]";
        }
        if (lower.startsWith("http") || lower.startsWith("www.")) {
            return "[LINK]";
        }
        if (word.startsWith("@") && word.length() > 2) {
            return "[HANDLE]";
        }
        return word;
    }

    /** Replaces every run of 4+ digits (allowing spaces, dashes, dots, plus and brackets inside) with [NUMBER]. */
    private static String maskDigitRuns(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c0 = s.charAt(i);
            if (isDigit(c0) || ((c0 == '+' || c0 == '\uFF0B') && i + 1 < s.length() && isDigit(s.charAt(i + 1)))) {
                int start = i;
                int digits = 0;
                int lastDigit = i;
                while (i < s.length() && (isDigit(s.charAt(i)) || " -.()+/\uFF0B\uFF0D\u3000".indexOf(s.charAt(i)) >= 0)) {
                    if (isDigit(s.charAt(i))) {
                        digits++;
                        lastDigit = i;
                    }
                    i++;
                }
                if (digits >= 4) {
                    out.append("[NUMBER]");
                    out.append(s, lastDigit + 1, i);
                } else {
                    out.append(s, start, i);
                }
            } else {
                out.append(s.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    /** A decimal digit of any script: ASCII, full-width, Bengali, Arabic-Indic... */
    private static boolean isDigit(char c) {
        return Character.isDigit(c);
    }
}
