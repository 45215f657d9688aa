package com.replyguard.policy.analysis;

import java.util.Locale;

/** A language ReplyGuard analyses on its own terms; {@link #OTHER} is anything else (code {@code und}). */
public enum Language {
    EN("en"), BN("bn"), MS("ms"), OTHER("und");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The ISO 639-1 code, or {@code und} for {@link #OTHER}. */
    public String code() {
        return code;
    }

    public static Language parse(String code) {
        String c = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
        for (Language l : values()) {
            if (l.code.equals(c)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown language '" + code + "' (expected en, bn or ms)");
    }

    @Override
    public String toString() {
        return code;
    }
}
