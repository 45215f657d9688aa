package com.replyguard.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.replyguard.bot.core.Messages;
import com.replyguard.drafting.Answer;
import com.replyguard.drafting.AskResult;
import com.replyguard.knowledge.entry.Claims;
import com.replyguard.drafting.Draft;
import com.replyguard.drafting.DraftResult;
import com.replyguard.drafting.PolicyNote;
import com.replyguard.knowledge.text.Notice;
import com.replyguard.policy.Finding;
import com.replyguard.policy.analysis.Language;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * Renders draft and ask results as the contract's JSON and as short human-readable text; notices and intent/topic
 * names are in the message's language (English for other languages), codes stay codes in the JSON fields.
 */
final class DraftOutput {
    private final ObjectMapper json;
    private final Messages messages = new Messages();

    DraftOutput(ObjectMapper json) {
        this.json = json;
    }

    ObjectNode draftJson(DraftResult r) {
        ObjectNode o = json.createObjectNode();
        o.put("marketplace", r.marketplace().id());
        o.put("language", r.language().code());
        o.put("intent", r.intent() == null ? null : r.intent().name());
        o.put("confidence", r.confidence());
        ObjectNode entities = o.putObject("entities");
        r.entities().asPlaceholders().forEach(entities::put);
        ArrayNode drafts = o.putArray("drafts");
        for (Draft d : r.drafts()) {
            ObjectNode n = drafts.addObject();
            // Sendable as it is: a claim only the agent can confirm is given as its promise, both wordings in "claims".
            n.put("text", Claims.promised(d.text()));
            n.put("entry", d.entryId());
            n.put("intent", d.intent() == null ? null : d.intent().name());
            n.put("score", d.score());
            n.put("verdict", d.check().verdict().id());
            ArrayNode findings = n.putArray("findings");
            d.check().findings().forEach(f -> findings.add(finding(f)));
            ArrayNode needs = n.putArray("needs_input");
            d.needsInput().forEach(needs::add);
            n.put("auto_fixed", d.autoFixed());
            ArrayNode claims = n.putArray("claims");
            for (Claims.Claim c : Claims.find(d.text())) {
                claims.addObject().put("claim", c.said()).put("promise", c.promise());
            }
        }
        ArrayNode policies = o.putArray("policies");
        for (PolicyNote p : r.policies()) {
            ObjectNode n = policies.addObject();
            n.put("entry", p.entryId());
            n.put("topic", p.topic().name());
            n.put("title", p.title());
            n.put("text", p.text());
            n.put("source", p.source());
        }
        putNotices(o, r.notices(), r.language());
        return o;
    }

    ObjectNode askJson(AskResult r) {
        ObjectNode o = json.createObjectNode();
        o.put("marketplace", r.marketplace().id());
        o.put("language", r.language().code());
        ArrayNode answers = o.putArray("answers");
        for (Answer a : r.answers()) {
            ObjectNode n = answers.addObject();
            n.put("entry", a.entryId());
            n.put("topic", a.topic().name());
            n.put("marketplace", a.marketplace().id());
            n.put("language", a.language().code());
            n.put("title", a.title());
            n.put("text", a.text());
            n.put("source", a.source());
            n.put("score", a.score());
            n.put("in_question_language", a.inQuestionLanguage());
        }
        putNotices(o, r.notices(), r.language());
        return o;
    }

    /** {@code notices} as sentences in {@code language}, {@code notice_keys} as their stable message keys. */
    private void putNotices(ObjectNode o, List<Notice> list, Language language) {
        ArrayNode notices = o.putArray("notices");
        ArrayNode keys = o.putArray("notice_keys");
        for (Notice n : list) {
            notices.add(messages.notice(language, n));
            keys.add(n.key());
        }
    }

    private ObjectNode finding(Finding f) {
        return CheckJson.putFinding(json.createObjectNode(), f);
    }

    /** The human-readable draft report in {@code lang}, or in the message's language when {@code lang} is null. */
    void draftText(DraftResult r, PrintWriter out, Language lang) {
        Language shown = lang != null ? lang : r.language();
        Messages.Localized t = messages.in(shown);
        out.println(t.get("cli.draft.intent", r.intent() == null ? t.get("cli.draft.unknown_intent") : t.name(r.intent()),
                decimal(r.confidence()), r.language().code(), r.marketplace().id()));
        if (!r.entities().isEmpty()) {
            out.println(t.get("cli.draft.found"));
            for (Map.Entry<String, String> e : r.entities().asPlaceholders().entrySet()) {
                out.printf("  %-16s %s%n", entityName(t, e.getKey()), e.getValue());
            }
        }
        r.notices().forEach(n -> out.println(t.get("cli.note", t.notice(n))));
        int i = 1;
        for (Draft d : r.drafts()) {
            out.println();
            out.println(t.get("cli.draft.header", i++, r.drafts().size(), t.name(d.check().verdict()),
                    d.autoFixed() ? t.get("cli.draft.auto_fixed") : "", d.entryId(), decimal(d.score())));
            out.println(Claims.promised(d.text()));
            for (Claims.Claim c : Claims.find(d.text())) {
                out.println(c.promise().isEmpty() ? t.get("cli.draft.confirm_add", c.said())
                        : t.get("cli.draft.confirm", c.said(), c.promise()));
            }
            if (!d.needsInput().isEmpty()) {
                out.println(t.get("cli.draft.fill_in", String.join(", ", d.needsInputMarkers())));
            }
            for (Finding f : d.check().findings()) {
                out.printf("  %s %s: %s%n", f.severity().id(), t.name(f.category()), f.message(shown));
            }
        }
        if (r.drafts().isEmpty()) {
            out.println();
            out.println(t.get("cli.draft.none"));
        }
        if (!r.policies().isEmpty()) {
            out.println();
            out.println(t.get("cli.draft.keep_in_mind"));
            for (PolicyNote p : r.policies()) {
                out.printf("  - %s: %s%n", t.name(p.topic()), p.title());
            }
        }
        out.flush();
    }

    /** The human-readable answers in {@code lang}, or in the question's language when {@code lang} is null. */
    void askText(AskResult r, PrintWriter out, Language lang) {
        Messages.Localized t = messages.in(lang != null ? lang : r.language());
        r.notices().forEach(n -> out.println(t.get("cli.note", t.notice(n))));
        int i = 1;
        for (Answer a : r.answers()) {
            out.println();
            out.printf("%d. %s [%s, %s, %s]%n", i++, a.title(), t.name(a.topic()), a.marketplace().id(), a.language().code());
            out.println(a.text());
            if (a.source() != null && !a.source().isBlank()) {
                out.println(t.get("cli.ask.source", a.source()));
            }
        }
        if (r.answers().isEmpty()) {
            out.println(t.get("cli.ask.none"));
        }
        out.flush();
    }

    /** The detail's name in the reader's language; a detail without a translated name keeps its key. */
    private static String entityName(Messages.Localized t, String key) {
        String k = "cli.entity." + key;
        return t.messages().keys(Language.EN).contains(k) ? t.get(k) : key;
    }

    /** Scores and confidences with two decimals and a dot, whatever the machine's locale. */
    private static String decimal(double d) {
        return String.format(java.util.Locale.ROOT, "%.2f", d);
    }
}
