package com.replyguard.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.replyguard.knowledge.reports.Report;
import com.replyguard.knowledge.reports.ReportKind;
import com.replyguard.knowledge.text.Texts;
import com.replyguard.policy.analysis.Language;
import java.time.ZoneOffset;
import java.util.List;

/** How {@code replyguard report} and {@code kb reports} print reports: one line each, or JSON (non-ASCII escaped). */
public final class ReportOutput {
    private static final Texts NAMES = Texts.knowledge();
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private ReportOutput() {
    }

    /**
     * What the report says, in a few words in {@code lang} (the category by its name, as in every text output):
     * "false alarm on common.overpromise (A promise that cannot be kept)", "missed Advertising or promotion".
     */
    public static String what(Report r, Language lang) {
        return r.kind() != ReportKind.FALSE_ALARM ? NAMES.get(lang, "operator.report.what_missed", r.category())
                : r.category() == null ? NAMES.get(lang, "operator.report.what_false_alarm", r.rule())
                : NAMES.get(lang, "operator.report.what_false_alarm_in", r.rule(), r.category());
    }

    /** One line for listings, in English. */
    public static String line(Report r) {
        return line(r, Language.EN);
    }

    /**
     * One line for listings: id, status, kind, rule or category, marketplace, language, reporter, day, text; the
     * status, the kind and the category in {@code lang} (the category by its human name, never its code).
     */
    public static String line(Report r, Language lang) {
        String flat = r.text().replaceAll("\\s+", " ").strip();
        String text = flat.length() <= 60 ? flat : flat.substring(0, 59) + "…";
        String what = r.kind() == ReportKind.FALSE_ALARM ? r.rule() : NAMES.name(lang, r.category());
        String line = "#" + pad(Long.toString(r.id()), 5) + pad(NAMES.get(lang, "table." + r.status().id()), 13)
                + pad(NAMES.get(lang, "table.kind." + r.kind().name().toLowerCase(java.util.Locale.ROOT)), 16)
                + pad(what, 44) + pad(r.marketplace().id(), 11) + pad(r.language(), 4) + pad(r.reporter(), 17)
                + r.created().atZone(ZoneOffset.UTC).toLocalDate() + " \"" + text + "\"";
        if (r.decidedBy() != null) {
            line += "\n      " + NAMES.get(lang, "table.report_decided", NAMES.get(lang, "table." + r.status().id()),
                    r.decidedBy(), r.decidedAt()) + (r.reason() == null ? "" : ": " + r.reason());
        }
        return line;
    }

    /** {@code s} and spaces to {@code width} code points (Bengali names keep the columns as well as they can). */
    private static String pad(String s, int width) {
        String v = s == null ? "" : s;
        return v + " ".repeat(Math.max(1, width - v.codePointCount(0, v.length())));
    }

    public static ObjectNode node(Report r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", r.id());
        o.put("kind", r.kind().id());
        o.put("rule", r.rule());
        o.put("category", r.category() == null ? null : r.category().name());
        o.put("marketplace", r.marketplace().id());
        o.put("language", r.language());
        o.put("text", r.text());
        o.put("reporter", r.reporter());
        o.put("status", r.status().id());
        o.put("reason", r.reason());
        o.put("created", r.created().toString());
        o.put("decided_by", r.decidedBy());
        o.put("decided_at", r.decidedAt() == null ? null : r.decidedAt().toString());
        return o;
    }

    public static String json(Report r) {
        return write(node(r));
    }

    /** {@code {"reports": [...]}}. */
    public static String json(List<Report> reports) {
        ObjectNode o = JSON.createObjectNode();
        var list = o.putArray("reports");
        reports.forEach(r -> list.add(node(r)));
        return write(o);
    }

    private static String write(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
