package com.replyguard.policy.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Expands {@code @name} alternatives in a pattern with a rule file's named lists, so a list of wordings that several
 * patterns share (the return reasons a seller may dictate, in every language) is written once:
 * {@code "pick|choose ... @reason ... instead"} with {@code lists: {reason: "changed my mind|no longer needed"}}.
 */
final class WordLists {
    static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private WordLists() {
    }

    /** The pattern with every {@code @name} alternative replaced; an unknown name is an error naming the known ones. */
    static String expand(String pattern, Map<String, String> lists) {
        if (pattern.indexOf('@') < 0) {
            return pattern;
        }
        List<String> slots = new ArrayList<>();
        for (String slot : pattern.split("\\.\\.\\.", -1)) {
            List<String> alternatives = new ArrayList<>();
            for (String alt : slot.split("\\|", -1)) {
                String a = alt.strip();
                if (a.startsWith("@") && NAME.matcher(a.substring(1)).matches()) {
                    String list = lists.get(a.substring(1));
                    if (list == null) {
                        throw new IllegalArgumentException("unknown list '" + a + "' in pattern \"" + pattern + "\""
                                + (lists.isEmpty() ? " (the rule has no 'lists')"
                                : " (the rule's lists: " + String.join(", ", lists.keySet().stream().sorted().toList()) + ")"));
                    }
                    alternatives.add(list);
                } else {
                    alternatives.add(alt);
                }
            }
            slots.add(String.join("|", alternatives));
        }
        return String.join("...", slots);
    }
}
