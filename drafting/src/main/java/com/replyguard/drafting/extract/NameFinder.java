package com.replyguard.drafting.extract;

import com.replyguard.drafting.read.WordList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Finds the buyer's name in a sign-off ("Thanks, Sarah", "Regards,\nAhmad", "- Rahim", "ধন্যবাদ,\nরহিম"). */
final class NameFinder {
    private static final Set<String> SIGN_OFFS = WordList.set(NameFinder.class, "sign-offs.txt");
    private static final List<String> NAME_INTROS = WordList.list(NameFinder.class, "name-intros.txt").stream()
            .map(intro -> intro + " ").toList(); // the name follows after a space
    private static final Set<String> NOT_NAMES = WordList.set(NameFinder.class, "not-names.txt");
    /** Common words a message may end on that are no name ("… any news? Please"), from the language cue lists. */
    private static final Set<String> COMMON_WORDS = commonWords();

    /** The buyer's name, or null when no sign-off names anyone. */
    String find(String body) {
        List<String> lines = new ArrayList<>();
        for (String l : body.split("\n")) {
            if (!l.isBlank()) {
                lines.add(l.strip());
            }
        }
        int from = Math.max(0, lines.size() - 4);
        for (int i = lines.size() - 1; i >= from; i--) {
            String line = lines.get(i);
            String key = stripEnd(line).toLowerCase(Locale.ROOT);
            if (SIGN_OFFS.contains(key) && i + 1 < lines.size() && isName(stripEnd(lines.get(i + 1)))) {
                return stripEnd(lines.get(i + 1));
            }
            String rest = afterSignOff(line);
            if (rest == null && i == lines.size() - 1) {
                // A one-line message: "Where is my order? Thanks, Sarah" signs off after its last sentence.
                rest = afterSignOff(lastSentence(line));
            }
            if (rest != null && isName(rest)) {
                return rest;
            }
            if (i == lines.size() - 1 && i > 0 && (line.startsWith("-") || line.startsWith("–") || line.startsWith("—"))) {
                String name = stripEnd(line.substring(1).strip());
                if (isName(name)) {
                    return name;
                }
            }
            if (i == lines.size() - 1) {
                // "… What should I do? - Priya": a dash sign-off at the end of the last line.
                String name = afterInlineDash(line);
                if (name != null) {
                    return name;
                }
                // "… When will it come through? Ben", "… kobe pabo?\nSumaiya": a bare name after the last sentence.
                name = bareName(line, i > 0);
                if (name != null) {
                    return name;
                }
            }
        }
        // A message in capitals gives no capital letter to tell a name by: "INI PENIPUAN" (this is a fraud) is no
        // "ini Ahmad" (this is Ahmad), "I AM DONE" no "I am Dana".
        return shouting(body) ? null : introduced(body);
    }

    /** Whether most of the message's cased letters are capitals (at least 20 of them): a buyer shouting. */
    static boolean shouting(String body) {
        int upper = 0;
        int lower = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c)) {
                lower++;
            }
        }
        return upper >= 20 && upper >= 4 * lower;
    }

    /**
     * A name written alone after the message's last sentence ("… When will it come through? Ben") or on its own last
     * line: one capitalized word (or a Bengali one) that is no sign-off, no common word and not all capitals.
     */
    private static String bareName(String line, boolean ownLine) {
        String last = lastSentence(line);
        if (last.equals(line) && !ownLine) {
            return null; // one sentence only: its last word is part of it
        }
        String word = stripEnd(last);
        if (word.contains(" ") || !isName(word) || word.chars().noneMatch(Character::isLowerCase)
                && Character.isUpperCase(word.charAt(0))) {
            return null;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        return COMMON_WORDS.contains(lower) || SIGN_OFFS.contains(lower) ? null : word;
    }

    private static Set<String> commonWords() {
        Set<String> words = new java.util.HashSet<>();
        words.addAll(WordList.set(WordList.class, "english-words.txt"));
        words.addAll(WordList.set(WordList.class, "malay-words.txt"));
        return Set.copyOf(words);
    }

    private static String afterSignOff(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        for (String s : SIGN_OFFS) {
            if (lower.startsWith(s) && line.length() > s.length()) {
                char next = line.charAt(s.length());
                if (next == ',' || next == '!' || next == '.' || next == ' ' || next == '-' || next == '।') {
                    String rest = line.substring(s.length()).replaceFirst("^[\\s,!.।-]{1,6}", "");
                    rest = stripEnd(rest);
                    if (isName(rest)) {
                        return rest;
                    }
                }
            }
        }
        return null;
    }

    private static String afterInlineDash(String line) {
        for (String dash : List.of(" - ", " – ", " — ", " -", " –", " —")) {
            int at = line.lastIndexOf(dash);
            if (at > 0) {
                String name = stripEnd(line.substring(at + dash.length()).strip());
                if (isName(name)) {
                    return name;
                }
            }
        }
        return null;
    }

    private static String introduced(String body) {
        String lower = body.toLowerCase(Locale.ROOT);
        for (String intro : NAME_INTROS) {
            int at = lower.indexOf(intro);
            if (at >= 0) {
                String after = body.substring(at + intro.length(), Math.min(body.length(), at + intro.length() + 40));
                String[] words = after.split("[\\s,.!।]", -1);
                String first = words.length > 0 ? words[0] : "";
                String name = words.length > 1 && isWord(words[1]) && !words[1].isEmpty() ? first + " " + words[1] : first;
                if (isName(name)) {
                    return name;
                }
                if (isName(first)) {
                    return first;
                }
            }
        }
        return null;
    }

    static boolean isName(String s) {
        if (s.isEmpty() || s.length() > 40) {
            return false;
        }
        String[] words = s.split(" ");
        if (words.length > 3) {
            return false;
        }
        for (String w : words) {
            if (!isWord(w) || NOT_NAMES.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWord(String w) {
        if (w.length() < 2 || w.length() > 20) {
            return false;
        }
        int first = w.codePointAt(0);
        boolean bengali = Character.UnicodeScript.of(first) == Character.UnicodeScript.BENGALI;
        if (!bengali && !Character.isUpperCase(first)) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            boolean ok = Character.isLetter(c) || c == '\'' || c == '-' || c == '.'
                    || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** The text after the last sentence end ("? ", "! ", ". ", "। ") of a line, or the line itself. */
    private static String lastSentence(String line) {
        for (int i = line.length() - 2; i > 0; i--) {
            if ("?!.।".indexOf(line.charAt(i)) >= 0 && Character.isWhitespace(line.charAt(i + 1))) {
                return line.substring(i + 1).strip();
            }
        }
        return line;
    }

    private static String stripEnd(String s) {
        int end = s.length();
        while (end > 0 && ",.!;:।".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end).strip();
    }
}
