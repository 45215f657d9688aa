package com.replyguard.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.replyguard.policy.CheckResult;
import com.replyguard.bot.findings.CheckView;
import com.replyguard.policy.Finding;
import com.replyguard.policy.FindingGroup;
import com.replyguard.policy.Rewrite;
import com.replyguard.policy.analysis.Language;

/** The check result as the JSON of the contract; non-ASCII is escaped so output survives any terminal encoding. */
final class CheckJson {
    private CheckJson() {
    }

    static ObjectMapper mapper() {
        return JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    }

    static ObjectNode result(ObjectMapper mapper, JsonNode id, String text, CheckResult r) {
        return result(mapper, id, text, r, null);
    }

    /**
     * The contract's fields (every occurrence in {@code findings}, reasons in {@code lang} or the draft's language)
     * plus {@code report_language}, {@code groups} (one per rule and sentence, pointing into {@code findings} by
     * index, with the fix offered for it) and {@code rewrites} (the parts of the draft the fixed version replaced).
     */
    static ObjectNode result(ObjectMapper mapper, JsonNode id, String text, CheckResult r, Language lang) {
        Language language = CheckView.reportLanguage(r, lang);
        ObjectNode o = mapper.createObjectNode();
        if (id != null) {
            o.set("id", id);
        }
        o.put("marketplace", r.marketplace().id());
        o.put("language", r.language().code());
        o.put("script", r.script().code());
        o.put("verdict", r.verdict().id());
        ArrayNode findings = o.putArray("findings");
        for (Finding f : r.findings()) {
            putFinding(findings.addObject(), f, language);
        }
        o.put("fixed", r.fixed());
        o.put("report_language", language.code());
        ArrayNode groups = o.putArray("groups");
        for (FindingGroup g : r.groups(text)) {
            ObjectNode n = groups.addObject();
            n.put("rule", g.rule());
            n.put("category", g.first().category().name());
            n.put("severity", g.severity().id());
            n.put("sentence_start", g.sentenceStart());
            n.put("sentence_end", g.sentenceEnd());
            n.put("message", g.first().message(language));
            ArrayNode occ = n.putArray("occurrences");
            g.occurrences().forEach(f -> occ.add(r.findings().indexOf(f)));
            Rewrite rw = r.fixed() == null ? null : r.rewriteOf(g.sentenceStart(), g.sentenceEnd());
            String fix = g.first().fix();
            boolean dontSend = rw == null && r.leavesNothing() && r.rewriteOf(g.sentenceStart(), g.sentenceEnd()) != null;
            n.put("fix_status", rw != null ? "fixed" : dontSend ? "dont_send"
                    : fix != null && !fix.isEmpty() ? "rewrite_like" : "rewrite");
            n.put("rewrite", rw != null ? rw.replacement() : fix == null || fix.isEmpty() ? null : fix);
        }
        ArrayNode rewrites = o.putArray("rewrites");
        for (Rewrite rw : r.fixed() == null ? java.util.List.<Rewrite>of() : r.rewrites()) {
            ObjectNode n = rewrites.addObject();
            n.put("start", rw.start());
            n.put("end", rw.end());
            n.put("replacement", rw.replacement());
            n.put("rule", rw.rule());
        }
        return o;
    }

    /** One finding in the contract's shape (shared by check and draft output). */
    static ObjectNode putFinding(ObjectNode n, Finding f) {
        return putFinding(n, f, Language.EN);
    }

    /** One finding with its reason in {@code language}. */
    static ObjectNode putFinding(ObjectNode n, Finding f, Language language) {
        n.put("rule", f.rule());
        n.put("category", f.category().name());
        n.put("severity", f.severity().id());
        n.put("start", f.start());
        n.put("end", f.end());
        n.put("excerpt", f.excerpt());
        n.put("message", f.message(language));
        n.put("source", f.source());
        n.put("fix", f.fix());
        return n;
    }

    static ObjectNode error(ObjectMapper mapper, JsonNode id, String message) {
        ObjectNode o = mapper.createObjectNode();
        o.set("id", id == null ? mapper.nullNode() : id);
        o.put("error", message);
        return o;
    }

    static String write(ObjectMapper mapper, JsonNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
