package com.replyguard.bot.curation;

import com.replyguard.bot.access.Role;
import com.replyguard.bot.core.Button;
import com.replyguard.bot.core.ButtonAction;
import com.replyguard.bot.core.ButtonVerb;
import com.replyguard.bot.core.Context;
import com.replyguard.bot.core.Press;
import com.replyguard.bot.core.Reply;
import com.replyguard.bot.core.RichText;
import com.replyguard.bot.core.UserError;
import com.replyguard.knowledge.KnowledgeBase;
import com.replyguard.knowledge.KnowledgeException;
import com.replyguard.knowledge.curation.WriteResult;
import com.replyguard.knowledge.entry.Entry;
import com.replyguard.knowledge.entry.Intent;
import com.replyguard.knowledge.entry.Status;
import com.replyguard.policy.CheckResult;
import com.replyguard.policy.ComplianceChecker;
import com.replyguard.policy.Finding;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.Severity;
import com.replyguard.policy.analysis.Language;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Shows a {@link Proposal} with buttons to adjust its intent, marketplace and language, and saves it: a lead's
 * save is approved when the checker passes it (a blocking finding keeps it pending and says why), an agent's
 * goes to review as pending. Buttons carry only a short id of the proposal kept in the chat state.
 */
final class ProposalFlow {
    private static final int TITLE_CHARS = 70;
    /** Chat-state key prefix marking a proposal as saved or cancelled. */
    private static final String DONE = "curation.done.";

    private final KnowledgeBase kb;
    private final ComplianceChecker checker;

    ProposalFlow(KnowledgeBase kb, ComplianceChecker checker) {
        this.kb = kb;
        this.checker = checker;
    }

    List<Reply> show(Context ctx, Proposal p) {
        String id = ctx.chat().remember(p);
        RichText.Builder b = RichText.builder().bold(ctx.t("cur.save.title")).newline();
        b.text(ctx.t("cur.save.facts", p.intent() == null ? "?" : ctx.name(p.intent()), p.marketplace().id(),
                p.language().code())).newline();
        if (p.question() != null) {
            b.italic(ctx.t("cur.save.question")).text(" " + p.question()).newline();
        }
        b.pre(p.body()).newline();
        List<Finding> blocking = blocking(p.body(), p.marketplace());
        if (!blocking.isEmpty()) {
            b.bold(ctx.t("cur.save.blocked")).newline().text(EntryCards.reasons(ctx, blocking)).newline();
        }
        b.italic(ctx.t(ctx.role().atLeast(Role.LEAD) ? "cur.save.hint_lead" : "cur.save.hint_agent"));
        List<List<Button>> rows = List.of(
                List.of(Button.callback(ctx.t("cur.button.intent"), ButtonAction.PROPOSAL, id, ButtonVerb.CHOOSE_INTENT),
                        Button.callback(ctx.t("cur.button.market"), ButtonAction.PROPOSAL, id,
                                ButtonVerb.CHOOSE_MARKETPLACE),
                        Button.callback(ctx.t("cur.button.lang"), ButtonAction.PROPOSAL, id, ButtonVerb.CHOOSE_LANGUAGE)),
                List.of(Button.callback(ctx.t("cur.button.save"), ButtonAction.PROPOSAL, id, ButtonVerb.SAVE),
                        Button.callback(ctx.t("cur.button.cancel"), ButtonAction.PROPOSAL, id, ButtonVerb.CANCEL)));
        return List.of(new Reply.Message(b.build(), rows));
    }

    List<Reply> press(Context ctx, String payload) {
        Press press = Press.parse(ButtonAction.PROPOSAL, payload).orElse(null);
        Proposal p = press == null ? null : ctx.chat().recall(press.ref(), Proposal.class).orElse(null);
        if (p == null) {
            return Curation.expired(ctx);
        }
        if (ctx.chat().get(DONE + press.ref(), Boolean.class).isPresent()) {
            // A second press on Save (or a press after Cancel) must not create a second entry.
            return List.of(new Reply.Toast(ctx.t("cur.save.already")));
        }
        try {
            return act(ctx, press.ref(), press.verb(), press.argument(), p);
        } catch (IllegalArgumentException e) {
            return Curation.expired(ctx); // a value we did not offer (an old client, or a crafted press)
        }
    }

    private List<Reply> act(Context ctx, String id, ButtonVerb verb, String arg, Proposal p) {
        return switch (verb) {
            case CHOOSE_INTENT -> choices(ctx, id, ButtonVerb.SET_INTENT, intentChoices());
            case CHOOSE_MARKETPLACE -> choices(ctx, id, ButtonVerb.SET_MARKETPLACE, marketChoices());
            case CHOOSE_LANGUAGE -> choices(ctx, id, ButtonVerb.SET_LANGUAGE, List.of("en", "bn", "ms"));
            case SET_INTENT -> show(ctx, p.withIntent(Intent.valueOf(arg)));
            case SET_MARKETPLACE -> show(ctx, p.withMarketplace(Marketplace.parse(arg)));
            case SET_LANGUAGE -> show(ctx, p.withLanguage(Language.parse(arg)));
            case SAVE -> save(ctx, id, p);
            case CANCEL -> {
                ctx.chat().put(DONE + id, Boolean.TRUE);
                yield List.of(new Reply.Toast(ctx.t("cur.save.cancelled")), Reply.text(ctx.t("cur.save.cancelled")));
            }
            default -> Curation.expired(ctx); // not a verb PROPOSAL takes: Press.parse lets none through
        };
    }

    private static List<String> intentChoices() {
        return java.util.Arrays.stream(Intent.values()).map(Enum::name).toList();
    }

    private static List<String> marketChoices() {
        return java.util.Arrays.stream(Marketplace.values()).map(Marketplace::id).toList();
    }

    private List<Reply> choices(Context ctx, String id, ButtonVerb set, List<String> values) {
        List<List<Button>> rows = new ArrayList<>();
        List<Button> row = new ArrayList<>();
        for (String v : values) {
            String label = set == ButtonVerb.SET_INTENT ? ctx.t("intent." + v) : v; // intents by name, not code
            row.add(Button.callback(label, ButtonAction.PROPOSAL, id, set, v));
            if (row.size() == 2) {
                rows.add(row);
                row = new ArrayList<>();
            }
        }
        rows.add(row);
        return List.of(new Reply.Message(RichText.plain(ctx.t("cur.save.choose")), rows));
    }

    private List<Reply> save(Context ctx, String id, Proposal p) {
        if (p.intent() == null) {
            List<Reply> out = new ArrayList<>();
            out.add(new Reply.Toast(ctx.t("cur.save.need_intent")));
            out.add(Reply.text(ctx.t("cur.save.need_intent")));
            out.addAll(choices(ctx, id, ButtonVerb.SET_INTENT, intentChoices()));
            return out;
        }
        String actor = Actors.of(ctx);
        boolean lead = ctx.role().atLeast(Role.LEAD);
        Entry entry = toEntry(ctx, p, lead ? Status.APPROVED : Status.PENDING, actor);
        WriteResult r;
        try {
            r = lead ? kb.add(entry, actor) : kb.propose(entry, actor);
        } catch (KnowledgeException e) {
            throw new UserError(ctx.failure(e));
        }
        ctx.chat().put(DONE + id, Boolean.TRUE);
        String key = r.heldBack() ? "cur.save.held" : r.entry().status() == Status.APPROVED ? "cur.save.approved"
                : "cur.save.pending";
        RichText.Builder b = RichText.builder().text(ctx.t(key, r.entry().id()));
        if (r.heldBack()) {
            b.newline().text(EntryCards.reasons(ctx, r.blocking()));
        }
        return List.of(new Reply.Toast(ctx.t("cur.saved_short")), new Reply.Message(b.build()));
    }

    private static Entry toEntry(Context ctx, Proposal p, Status status, String actor) {
        Instant now = ctx.clock().instant();
        String id = p.marketplace().id() + "-" + p.intent().name().toLowerCase(Locale.ROOT).replace('_', '-') + "-"
                + p.language().code() + "-" + Long.toString(now.toEpochMilli(), 36) + Long.toString(ctx.userId()
                % 1296, 36);
        String titleFrom = p.question() != null ? p.question() : p.body();
        String title = titleFrom.strip().replace('\n', ' ');
        if (title.length() > TITLE_CHARS) {
            title = title.substring(0, TITLE_CHARS).strip() + "…";
        }
        return Entry.reply(id, p.intent()).marketplaces(p.marketplace()).language(p.language()).title(title)
                .questions(p.question() == null ? List.of() : List.of(p.question())).body(p.body())
                .tags(List.of("saved-in-bot")).status(status).author(actor).at(now).build();
    }

    private List<Finding> blocking(String body, Marketplace m) {
        CheckResult r = checker.check(body, m);
        return r.findings().stream().filter(f -> f.severity() == Severity.BLOCK).toList();
    }
}
