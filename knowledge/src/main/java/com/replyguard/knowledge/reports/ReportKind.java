package com.replyguard.knowledge.reports;

import java.util.Locale;

/** What a team member reports about the checker: a finding that is wrong, or a violation it let through. */
public enum ReportKind {
    /** A finding on text that is fine: the reported text is the finding's excerpt. */
    FALSE_ALARM("false_alarm"),
    /** A draft that passed but breaks a category: the reported text is the whole draft. */
    MISSED("missed");

    private final String id;

    ReportKind(String id) {
        this.id = id;
    }

    /** The name stored in knowledge.db and shown on the command line. */
    public String id() {
        return id;
    }

    /** Parses {@code false_alarm}/{@code false-alarm} or {@code missed}, case-insensitively. */
    public static ReportKind parse(String s) {
        String k = s == null ? "" : s.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        for (ReportKind r : values()) {
            if (r.id.equals(k)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown report kind '" + s + "' (expected false_alarm or missed)");
    }
}
