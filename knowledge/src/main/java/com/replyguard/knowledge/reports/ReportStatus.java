package com.replyguard.knowledge.reports;

import java.util.Locale;

/** Where a report is in the lead's review: waiting, approved (a labelled case from then on) or rejected. */
public enum ReportStatus {
    PENDING("pending"), APPROVED("approved"), REJECTED("rejected");

    private final String id;

    ReportStatus(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static ReportStatus parse(String s) {
        String k = s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
        for (ReportStatus r : values()) {
            if (r.id.equals(k)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown report status '" + s + "' (expected pending, approved or rejected)");
    }
}
