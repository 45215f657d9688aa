package com.replyguard.bot.curation;

import com.replyguard.bot.core.Button;
import com.replyguard.bot.core.ButtonAction;
import com.replyguard.bot.core.ButtonVerb;
import com.replyguard.bot.core.Context;
import com.replyguard.bot.core.Press;
import com.replyguard.bot.core.Reply;
import com.replyguard.bot.core.RichText;
import com.replyguard.bot.core.UserError;
import com.replyguard.bot.core.UserSettings;
import com.replyguard.knowledge.KnowledgeBase;
import com.replyguard.knowledge.KnowledgeException;
import com.replyguard.knowledge.curation.WriteResult;
import com.replyguard.knowledge.entry.Entry;
import com.replyguard.knowledge.entry.Status;
import com.replyguard.knowledge.search.EntryFilter;
import com.replyguard.policy.analysis.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * {@code /review}: walks a lead through pending entries, oldest first, with Approve, Edit, Reject (the next text
 * is the reason, sent to the agent who proposed it) and Next. Approving checks that the entry is still the version
 * on screen, and the checker can still refuse it (the reasons are shown).
 */
final class ReviewHandler {
    static final String REASON_MODE = "curation.reject_reason";

    private final KnowledgeBase kb;
    private final EntryActions actions;

    ReviewHandler(KnowledgeBase kb, EntryActions actions) {
        this.kb = kb;
        this.actions = actions;
    }

    List<Reply> review(Context ctx, String args) {
        return showAfter(ctx, null);
    }

    /** The first pending entry after {@code afterId} in review order (the oldest first), or "nothing to review". */
    private List<Reply> showAfter(Context ctx, String afterId) {
        List<Entry> pending = new ArrayList<>(kb.entries(EntryFilter.all().withStatus(Status.PENDING)));
        if (pending.isEmpty()) {
            return List.of(Reply.text(ctx.t("cur.review.none")));
        }
        pending.sort(java.util.Comparator.comparing(Entry::updated, java.util.Comparator.nullsFirst(
                java.util.Comparator.naturalOrder())).thenComparing(Entry::id));
        int at = 0;
        if (afterId != null) {
            for (int i = 0; i < pending.size(); i++) {
                if (pending.get(i).id().equals(afterId)) {
                    at = (i + 1) % pending.size();
                }
            }
        }
        Entry e = pending.get(at);
        String ref = ctx.chat().remember(new EntryActions.EntryRef(e.id(), e.version()));
        RichText text = RichText.builder().bold(ctx.t("cur.review.title", at + 1, pending.size())).newline()
                .build();
        RichText card = EntryCards.full(ctx, e);
        List<RichText.Span> spans = new ArrayList<>(text.spans());
        spans.addAll(card.spans());
        List<List<Button>> rows = List.of(
                List.of(Button.callback(ctx.t("cur.button.approve"), ButtonAction.REVIEW, ref, ButtonVerb.APPROVE),
                        Button.callback(ctx.t("cur.button.edit"), ButtonAction.REVIEW, ref, ButtonVerb.EDIT)),
                List.of(Button.callback(ctx.t("cur.button.reject"), ButtonAction.REVIEW, ref, ButtonVerb.REJECT),
                        Button.callback(ctx.t("cur.button.next"), ButtonAction.REVIEW, ref, ButtonVerb.NEXT)));
        return List.of(new Reply.Message(new RichText(spans), rows));
    }

    List<Reply> press(Context ctx, String payload) {
        Press press = Press.parse(ButtonAction.REVIEW, payload).orElse(null);
        EntryActions.EntryRef ref = press == null ? null
                : ctx.chat().recall(press.ref(), EntryActions.EntryRef.class).orElse(null);
        if (ref == null) {
            return Curation.expired(ctx);
        }
        return switch (press.verb()) {
            case APPROVE -> approve(ctx, ref);
            case EDIT -> actions.startEdit(ctx, kb.get(ref.id())
                    .orElseThrow(() -> new UserError(ctx.t("cur.kb.gone", ref.id()))));
            case REJECT -> {
                ctx.chat().awaitText(REASON_MODE, press.ref());
                yield List.of(new Reply.Toast(ctx.t("cur.review.reason_short")),
                        Reply.text(ctx.t("cur.review.reason", ref.id())));
            }
            case NEXT -> showAfter(ctx, ref.id());
            default -> Curation.expired(ctx); // not a verb REVIEW takes: Press.parse lets none through
        };
    }

    private List<Reply> approve(Context ctx, EntryActions.EntryRef ref) {
        Entry cur = kb.get(ref.id()).orElseThrow(() -> new UserError(ctx.t("cur.kb.gone", ref.id())));
        if (cur.version() != ref.version()) {
            // Someone edited it after this card was shown: approving now would approve words nobody reviewed.
            return List.of(new Reply.Message(RichText.plain(ctx.t("cur.review.changed", cur.id(), ref.version(),
                    cur.version())), actions.buttons(ctx, cur)));
        }
        WriteResult r;
        try {
            r = kb.approve(ref.id(), Actors.of(ctx));
        } catch (KnowledgeException e) {
            throw new UserError(ctx.failure(e));
        }
        List<Reply> out = new ArrayList<>();
        if (r.heldBack()) {
            out.add(new Reply.Message(RichText.builder().bold(ctx.t("cur.review.not_approved", cur.id())).newline()
                    .text(EntryCards.reasons(ctx, r.blocking())).build(), actions.buttons(ctx, cur)));
            return out;
        }
        out.add(new Reply.Toast(ctx.t("cur.saved_short")));
        out.add(Reply.text(ctx.t(r.written() ? "cur.review.approved" : "cur.unchanged", cur.id(),
                r.entry().version(), r.entry().status().id())));
        out.addAll(next(ctx, cur.id()));
        if (r.written()) {
            // Last: a notification that cannot be delivered must not hold back the lead's own messages.
            notifyAuthor(ctx, cur, "cur.notify.approved", cur.id(), "").ifPresent(out::add);
        }
        return out;
    }

    List<Reply> reason(Context ctx, String text, String refId) {
        EntryActions.EntryRef ref = ctx.chat().recall(refId, EntryActions.EntryRef.class).orElse(null);
        if (ref == null) {
            return Curation.expired(ctx);
        }
        Entry cur = kb.get(ref.id()).orElseThrow(() -> new UserError(ctx.t("cur.kb.gone", ref.id())));
        WriteResult r;
        try {
            r = kb.reject(ref.id(), Actors.of(ctx), text.strip());
        } catch (KnowledgeException e) {
            throw new UserError(ctx.failure(e));
        }
        List<Reply> out = new ArrayList<>();
        out.add(Reply.text(ctx.t("cur.review.rejected", cur.id())));
        out.addAll(next(ctx, cur.id()));
        if (r.written()) {
            notifyAuthor(ctx, cur, "cur.notify.rejected", cur.id(), text.strip()).ifPresent(out::add);
        }
        return out;
    }

    /** The next pending entry after this one, if any is left. */
    private List<Reply> next(Context ctx, String id) {
        return showAfter(ctx, id).stream().filter(x -> !(x instanceof Reply.Message m)
                || !m.text().visibleText().equals(ctx.t("cur.review.none"))).toList();
    }

    /**
     * A message to the bot user who proposed the entry (the author of its first version: a lead's edit during
     * review must not take the answer away from the agent), in their language; none for the lead themself.
     */
    private java.util.Optional<Reply> notifyAuthor(Context ctx, Entry e, String key, Object... args) {
        String proposer = kb.history(e.id()).stream().findFirst().map(Entry::author).orElse(e.author());
        OptionalLong author = Actors.userId(proposer);
        if (author.isEmpty() || author.getAsLong() == ctx.userId()) {
            return java.util.Optional.empty();
        }
        Language lang = ctx.settingsStore().find(author.getAsLong()).map(UserSettings::language)
                .orElse(ctx.settings().language());
        String text = ctx.messages().get(lang, key, args);
        return java.util.Optional.of(new Reply.Notify(author.getAsLong(), RichText.plain(text)));
    }
}
