package com.replyguard.bot.curation;

import com.replyguard.bot.core.Button;
import com.replyguard.bot.core.ButtonAction;
import com.replyguard.bot.core.Context;
import com.replyguard.bot.core.Reply;
import com.replyguard.bot.core.RichText;
import com.replyguard.knowledge.KnowledgeBase;
import com.replyguard.knowledge.entry.Intent;
import com.replyguard.knowledge.gaps.GapCluster;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;
import com.replyguard.policy.analysis.LanguageDetector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code /gaps [days]}: the buyer questions of the last 7 (or N) days that found no good reply, grouped by
 * similarity, most frequent first; "write a reply" under each waits for the reply text and turns it into a
 * proposal answering that question.
 */
final class GapsHandler {
    static final String MODE = "curation.gap_reply";
    private static final int DEFAULT_DAYS = 7;
    private static final int MAX_DAYS = 365;
    private static final int SHOWN = 8;

    private final KnowledgeBase kb;
    private final ProposalFlow flow;
    private final LanguageDetector detector;

    GapsHandler(KnowledgeBase kb, ProposalFlow flow, LanguageDetector detector) {
        this.kb = kb;
        this.flow = flow;
        this.detector = detector;
    }

    List<Reply> gaps(Context ctx, String args) {
        int days = DEFAULT_DAYS;
        if (!args.isBlank()) {
            try {
                days = Integer.parseInt(args.strip());
            } catch (NumberFormatException e) {
                days = -1;
            }
            if (days < 1 || days > MAX_DAYS) {
                return List.of(Reply.text(ctx.t("cur.gaps.usage", MAX_DAYS)));
            }
        }
        List<GapCluster> clusters = kb.gapReport(days, SHOWN);
        if (clusters.isEmpty()) {
            return List.of(Reply.text(ctx.t("cur.gaps.none", days)));
        }
        List<Reply> out = new ArrayList<>();
        out.add(new Reply.Message(RichText.builder().bold(ctx.t("cur.gaps.title", days)).build()));
        int n = 1;
        for (GapCluster c : clusters) {
            String id = ctx.chat().remember(c);
            RichText.Builder b = RichText.builder().bold(n++ + ". ").text(c.representative()).newline();
            b.italic(ctx.t("cur.gaps.facts", c.count(), intentName(ctx, top(c.intents(), "-")),
                    top(c.marketplaces(), "-")));
            for (String ex : c.examples()) {
                b.newline().text("  ~ " + ex);
            }
            out.add(new Reply.Message(b.build(),
                    List.of(List.of(Button.callback(ctx.t("cur.button.write_reply"), ButtonAction.GAP_REPLY, id)))));
        }
        return out;
    }

    List<Reply> write(Context ctx, String id) {
        if (ctx.chat().recall(id, GapCluster.class).isEmpty()) {
            return Curation.expired(ctx);
        }
        ctx.chat().awaitText(MODE, id);
        GapCluster c = ctx.chat().recall(id, GapCluster.class).orElseThrow();
        return List.of(new Reply.Toast(ctx.t("cur.gaps.write_short")),
                new Reply.Message(RichText.builder().text(ctx.t("cur.gaps.write")).newline()
                        .italic(c.representative()).build()));
    }

    List<Reply> replyText(Context ctx, String text, String id) {
        GapCluster c = ctx.chat().recall(id, GapCluster.class).orElse(null);
        if (c == null) {
            return Curation.expired(ctx);
        }
        if (text.length() > Proposal.MAX_BODY) {
            return List.of(Reply.text(ctx.t("cur.save.too_long", text.length(), Proposal.MAX_BODY)));
        }
        String topIntent = top(c.intents(), null);
        String topMarket = top(c.marketplaces(), null);
        Intent intent = null;
        Marketplace m = ctx.marketplace();
        try {
            intent = topIntent == null ? null : Intent.valueOf(topIntent);
            m = topMarket == null ? m : Marketplace.parse(topMarket);
        } catch (IllegalArgumentException e) {
            // an old gap with a name no longer known: keep the defaults, the lead adjusts them with the buttons
        }
        Language lang = detector.detect(text);
        if (lang == Language.OTHER) {
            lang = detector.detect(c.representative());
        }
        return flow.show(ctx, new Proposal(text.strip(), c.representative(), intent, m,
                lang == Language.OTHER ? Language.EN : lang));
    }

    /** The human name of a recorded intent guess (gaps store the code), or the text itself when it is none. */
    private static String intentName(Context ctx, String code) {
        for (Intent i : Intent.values()) {
            if (i.name().equals(code)) {
                return ctx.name(i);
            }
        }
        return code;
    }

    private static String top(Map<String, Integer> counts, String none) {
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(none);
    }
}
