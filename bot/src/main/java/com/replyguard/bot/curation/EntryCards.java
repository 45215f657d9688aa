package com.replyguard.bot.curation;

import com.replyguard.bot.core.Context;
import com.replyguard.bot.core.RichText;
import com.replyguard.knowledge.entry.Entry;
import com.replyguard.policy.Finding;
import com.replyguard.policy.Marketplace;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** How curation screens show entries, versions and the checker's reasons for holding an entry back. */
final class EntryCards {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final int SNIPPET = 160;

    private EntryCards() {
    }

    /** The whole entry: title, facts line, example questions, and the body as a block to copy. */
    static RichText full(Context ctx, Entry e) {
        RichText.Builder b = RichText.builder().bold(e.title() == null ? e.id() : e.title()).newline();
        b.text(facts(ctx, e)).newline();
        if (!e.questions().isEmpty()) {
            b.italic(ctx.t("cur.card.questions")).newline();
            for (String q : e.questions().subList(0, Math.min(5, e.questions().size()))) {
                b.text("• " + q + "\n");
            }
        }
        b.pre(e.body());
        return b.build();
    }

    /** One short block for lists: title, facts and the start of the body. */
    static void summary(RichText.Builder b, Context ctx, Entry e) {
        b.bold(e.title() == null ? e.id() : e.title()).newline();
        b.text(facts(ctx, e)).newline();
        String body = e.body().replace('\n', ' ');
        b.italic(body.length() > SNIPPET ? body.substring(0, SNIPPET) + "…" : body).newline();
    }

    static String facts(Context ctx, Entry e) {
        String label = e.intent() != null ? ctx.name(e.intent()) : e.topic() != null ? ctx.name(e.topic()) : "-";
        return ctx.t("cur.card.facts", e.id(), e.version(), e.status().id(), label, marketplaces(e.marketplaces()),
                e.language().code(), e.author() == null ? "-" : e.author());
    }

    static String marketplaces(List<Marketplace> ms) {
        return ms.stream().map(Marketplace::id).collect(Collectors.joining(", "));
    }

    /** One line per distinct blocking reason, with the offending words, in the user's language. */
    static String reasons(Context ctx, List<Finding> blocking) {
        Set<String> lines = new LinkedHashSet<>();
        for (Finding f : blocking) {
            lines.add("⛔ " + ctx.name(f.category()) + ": \"" + f.excerpt() + "\" "
                    + f.message(ctx.settings().language()));
        }
        return String.join("\n", lines);
    }
}
