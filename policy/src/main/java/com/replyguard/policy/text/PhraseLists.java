package com.replyguard.policy.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Named lists of phrases read from a resource of lines {@code key: phrase | phrase} (lower-case words as folded; a key
 * may have several lines), and the longest phrase of a list that starts at a word of a message. Shared by
 * {@link ReportedQuestions} and {@link BuyerPosts}. Thread safety: immutable after construction.
 */
final class PhraseLists {
    /** Per list key, its phrases by their first word. */
    private final Map<String, Map<String, List<String[]>>> lists = new HashMap<>();

    /** Reads {@code file} beside this class; fails naming the file when a line has no key or a required key is missing. */
    PhraseLists(String file, List<String> required) {
        for (String line : Resources.lines(PhraseLists.class, file)) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalStateException(file + ": expected 'key: a | b' in: " + line);
            }
            Map<String, List<String[]>> phrases = lists.computeIfAbsent(line.substring(0, colon).strip(),
                    k -> new HashMap<>());
            for (String p : line.substring(colon + 1).split("\\|")) {
                String t = p.strip().toLowerCase(Locale.ROOT);
                if (!t.isEmpty()) {
                    String[] words = t.split("\\s+");
                    phrases.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
                }
            }
        }
        for (String key : required) {
            if (!lists.containsKey(key)) {
                throw new IllegalStateException(file + " has no '" + key + ":' line");
            }
        }
    }

    /** The first words of list {@code key}'s phrases. */
    Set<String> firstWords(String key) {
        return lists.get(key).keySet();
    }

    /** Every phrase of list {@code key}, as its words. */
    List<String[]> phrases(String key) {
        return lists.get(key).values().stream().flatMap(List::stream).toList();
    }

    /** The length in words of the longest phrase of list {@code key} at word {@code i} of {@code forms}, or 0. */
    int matchAt(String key, List<String> forms, int i) {
        int best = 0;
        for (String[] p : lists.get(key).getOrDefault(forms.get(i), List.of())) {
            if (p.length <= best || i + p.length > forms.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 1; k < p.length && all; k++) { // (the first word is the key looked up)
                all = p[k].equals(forms.get(i + k));
            }
            if (all) {
                best = p.length;
            }
        }
        return best;
    }
}
