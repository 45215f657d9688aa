package com.replyguard.policy;

import java.util.Locale;

/** How bad a finding is: {@code block} must not be sent, {@code warn} is risky, {@code info} is a tip. */
public enum Severity {
    INFO, WARN, BLOCK;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Severity parse(String s) {
        for (Severity v : values()) {
            if (v.id().equalsIgnoreCase(s == null ? "" : s.trim())) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + s + "' (expected info, warn or block)");
    }

    @Override
    public String toString() {
        return id();
    }
}
