package com.replyguard.knowledge.reports;

import com.replyguard.policy.Category;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.learn.LabelledCase;
import com.replyguard.policy.rules.Allowance;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One report from the team about the checker, as stored in knowledge.db's {@code reports} table.
 *
 * <p>{@code rule} is the finding's rule id for a false alarm ({@code model.<category>} for the learned model) and
 * null for a miss; {@code category} is the finding's category for a false alarm (null when unknown) and the broken
 * category for a miss. {@code text} is the finding's excerpt for a false alarm and the whole draft for a miss.
 * {@code reason}, {@code decidedBy} and {@code decidedAt} are set when a lead decides.
 */
public record Report(long id, ReportKind kind, String rule, Category category, Marketplace marketplace,
                     String language, String text, String reporter, ReportStatus status, String reason,
                     Instant created, String decidedBy, Instant decidedAt) {
    public Report {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(marketplace, "marketplace");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reporter, "reporter");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(created, "created");
        language = language == null || language.isBlank() ? "und" : language;
    }

    /**
     * The labelled case this report teaches the model: a false alarm is a clean case of its text (nothing blocked,
     * nothing warned); a miss is a case blocking its category. Meant for approved reports.
     */
    public LabelledCase toCase() {
        Set<Category> block = kind == ReportKind.MISSED && category != null ? Set.of(category) : Set.of();
        return new LabelledCase("team-report-" + id, marketplace, language, "team", text, block, Set.of(),
                "report:" + id + " by " + reporter, "train");
    }

    /** The rule exception an approved false alarm becomes: the rule no longer flags exactly this text. */
    public Optional<Allowance> allowance() {
        if (kind != ReportKind.FALSE_ALARM || rule == null || rule.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Allowance(rule, text));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // text without a letter or digit: nothing an allowance could match
        }
    }
}
