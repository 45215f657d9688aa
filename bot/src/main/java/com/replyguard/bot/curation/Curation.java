package com.replyguard.bot.curation;

import com.replyguard.bot.access.Role;
import com.replyguard.bot.core.ButtonAction;
import com.replyguard.bot.core.HandlerRegistry;
import com.replyguard.bot.core.Input;
import com.replyguard.bot.core.Reply;
import com.replyguard.knowledge.KnowledgeBase;
import com.replyguard.knowledge.entry.Intent;
import com.replyguard.policy.ComplianceChecker;
import com.replyguard.policy.analysis.LanguageDetector;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The team leads' curation features of the conversation: /save (agents propose, leads add), /review, /kb, /gaps,
 * /stats, /export, and knowledge files sent as documents. Every write goes through {@link KnowledgeBase} (checked,
 * versioned, audited as "tg:&lt;user id&gt;"); the role checks are the registry's (leads and admins for everything
 * but /save), and a document from an agent gets a clear refusal.
 *
 * <p>Usage: {@code Curation.register(registry, kb, checker, drafting::guessIntent, analysis.detector())}, after the
 * agent features (it replaces their answer to documents).
 *
 * <p>Thread safety: handlers keep no state of their own; per-chat values live in the chat state.
 */
public final class Curation {
    private Curation() {
    }

    /** Registers every curation command, button prefix, text mode and the document handler. */
    public static HandlerRegistry register(HandlerRegistry r, KnowledgeBase kb, ComplianceChecker checker,
                                           Function<String, Optional<Intent>> intentGuesser,
                                           LanguageDetector detector) {
        return register(r, kb, checker, intentGuesser, detector, FilesHandler.TELEGRAM_UPLOAD_BYTES);
    }

    /** As above, with the largest document the chat accepts ({@code uploadLimit} bytes; Telegram's is 50 MB). */
    public static HandlerRegistry register(HandlerRegistry r, KnowledgeBase kb, ComplianceChecker checker,
                                           Function<String, Optional<Intent>> intentGuesser,
                                           LanguageDetector detector, long uploadLimit) {
        ProposalFlow proposals = new ProposalFlow(kb, checker);
        EntryActions actions = new EntryActions(kb, checker);
        SaveHandler save = new SaveHandler(proposals, intentGuesser, detector);
        ReviewHandler review = new ReviewHandler(kb, actions);
        GapsHandler gaps = new GapsHandler(kb, proposals, detector);
        StatsHandler stats = new StatsHandler(kb);
        FilesHandler files = new FilesHandler(kb, uploadLimit);

        r.command("save", Role.AGENT, "cmd.save", true, save::save);
        r.command("review", Role.LEAD, "cmd.review", true, review::review);
        r.command("kb", Role.LEAD, "cmd.kb", true, actions::search);
        r.command("gaps", Role.LEAD, "cmd.gaps", true, gaps::gaps);
        r.command("stats", Role.LEAD, "cmd.stats", true, stats::stats);
        r.command("export", Role.LEAD, "cmd.export", true, files::export);

        r.callback(ButtonAction.PROPOSAL, Role.AGENT, proposals::press);
        r.callback(ButtonAction.REVIEW, Role.LEAD, review::press);
        r.callback(ButtonAction.ENTRY, Role.LEAD, actions::press);
        r.callback(ButtonAction.GAP_REPLY, Role.LEAD, gaps::write);
        r.callback(ButtonAction.IMPORT_CONFIRM, Role.LEAD, files::confirm);

        // The role is checked again when the text arrives: it may have been lowered since the button was pressed.
        r.textMode(EntryActions.EDIT_MODE, Role.LEAD, actions::editText);
        r.textMode(ReviewHandler.REASON_MODE, Role.LEAD, review::reason);
        r.textMode(GapsHandler.MODE, Role.LEAD, gaps::replyText);
        r.textMode(SaveHandler.QUESTION_MODE, Role.AGENT, save::question);
        r.media(Input.MediaKind.DOCUMENT, files::document);
        return r;
    }

    static List<Reply> expired(com.replyguard.bot.core.Context ctx) {
        return List.of(new Reply.Toast(ctx.t("button.expired")), Reply.text(ctx.t("cur.expired")));
    }
}
