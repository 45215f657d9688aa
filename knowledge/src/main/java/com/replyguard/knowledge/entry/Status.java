package com.replyguard.knowledge.entry;

import java.util.Locale;

/** Where an entry is in its life: only {@link #APPROVED} entries are served to agents by default. */
public enum Status {
    DRAFT, PENDING, APPROVED, RETIRED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Status parse(String s) {
        for (Status v : values()) {
            if (v.id().equalsIgnoreCase(s == null ? "" : s.trim())) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown status '" + s + "' (expected draft, pending, approved or retired)");
    }
}
