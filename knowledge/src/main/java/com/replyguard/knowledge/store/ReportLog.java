package com.replyguard.knowledge.store;

import com.replyguard.knowledge.KnowledgeException;
import com.replyguard.knowledge.reports.Report;
import com.replyguard.knowledge.reports.ReportKind;
import com.replyguard.knowledge.reports.ReportStatus;
import com.replyguard.knowledge.reports.RuleReportCounts;
import com.replyguard.knowledge.text.Notice;
import com.replyguard.policy.Category;
import com.replyguard.policy.Marketplace;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code reports} table of knowledge.db: the team's false-alarm and missed-violation reports and the lead's
 * decisions. Every change writes its audit line (entry id {@code report:<id>}) in the same transaction.
 *
 * <p>Thread safety: every call runs under the store's lock.
 */
public final class ReportLog {
    /** The audit table's entry id for a report. */
    public static String auditId(long id) {
        return "report:" + id;
    }

    private static final String COLUMNS = "id, kind, rule, category, marketplace, language, text, reporter, status, "
            + "reason, created, decided_by, decided_at";

    private final KnowledgeStore store;

    public ReportLog(KnowledgeStore store) {
        this.store = store;
    }

    /** Stores a new pending report and its audit line; returns it with its id. */
    public Report insert(ReportKind kind, String rule, Category category, Marketplace marketplace, String language,
                         String text, String reporter) {
        Instant now = Instant.now();
        return store.withConnection(c -> {
            long id;
            try (PreparedStatement p = c.prepareStatement("INSERT INTO reports (kind, rule, category, marketplace, "
                    + "language, text, reporter, status, created) VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                p.setString(1, kind.id());
                p.setString(2, rule);
                p.setString(3, category == null ? null : category.name());
                p.setString(4, marketplace.id());
                p.setString(5, language);
                p.setString(6, text);
                p.setString(7, reporter);
                p.setString(8, now.toString());
                p.executeUpdate();
                try (ResultSet k = p.getGeneratedKeys()) {
                    k.next();
                    id = k.getLong(1);
                }
            }
            AuditLines.append(c, now.toString(), reporter, "report-" + kind.id().replace('_', '-'), auditId(id), null,
                    (rule != null ? rule : category == null ? "" : category.name()) + " on " + marketplace.id());
            return read(c, id).orElseThrow();
        }, "write");
    }

    /** A pending report with the same kind, rule or category, marketplace and text, if one is waiting. */
    public Optional<Report> pendingTwin(ReportKind kind, String rule, Category category, Marketplace marketplace,
                                        String text) {
        return store.withConnection(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM reports WHERE status = "
                    + "'pending' AND kind = ? AND COALESCE(rule, '') = ? AND COALESCE(category, '') = ? AND "
                    + "marketplace = ? AND text = ? ORDER BY id LIMIT 1")) {
                p.setString(1, kind.id());
                p.setString(2, rule == null ? "" : rule);
                p.setString(3, category == null ? "" : category.name());
                p.setString(4, marketplace.id());
                p.setString(5, text);
                return first(p);
            }
        }, "read");
    }

    public Optional<Report> get(long id) {
        return store.withConnection(c -> read(c, id), "read");
    }

    /** Reports with {@code status} ({@code null}: all), oldest first. */
    public List<Report> list(ReportStatus status) {
        return store.withConnection(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM reports"
                    + (status == null ? "" : " WHERE status = ?") + " ORDER BY id")) {
                if (status != null) {
                    p.setString(1, status.id());
                }
                return all(p);
            }
        }, "read");
    }

    /**
     * Moves a pending report to {@code to} (approved or rejected) with who decided, when and why, plus its audit
     * line, in one transaction. A report that is no longer pending is refused with a sentence saying who decided.
     */
    public Report decide(long id, ReportStatus to, String actor, String reason) {
        Instant now = Instant.now();
        return store.withConnection(c -> {
            Report r = read(c, id).orElseThrow(() -> new KnowledgeException(Notice.of("kb.no_report", id)));
            if (r.status() != ReportStatus.PENDING) {
                throw new KnowledgeException(Notice.of("kb.report_decided", id, r.status().id(),
                        r.decidedBy(), r.decidedAt()));
            }
            try (PreparedStatement p = c.prepareStatement("UPDATE reports SET status = ?, reason = ?, decided_by = ?, "
                    + "decided_at = ? WHERE id = ? AND status = 'pending'")) {
                p.setString(1, to.id());
                p.setString(2, reason);
                p.setString(3, actor);
                p.setString(4, now.toString());
                p.setLong(5, id);
                p.executeUpdate();
            }
            AuditLines.append(c, now.toString(), actor, "report-" + to.id(), auditId(id), null,
                    reason == null ? null : "reason: " + reason);
            return read(c, id).orElseThrow();
        }, "write");
    }

    /** The time of the newest approval, if any report was approved. */
    public Optional<Instant> newestApproval() {
        return store.withConnection(c -> {
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT MAX(decided_at) FROM reports WHERE status = 'approved'")) {
                String at = r.next() ? r.getString(1) : null;
                return Optional.ofNullable(at).map(Instant::parse);
            }
        }, "read");
    }

    /**
     * Counts per rule id of false alarms ({@code kind} FALSE_ALARM) or per category of misses (MISSED), by status,
     * most reported first.
     */
    public List<RuleReportCounts> counts(ReportKind kind) {
        String key = kind == ReportKind.FALSE_ALARM ? "rule" : "category";
        return store.withConnection(c -> {
            List<RuleReportCounts> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT " + key + " AS k, SUM(status = 'pending'), "
                    + "SUM(status = 'approved'), SUM(status = 'rejected') FROM reports WHERE kind = ? GROUP BY k "
                    + "ORDER BY COUNT(*) DESC, k")) {
                p.setString(1, kind.id());
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(new RuleReportCounts(r.getString(1), r.getLong(2), r.getLong(3), r.getLong(4)));
                    }
                }
            }
            return out;
        }, "read");
    }

    private static Optional<Report> read(Connection c, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM reports WHERE id = ?")) {
            p.setLong(1, id);
            return first(p);
        }
    }

    private static Optional<Report> first(PreparedStatement p) throws SQLException {
        List<Report> all = all(p);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    static List<Report> all(PreparedStatement p) throws SQLException {
        List<Report> out = new ArrayList<>();
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                out.add(row(r));
            }
        }
        return out;
    }

    static Report row(ResultSet r) throws SQLException {
        String category = r.getString(4);
        String decidedAt = r.getString(13);
        return new Report(r.getLong(1), ReportKind.parse(r.getString(2)), r.getString(3),
                category == null ? null : Category.valueOf(category), Marketplace.parse(r.getString(5)),
                r.getString(6), r.getString(7), r.getString(8), ReportStatus.parse(r.getString(9)), r.getString(10),
                Instant.parse(r.getString(11)), r.getString(12), decidedAt == null ? null : Instant.parse(decidedAt));
    }
}
