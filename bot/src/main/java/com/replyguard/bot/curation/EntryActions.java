package com.replyguard.bot.curation;

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
import com.replyguard.knowledge.curation.ConflictException;
import com.replyguard.knowledge.curation.EntryChanges;
import com.replyguard.knowledge.curation.WriteResult;
import com.replyguard.knowledge.entry.Entry;
import com.replyguard.knowledge.entry.Kind;
import com.replyguard.knowledge.search.SearchHit;
import com.replyguard.knowledge.search.SearchQuery;
import com.replyguard.policy.ComplianceChecker;
import com.replyguard.policy.Finding;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /kb QUERY} and the buttons under each entry: Show, Edit (the next text becomes the new body, saved only
 * if nobody changed the entry since Edit was pressed), Retire, History (versions with who and when) and Revert to
 * a version. An edit the checker blocks is refused and the version in service stays as it is.
 */
final class EntryActions {
    static final String EDIT_MODE = "curation.edit";
    private static final int RESULTS = 5;
    private static final int HISTORY = 10;

    /** An entry as the user saw it on screen: the version is what an edit must still find to be saved. */
    record EntryRef(String id, int version) {
    }

    private final KnowledgeBase kb;
    private final ComplianceChecker checker;

    EntryActions(KnowledgeBase kb, ComplianceChecker checker) {
        this.kb = kb;
        this.checker = checker;
    }

    List<Reply> search(Context ctx, String args) {
        String q = args.strip();
        if (q.isEmpty()) {
            return List.of(Reply.text(ctx.t("cur.kb.usage")));
        }
        List<Entry> found = new ArrayList<>();
        kb.get(q).ifPresent(found::add);
        if (found.isEmpty()) {
            for (SearchHit h : kb.search(new SearchQuery(q, null, null, null, null, null, null, RESULTS))) {
                found.add(h.entry());
            }
        }
        if (found.isEmpty()) {
            return List.of(Reply.text(ctx.t("cur.kb.none", q)));
        }
        if (found.size() == 1) {
            RichText.Builder b = RichText.builder();
            EntryCards.summary(b, ctx, found.get(0));
            return List.of(new Reply.Message(b.build(), buttons(ctx, found.get(0))));
        }
        // One message, not one per result: a numbered summary of each and a button per entry that opens its card.
        RichText.Builder b = RichText.builder().bold(ctx.t("cur.kb.results", found.size(), q)).newline();
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Entry e = found.get(i);
            b.newline().bold((i + 1) + ".").text(" ");
            EntryCards.summary(b, ctx, e);
            String ref = ctx.chat().remember(new EntryRef(e.id(), e.version()));
            rows.add(List.of(Button.callback((i + 1) + ". " + e.id(), ButtonAction.ENTRY, ref, ButtonVerb.SHOW)));
        }
        return List.of(new Reply.Message(b.build(), rows));
    }

    /** The entry's action buttons; the entry's id and version are kept in the chat state. */
    List<List<Button>> buttons(Context ctx, Entry e) {
        String ref = ctx.chat().remember(new EntryRef(e.id(), e.version()));
        return List.of(List.of(Button.callback(ctx.t("cur.button.show"), ButtonAction.ENTRY, ref, ButtonVerb.SHOW),
                        Button.callback(ctx.t("cur.button.edit"), ButtonAction.ENTRY, ref, ButtonVerb.EDIT)),
                List.of(Button.callback(ctx.t("cur.button.retire"), ButtonAction.ENTRY, ref, ButtonVerb.RETIRE),
                        Button.callback(ctx.t("cur.button.history"), ButtonAction.ENTRY, ref, ButtonVerb.HISTORY)));
    }

    List<Reply> press(Context ctx, String payload) {
        Press press = Press.parse(ButtonAction.ENTRY, payload).orElse(null);
        EntryRef ref = press == null ? null : ctx.chat().recall(press.ref(), EntryRef.class).orElse(null);
        if (ref == null) {
            return Curation.expired(ctx);
        }
        return switch (press.verb()) {
            case SHOW -> show(ctx, current(ctx, ref.id()));
            case EDIT -> startEdit(ctx, current(ctx, ref.id()));
            case RETIRE -> retire(ctx, ref.id());
            case HISTORY -> history(ctx, ref.id());
            case REVERT -> revert(ctx, ref.id(), press.argument());
            default -> Curation.expired(ctx); // not a verb ENTRY takes: Press.parse lets none through
        };
    }

    List<Reply> show(Context ctx, Entry e) {
        return List.of(new Reply.Message(EntryCards.full(ctx, e), buttons(ctx, e)));
    }

    /** Waits for the new text; the version on screen now is the one the edit expects to replace. */
    List<Reply> startEdit(Context ctx, Entry e) {
        String ref = ctx.chat().remember(new EntryRef(e.id(), e.version()));
        ctx.chat().awaitText(EDIT_MODE, ref);
        return List.of(new Reply.Toast(ctx.t("cur.edit.prompt_short")),
                new Reply.Message(RichText.builder().text(ctx.t("cur.edit.prompt", e.id(), e.version())).newline()
                        .pre(e.body()).build()));
    }

    List<Reply> editText(Context ctx, String text, String refId) {
        EntryRef ref = ctx.chat().recall(refId, EntryRef.class).orElse(null);
        if (ref == null) {
            return Curation.expired(ctx);
        }
        if (text.length() > Proposal.MAX_BODY) {
            ctx.chat().awaitText(EDIT_MODE, refId);
            return List.of(Reply.text(ctx.t("cur.save.too_long", text.length(), Proposal.MAX_BODY)));
        }
        Entry cur = current(ctx, ref.id());
        List<Finding> blocking = blocking(cur, text);
        if (!blocking.isEmpty()) {
            ctx.chat().awaitText(EDIT_MODE, refId); // let the lead send a corrected text straight away
            return List.of(new Reply.Message(RichText.builder().bold(ctx.t("cur.edit.blocked", cur.id())).newline()
                    .text(EntryCards.reasons(ctx, blocking)).newline().italic(ctx.t("cur.edit.try_again")).build()));
        }
        WriteResult r;
        try {
            r = kb.edit(ref.id(), EntryChanges.none().body(text.strip()), Actors.of(ctx), ref.version());
        } catch (ConflictException e) {
            Entry now = current(ctx, ref.id());
            return List.of(new Reply.Message(RichText.plain(ctx.t("cur.edit.conflict", ref.id(),
                    e.expectedVersion(), e.currentVersion(), now.author() == null ? "-" : now.author())),
                    buttons(ctx, now)));
        } catch (KnowledgeException e) {
            throw new UserError(ctx.failure(e));
        }
        return written(ctx, r, "cur.edit.saved");
    }

    private List<Reply> retire(Context ctx, String id) {
        WriteResult r = write(ctx, () -> kb.retire(id, Actors.of(ctx)));
        return written(ctx, r, "cur.retire.done");
    }

    private List<Reply> history(Context ctx, String id) {
        List<Entry> versions = kb.history(id);
        if (versions.isEmpty()) {
            throw new UserError(ctx.t("cur.kb.gone", id));
        }
        Entry cur = versions.get(versions.size() - 1);
        RichText.Builder b = RichText.builder().bold(ctx.t("cur.history.title", id)).newline();
        List<Button> reverts = new ArrayList<>();
        String ref = ctx.chat().remember(new EntryRef(id, cur.version()));
        for (int i = versions.size() - 1; i >= Math.max(0, versions.size() - HISTORY); i--) {
            Entry v = versions.get(i);
            String body = v.body().replace('\n', ' ');
            b.text(ctx.t("cur.history.line", v.version(), v.status().id(), v.updated() == null ? "-" : EntryCards.WHEN.format(v.updated()),
                    v.author() == null ? "-" : v.author(), v.approver() == null ? "-" : v.approver())).newline();
            b.italic("   " + (body.length() > 80 ? body.substring(0, 80) + "…" : body)).newline();
            if (v.version() != cur.version()) {
                reverts.add(Button.callback(ctx.t("cur.button.revert", v.version()), ButtonAction.ENTRY,
                        ref, ButtonVerb.REVERT, String.valueOf(v.version())));
            }
        }
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < reverts.size(); i += 3) {
            rows.add(reverts.subList(i, Math.min(reverts.size(), i + 3)));
        }
        return List.of(new Reply.Message(b.build(), rows));
    }

    private List<Reply> revert(Context ctx, String id, String version) {
        int v;
        try {
            v = Integer.parseInt(version);
        } catch (NumberFormatException e) {
            return Curation.expired(ctx);
        }
        WriteResult r = write(ctx, () -> kb.revert(id, v, Actors.of(ctx)));
        return written(ctx, r, "cur.revert.done");
    }

    private List<Reply> written(Context ctx, WriteResult r, String key) {
        Entry e = r.entry();
        RichText.Builder b = RichText.builder();
        if (!r.written()) {
            b.text(ctx.t("cur.unchanged", e.id(), e.version(), e.status().id()));
        } else {
            b.text(ctx.t(key, e.id(), e.version(), e.status().id()));
        }
        if (r.heldBack()) {
            b.newline().bold(ctx.t("cur.held")).newline().text(EntryCards.reasons(ctx, r.blocking()));
        }
        return List.of(new Reply.Toast(ctx.t("cur.saved_short")), new Reply.Message(b.build(), buttons(ctx, e)));
    }

    private Entry current(Context ctx, String id) {
        return kb.get(id).orElseThrow(() -> new UserError(ctx.t("cur.kb.gone", id)));
    }

    private WriteResult write(Context ctx, java.util.function.Supplier<WriteResult> op) {
        try {
            return op.get();
        } catch (KnowledgeException e) {
            throw new UserError(ctx.failure(e));
        }
    }

    /** The checker's blocking findings on a new reply body, for every marketplace the entry serves. */
    private List<Finding> blocking(Entry e, String body) {
        if (e.kind() != Kind.REPLY) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (Marketplace m : e.marketplaces()) {
            checker.check(body, m).findings().stream().filter(f -> f.severity() == Severity.BLOCK)
                    .filter(f -> out.stream().noneMatch(o -> o.rule().equals(f.rule()) && o.start() == f.start()))
                    .forEach(out::add);
        }
        return out;
    }
}
