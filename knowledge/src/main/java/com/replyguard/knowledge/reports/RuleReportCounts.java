package com.replyguard.knowledge.reports;

/**
 * How often the team reported one rule's findings as false alarms (or, with a category in {@code key}, a category
 * as missed), by status. {@code key} is the rule id (false alarms) or the category name (misses).
 */
public record RuleReportCounts(String key, long pending, long approved, long rejected) {
    public long total() {
        return pending + approved + rejected;
    }
}
