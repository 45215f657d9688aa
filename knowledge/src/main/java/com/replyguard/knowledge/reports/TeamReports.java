package com.replyguard.knowledge.reports;

import com.replyguard.knowledge.KnowledgeException;
import com.replyguard.knowledge.store.ReportLog;
import com.replyguard.knowledge.text.Notice;
import com.replyguard.policy.Category;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.learn.LabelledCase;
import com.replyguard.policy.rules.Allowance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The team's reports about the checker, stored in knowledge.db: agents and leads file false alarms (a finding on
 * text that is fine) and missed violations (a draft that passed but breaks a category); a lead approves or rejects
 * each one. Approved reports are the team's labelled cases ({@link #approvedCases()}) and approved false alarms are
 * also rule exceptions ({@link #allowances()}). Every change is audited.
 *
 * <p>Usage: {@code kb.reports().falseAlarm("common.overpromise", Category.OVERPROMISE, Marketplace.AMAZON, "en",
 * excerpt, "tg:1001")}, then {@code kb.reports().approve(id, "tg:1002")}.
 *
 * <p>Thread safety: safe from any thread (the store serialises the SQL).
 */
public final class TeamReports {
    /**
     * The logger, made on first use: a one-shot check passes through this class without logging anything, and
     * setting up the logging framework is a noticeable part of its start-up.
     */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(TeamReports.class);
    }
    /** The longest text a report keeps (a whole draft is at most a few thousand characters). */
    public static final int MAX_TEXT = 5_000;
    /** The longest rejection reason. */
    public static final int MAX_REASON = 1_000;

    private final ReportLog log;

    public TeamReports(ReportLog log) {
        this.log = log;
    }

    /** Files a false alarm on {@code rule}'s finding whose excerpt is {@code text}; a waiting twin is returned as is. */
    public Report falseAlarm(String rule, Category category, Marketplace marketplace, String language, String text,
                             String reporter) {
        if (rule == null || rule.isBlank()) {
            throw new KnowledgeException(Notice.of("kb.report_rule"));
        }
        return file(ReportKind.FALSE_ALARM, rule.strip(), category, marketplace, language, text, reporter);
    }

    /** Files a missed violation of {@code category} in the draft {@code text}; a waiting twin is returned as is. */
    public Report missed(Category category, Marketplace marketplace, String language, String text, String reporter) {
        if (category == null) {
            throw new KnowledgeException(Notice.of("kb.report_category"));
        }
        return file(ReportKind.MISSED, null, category, marketplace, language, text, reporter);
    }

    private Report file(ReportKind kind, String rule, Category category, Marketplace marketplace, String language,
                        String text, String reporter) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new KnowledgeException(Notice.of("kb.report_text"));
        }
        if (t.length() > MAX_TEXT) {
            throw new KnowledgeException(Notice.of("kb.report_too_long", t.length(), MAX_TEXT));
        }
        if (reporter == null || reporter.isBlank()) {
            throw new KnowledgeException(Notice.of("kb.report_reporter"));
        }
        Marketplace m = marketplace == null ? Marketplace.ALL : marketplace;
        // The same report twice (a double tap, two agents on the same draft) is one item in the lead's queue.
        Optional<Report> twin = log.pendingTwin(kind, rule, category, m, t);
        if (twin.isPresent()) {
            return twin.get();
        }
        return log.insert(kind, rule, category, m, language == null || language.isBlank() ? "und" : language, t,
                reporter);
    }

    public Optional<Report> get(long id) {
        return log.get(id);
    }

    /** Reports with {@code status} ({@code null}: all), oldest first. */
    public List<Report> list(ReportStatus status) {
        return log.list(status);
    }

    /** Approves a pending report: from now on it is a labelled case (and a false alarm a rule exception). */
    public Report approve(long id, String actor) {
        requireActor(actor);
        return log.decide(id, ReportStatus.APPROVED, actor, null);
    }

    /** Rejects a pending report with the reason the reporter will read. */
    public Report reject(long id, String actor, String reason) {
        requireActor(actor);
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty()) {
            throw new KnowledgeException(Notice.of("kb.report_reason"));
        }
        if (r.length() > MAX_REASON) {
            r = r.substring(0, MAX_REASON);
        }
        return log.decide(id, ReportStatus.REJECTED, actor, r);
    }

    /** Every approved report as a labelled training case, oldest first. */
    public List<LabelledCase> approvedCases() {
        return log.list(ReportStatus.APPROVED).stream().map(Report::toCase).toList();
    }

    /** The rule exceptions of every approved false alarm. */
    public List<Allowance> allowances() {
        List<Allowance> out = new ArrayList<>();
        for (Report r : log.list(ReportStatus.APPROVED)) {
            r.allowance().ifPresent(out::add);
        }
        return out;
    }

    /** When the newest approval happened (the model is out of date when it is older). */
    public Optional<Instant> newestApproval() {
        return log.newestApproval();
    }

    /** False-alarm reports per rule id, by status, most reported first. */
    public List<RuleReportCounts> falseAlarmsPerRule() {
        return log.counts(ReportKind.FALSE_ALARM);
    }

    /** Missed-violation reports per category, by status, most reported first. */
    public List<RuleReportCounts> missedPerCategory() {
        return log.counts(ReportKind.MISSED);
    }

    /**
     * The rule exceptions approved in the knowledge.db at {@code file}, read without opening the knowledge base
     * (read-only, no migration), for commands that only check text. None when the file or the table is missing or
     * cannot be read (the problem is logged: a check must still run). When a {@link NoAllowancesMarker} says the file,
     * exactly as it is now, holds none, SQLite is not opened at all; a read that finds none writes that marker.
     */
    public static List<Allowance> allowancesIn(Path file) {
        return allowancesIn(file, java.time.Instant.now());
    }

    /** {@link #allowancesIn(Path)} at the time {@code now} (tests move it to see a marker written). */
    static List<Allowance> allowancesIn(Path file, java.time.Instant now) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        if (NoAllowancesMarker.holds(file)) {
            return List.of();
        }
        String before = NoAllowancesMarker.state(file, now.minus(NoAllowancesMarker.SETTLED));
        List<Allowance> out = new ArrayList<>();
        org.sqlite.SQLiteConfig readOnly = new org.sqlite.SQLiteConfig();
        readOnly.setReadOnly(true);
        readOnly.setBusyTimeout(5_000);
        // Straight to SQLite's driver, not through DriverManager: its first use scans every jar on the class path
        // for drivers, the largest part of opening the file on a one-shot check (issue #17).
        try (Connection c = readOnly.createConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            try (ResultSet t = c.getMetaData().getTables(null, null, "reports", null)) {
                if (!t.next()) {
                    return List.of();
                }
            }
            try (PreparedStatement p = c.prepareStatement("SELECT rule, text FROM reports WHERE status = 'approved' "
                    + "AND kind = 'false_alarm' AND rule IS NOT NULL ORDER BY id");
                 ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    try {
                        out.add(new Allowance(r.getString(1), r.getString(2)));
                    } catch (IllegalArgumentException ignored) {
                        // a text without letters or digits allows nothing
                    }
                }
            }
        } catch (SQLException e) {
            Log.LOG.warn("could not read the team's approved false alarms from {}: {}", file, e.getMessage());
            return List.of();
        }
        if (out.isEmpty()) {
            NoAllowancesMarker.remember(file, before);
        }
        return out;
    }

    private static void requireActor(String actor) {
        if (actor == null || actor.isBlank()) {
            throw new KnowledgeException(Notice.of("kb.report_decider"));
        }
    }
}
