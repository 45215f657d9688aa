package com.replyguard.bot.agent;

import com.replyguard.bot.access.Role;
import com.replyguard.bot.core.Button;
import com.replyguard.bot.core.ButtonAction;
import com.replyguard.bot.core.ButtonVerb;
import com.replyguard.bot.core.Context;
import com.replyguard.bot.core.Feedback;
import com.replyguard.bot.core.FeedbackSink;
import com.replyguard.bot.core.HandlerRegistry;
import com.replyguard.bot.core.Press;
import com.replyguard.bot.core.Reply;
import com.replyguard.bot.core.RichText;
import com.replyguard.bot.reports.ReportButtons;
import com.replyguard.drafting.Draft;
import com.replyguard.drafting.DraftResult;
import com.replyguard.drafting.Drafter;
import com.replyguard.drafting.PolicyNote;
import com.replyguard.knowledge.curation.VoteChange;
import com.replyguard.knowledge.entry.Claims;
import com.replyguard.knowledge.text.Notice;
import com.replyguard.policy.ComplianceChecker;
import java.util.ArrayList;
import java.util.List;

/**
 * A pasted buyer message becomes the best draft (its own message, copied on tap) followed by the verdict, what to
 * fill in, and buttons: next draft, policy notes, check my edit, used it, not helpful.
 */
final class DraftHandler {
    /** Telegram delivers a longer paste as several messages of at most this many characters. */
    static final int TELEGRAM_LIMIT = 4096;
    /** A message at least this long may be the first part of a split paste (clients split near the limit). */
    static final int SPLIT_MIN = 3800;
    /** The parts of one paste arrive within a second or two of each other. */
    static final long JOIN_WINDOW_MILLIS = 2_500;
    private static final String PART = "draft.part";

    private final Drafter drafter;
    private final FeedbackSink feedback;
    /** Kept to ask, when a draft is shown, whether the report buttons have a handler. */
    private HandlerRegistry registry;

    private final FillIns fillIns;

    DraftHandler(Drafter drafter, FeedbackSink feedback, ComplianceChecker checker) {
        this.drafter = drafter;
        this.feedback = feedback;
        this.fillIns = new FillIns(this::paste, checker);
    }

    void register(HandlerRegistry r) {
        this.registry = r;
        fillIns.register(r);
        r.defaultText((ctx, text, ref) -> paste(ctx, text));
        r.callback(ButtonAction.NEXT_DRAFT, Role.AGENT, this::next);
        r.callback(ButtonAction.POLICY_NOTES, Role.AGENT, this::notes);
        r.callback(ButtonAction.CHECK_EDIT, Role.AGENT, this::checkEdit);
        r.callback(ButtonAction.DRAFT_FEEDBACK, Role.AGENT, this::feedback);
        r.callback(ButtonAction.DRAFT_PART, Role.AGENT, this::partNow);
    }

    /** The first part of what may be a paste Telegram split in two, held for the rest. */
    record Part(String text, long atMillis) {
    }

    /**
     * A pasted message: joined with the part before it when that part was as long as Telegram's limit allows and
     * this one came within {@link #JOIN_WINDOW_MILLIS}; held briefly when it may itself be a first part (with a
     * button to draft it alone, so nothing is lost when no second part comes); else drafted.
     */
    List<Reply> paste(Context ctx, String text) {
        long now = ctx.clock().millis();
        Part held = ctx.chat().get(PART, Part.class).orElse(null);
        if (held != null) {
            ctx.chat().put(PART, null);
            if (now - held.atMillis() <= JOIN_WINDOW_MILLIS) {
                List<Reply> out = new ArrayList<>();
                out.add(Reply.text(ctx.t("draft.parts_joined", held.text().length() + text.length())));
                out.addAll(draft(ctx, held.text() + "\n" + text));
                return out;
            }
        }
        if (text.length() >= SPLIT_MIN && text.length() <= TELEGRAM_LIMIT) {
            Part part = new Part(text, now);
            ctx.chat().put(PART, part);
            String id = ctx.chat().remember(part);
            return List.of(new Reply.Message(RichText.builder().text(ctx.t("draft.part_held", text.length()))
                    .build(), List.of(List.of(Button.callback(ctx.t("button.draft_part"), ButtonAction.DRAFT_PART,
                    id)))));
        }
        return draft(ctx, text);
    }

    /** "Draft it as it is": the held message was the whole paste. */
    private List<Reply> partNow(Context ctx, String id) {
        Part part = ctx.chat().recall(id, Part.class).orElse(null);
        if (part == null) {
            return List.of(new Reply.Toast(ctx.t("button.expired")));
        }
        ctx.chat().get(PART, Part.class).filter(p -> p.equals(part)).ifPresent(p -> ctx.chat().put(PART, null));
        return draft(ctx, part.text());
    }

    /** What a chat remembers about one drafted message: the buyer's text, the result and which draft shows. */
    record Shown(String buyerMessage, DraftResult result, int index) {
    }

    List<Reply> draft(Context ctx, String text) {
        DraftResult result = drafter.draft(text, ctx.marketplace(), ctx.settingsStore().signature(ctx.userId()));
        // Remembered even when nothing matched: that is when a lead or agent most needs /save for this question.
        ctx.chat().put(AgentFeatures.LAST_BUYER_MESSAGE, text);
        ctx.chat().put(AgentFeatures.LAST_RESULT, result);
        ctx.chat().put(AgentFeatures.LAST_DRAFT, null);
        if (result.drafts().isEmpty()) {
            RichText.Builder b = RichText.builder().text(ctx.t("draft.none", ctx.marketplace().id())).newline();
            appendNotices(ctx, b, result);
            if (!result.policies().isEmpty()) {
                String id = ctx.chat().remember(new Shown(text, result, 0));
                return List.of(new Reply.Message(b.build(),
                        List.of(List.of(Button.callback(ctx.t("button.policy_notes"), ButtonAction.POLICY_NOTES,
                                id)))));
            }
            return List.of(new Reply.Message(b.build()));
        }
        return show(ctx, new Shown(text, result, 0));
    }

    private List<Reply> show(Context ctx, Shown shown) {
        String id = ctx.chat().remember(shown);
        DraftResult result = shown.result();
        Draft d = result.drafts().get(shown.index());
        ctx.chat().put(AgentFeatures.LAST_DRAFT, d);
        ctx.chat().put(AgentFeatures.LAST_BUYER_MESSAGE, shown.buyerMessage());
        ctx.chat().put(AgentFeatures.LAST_RESULT, result);
        feedback.served(ctx.actor(), d.entryId(), d.intent(), ctx.marketplace());
        List<Reply> out = new ArrayList<>();
        // A claim still to confirm is never copied with its brackets: the copy button comes with the finished draft.
        List<List<Button>> copyRow = Button.fitsCopy(d.text()) && !Claims.any(d.text())
                ? List.of(List.of(Button.copy(ctx.t("button.copy"), d.text()))) : List.of();
        out.add(new Reply.Message(RichText.builder().pre(d.text()).build(), copyRow));

        RichText.Builder b = RichText.builder();
        b.text(ctx.t("draft.header", shown.index() + 1, result.drafts().size(),
                d.intent() == null ? "-" : ctx.name(d.intent()), ctx.marketplace().id())).newline();
        Verdicts.appendVerdict(b, ctx, d.check());
        if (d.autoFixed()) {
            b.italic(ctx.t("draft.auto_fixed")).newline();
        }
        if (!d.needsInput().isEmpty()) {
            b.bold(ctx.t("draft.fill_in")).text(" " + String.join(", ", d.needsInputMarkers())).newline();
        }
        appendNotices(ctx, b, result);
        List<Button> row1 = new ArrayList<>();
        if (result.drafts().size() > 1) {
            row1.add(Button.callback(ctx.t("button.next"), ButtonAction.NEXT_DRAFT, id));
        }
        if (!result.policies().isEmpty()) {
            row1.add(Button.callback(ctx.t("button.policy_notes"), ButtonAction.POLICY_NOTES, id));
        }
        row1.add(Button.callback(ctx.t("button.check_edit"), ButtonAction.CHECK_EDIT, id));
        List<Button> row2 = List.of(Button.callback(ctx.t("button.used"), ButtonAction.DRAFT_FEEDBACK, id, ButtonVerb.USED),
                Button.callback(ctx.t("button.not_helpful"), ButtonAction.DRAFT_FEEDBACK, id, ButtonVerb.NOT_HELPFUL));
        List<Button> row3 = ReportButtons.row(ctx, registry, d.text(), d.check());
        out.add(new Reply.Message(b.build(), List.of(row1, row2, row3)));
        out.addAll(fillIns.ask(ctx, d, result.language()));
        return out;
    }

    private static void appendNotices(Context ctx, RichText.Builder b, DraftResult result) {
        for (Notice n : result.notices()) {
            b.italic(ctx.notice(n)).newline();
        }
    }

    private List<Reply> next(Context ctx, String id) {
        return ctx.chat().recall(id, Shown.class)
                .map(s -> show(ctx, new Shown(s.buyerMessage(), s.result(), (s.index() + 1) % s.result().drafts().size())))
                .orElseGet(() -> expired(ctx));
    }

    private List<Reply> notes(Context ctx, String id) {
        return ctx.chat().recall(id, Shown.class).map(s -> {
            List<PolicyNote> notes = s.result().policies();
            if (notes.isEmpty()) {
                return List.<Reply>of(Reply.text(ctx.t("notes.none")));
            }
            RichText.Builder b = RichText.builder().bold(ctx.t("notes.title")).newline();
            for (PolicyNote n : notes) {
                b.newline().bold(n.title() == null ? ctx.name(n.topic()) : n.title()).newline();
                b.text(n.text() == null ? "" : n.text() + "\n");
                if (n.source() != null && !n.source().isBlank()) {
                    b.italic(ctx.t("notes.source", n.source())).newline();
                }
            }
            return List.<Reply>of(new Reply.Message(b.build()));
        }).orElseGet(() -> expired(ctx));
    }

    private List<Reply> checkEdit(Context ctx, String id) {
        ctx.chat().awaitText(CheckHandler.MODE, id);
        return List.of(new Reply.Toast(ctx.t("check.paste_prompt_short")), Reply.text(ctx.t("check.paste_prompt")));
    }

    private List<Reply> feedback(Context ctx, String payload) {
        Press press = Press.parse(ButtonAction.DRAFT_FEEDBACK, payload).orElse(null);
        if (press == null) {
            return expired(ctx);
        }
        boolean helpful = press.verb() == ButtonVerb.USED;
        return ctx.chat().recall(press.ref(), Shown.class).map(s -> {
            Draft d = s.result().drafts().get(s.index());
            VoteChange change = feedback.vote(new Feedback(ctx.actor(), d.entryId(), helpful, ctx.marketplace(),
                    ctx.clock().instant()));
            String key = switch (change) {
                case UNCHANGED -> "feedback.already";
                case CHANGED -> helpful ? "feedback.changed_used" : "feedback.changed_not";
                case RECORDED -> helpful ? "feedback.thanks_used" : "feedback.thanks_not";
            };
            return List.<Reply>of(new Reply.Toast(ctx.t(key)));
        }).orElseGet(() -> expired(ctx));
    }

    static List<Reply> expired(Context ctx) {
        return List.of(new Reply.Toast(ctx.t("button.expired")), Reply.text(ctx.t("button.expired_long")));
    }
}
