package com.replyguard.bot.curation;

import com.replyguard.bot.agent.AgentFeatures;
import com.replyguard.bot.core.Context;
import com.replyguard.bot.core.Reply;
import com.replyguard.knowledge.draft.DraftResult;
import com.replyguard.knowledge.entry.Intent;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;
import com.replyguard.policy.analysis.LanguageDetector;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code /save}: as a reply to any message (a draft the bot sent, an edited or pasted reply), or followed by the
 * text, proposes it as a knowledge entry. The question, intent and buyer details come from the buyer message the
 * chat drafted last; personal details become placeholders; the language is detected.
 */
final class SaveHandler {
    private final ProposalFlow flow;
    private final Function<String, Optional<Intent>> intentGuesser;
    private final LanguageDetector detector;
    private final Placeholders placeholders = new Placeholders();

    SaveHandler(ProposalFlow flow, Function<String, Optional<Intent>> intentGuesser, LanguageDetector detector) {
        this.flow = flow;
        this.intentGuesser = intentGuesser;
        this.detector = detector;
    }

    List<Reply> save(Context ctx, String args) {
        String replied = ctx.replyTo();
        String text = replied != null && !replied.isBlank() ? replied : args;
        if (text == null || text.isBlank()) {
            return List.of(Reply.text(ctx.t("cur.save.usage")));
        }
        text = text.strip();
        if (text.length() > Proposal.MAX_BODY) {
            return List.of(Reply.text(ctx.t("cur.save.too_long", text.length(), Proposal.MAX_BODY)));
        }
        Optional<DraftResult> last = ctx.chat().get(AgentFeatures.LAST_RESULT, DraftResult.class);
        Optional<String> buyer = ctx.chat().get(AgentFeatures.LAST_BUYER_MESSAGE, String.class);
        Marketplace m = ctx.marketplace();
        Map<String, String> known = last.map(DraftResult::entities).orElse(Map.of());
        String body = placeholders.generalise(text, known, m);
        String question = buyer.map(q -> placeholders.generalise(q.strip(), known, m)).orElse(null);
        Intent intent = last.map(DraftResult::intent).orElse(null);
        if (intent == null) {
            intent = guess(question != null ? question : body);
        }
        Language lang = detector.detect(body);
        if (lang == Language.OTHER) {
            lang = last.map(DraftResult::language).filter(l -> l != Language.OTHER).orElse(Language.EN);
        }
        return flow.show(ctx, new Proposal(body, question, intent, m, lang));
    }

    private Intent guess(String text) {
        try {
            return intentGuesser.apply(text).orElse(null);
        } catch (RuntimeException e) {
            return null; // the author picks the intent with a button instead
        }
    }
}
