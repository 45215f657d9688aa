package com.replyguard.knowledge.entry;

import java.util.Locale;

/** What an entry is: a past good reply to a buyer, or a policy snippet for sellers. */
public enum Kind {
    REPLY, POLICY;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Kind parse(String s) {
        for (Kind k : values()) {
            if (k.id().equalsIgnoreCase(s == null ? "" : s.trim())) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown kind '" + s + "' (expected reply or policy)");
    }
}
