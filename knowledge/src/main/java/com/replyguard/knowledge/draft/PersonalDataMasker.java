package com.replyguard.knowledge.draft;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Masks personal data in a buyer message before it is stored as a knowledge gap: the extracted name and ids,
 * e-mail addresses, links, long digit runs (phones, orders, tracking, post codes) and address lines.
 * Works word by word, linear in the text.
 */
final class PersonalDataMasker {
    private static final Set<String> ADDRESS_WORDS = Set.of("street", "st", "road", "rd", "avenue", "ave", "lane",
            "drive", "dr", "apt", "apartment", "flat", "suite", "jalan", "jln", "lorong", "taman", "blok", "no",
            "house", "sector", "block", "sarak", "সড়ক", "রোড", "বাসা", "ফ্ল্যাট", "ব্লক", "লেন");

    String mask(String text, Map<String, String> entities) {
        String masked = text;
        String name = entities.get("buyer_name");
        if (name != null && name.length() >= 2) {
            masked = masked.replace(name, "[NAME]");
        }
        StringBuilder out = new StringBuilder(masked.length());
        for (String line : masked.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(isAddressLine(line) ? "[ADDRESS]" : maskWords(line));
        }
        return out.toString();
    }

    private static boolean isAddressLine(String line) {
        boolean digit = false;
        boolean word = false;
        for (String w : line.toLowerCase(Locale.ROOT).split("[\\s,.]+")) {
            if (ADDRESS_WORDS.contains(w)) {
                word = true;
            }
            if (!w.isEmpty() && Character.isDigit(w.charAt(0))) {
                digit = true;
            }
        }
        return digit && word;
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
            if (isDigit(s.charAt(i)) || (s.charAt(i) == '+' && i + 1 < s.length() && isDigit(s.charAt(i + 1)))) {
                int start = i;
                int digits = 0;
                int lastDigit = i;
                while (i < s.length() && (isDigit(s.charAt(i)) || " -.()+/".indexOf(s.charAt(i)) >= 0)) {
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

    private static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '০' && c <= '৯');
    }
}
