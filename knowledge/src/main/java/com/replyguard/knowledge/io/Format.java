package com.replyguard.knowledge.io;

import java.util.Locale;

/** A file format for import and export. */
public enum Format {
    JSONL, CSV;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Format parse(String s) {
        for (Format f : values()) {
            if (f.id().equalsIgnoreCase(s == null ? "" : s.trim())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + s + "' (expected jsonl or csv)");
    }

    /** The format a file name suggests: {@code .csv} is CSV, anything else JSONL. */
    public static Format ofFileName(String name) {
        return name != null && name.toLowerCase(Locale.ROOT).endsWith(".csv") ? CSV : JSONL;
    }
}
