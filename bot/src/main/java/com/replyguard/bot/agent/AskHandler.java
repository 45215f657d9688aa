package com.replyguard.bot.agent;

import com.replyguard.bot.access.Role;
import com.replyguard.bot.core.Context;
import com.replyguard.bot.core.HandlerRegistry;
import com.replyguard.bot.core.Reply;
import com.replyguard.bot.core.RichText;
import com.replyguard.drafting.Answer;
import com.replyguard.drafting.AskResult;
import com.replyguard.drafting.Asker;
import com.replyguard.knowledge.text.Notice;
import java.util.List;

/**
 * /ask QUESTION: policy answers in the question's language (as the knowledge base has them), each with its source,
 * for the marketplace the question names or else the chat's, always saying which.
 */
final class AskHandler {
    static final int MAX_ANSWERS = 3;
    private final Asker asker;

    AskHandler(Asker asker) {
        this.asker = asker;
    }

    void register(HandlerRegistry r, boolean openToGuests) {
        r.command("ask", openToGuests ? Role.GUEST : Role.AGENT, "cmd.ask", true, this::ask);
    }

    private List<Reply> ask(Context ctx, String question) {
        if (question.isEmpty()) {
            return List.of(Reply.text(ctx.t("ask.usage")));
        }
        AskResult result = asker.ask(question, ctx.marketplace());
        RichText.Builder b = RichText.builder();
        String market = result.marketplace() == null ? ctx.marketplace().id() : result.marketplace().id();
        // Always say which marketplace the answer is for: the one the question names, else the chat's /market.
        b.italic(ctx.t(result.named() ? "ask.for_named" : "ask.for_chat", market)).newline();
        if (result.answers().isEmpty()) {
            b.text(ctx.t("ask.none", market)).newline();
        }
        int shown = 0;
        for (Answer a : result.answers()) {
            if (shown++ == MAX_ANSWERS) {
                break;
            }
            if (shown > 1) {
                b.newline();
            }
            b.bold(a.title() == null || a.title().isBlank() ? ctx.name(a.topic()) : a.title()).newline();
            b.text(a.text() == null ? "" : a.text().strip()).newline();
            if (a.source() != null && !a.source().isBlank()) {
                b.italic(ctx.t("notes.source", a.source())).newline();
            }
            if (!a.inQuestionLanguage()) {
                b.italic(ctx.t("ask.not_in_language")).newline();
            }
        }
        for (Notice n : result.notices()) {
            b.italic(ctx.notice(n)).newline();
        }
        return List.of(new Reply.Message(b.build()));
    }
}
