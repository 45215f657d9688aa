package com.replyguard.bot.curation;

import com.replyguard.bot.agent.AgentFeatures;
import com.replyguard.bot.core.Context;
import com.replyguard.bot.core.Reply;
import com.replyguard.drafting.Draft;
import com.replyguard.drafting.DraftResult;
import com.replyguard.drafting.extract.EntityExtractor;
import com.replyguard.drafting.extract.FoundEntities;
import com.replyguard.drafting.read.SellerDraftDetector;
import com.replyguard.knowledge.entry.Intent;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;
import com.replyguard.policy.analysis.LanguageDetector;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code /save}: proposes a reply as a knowledge entry, with the buyer question it answers as its example question.
 * <ul>
 * <li>As a reply to a buyer's message, followed by the reply text: that message is the question, the text the body.
 * <li>As a reply to a reply (the agent's own, or a draft the bot sent): that text is the body. The question is the
 * buyer message the draft was made for when the text is one of the chat's last drafts or names the same buyer,
 * order or parcel; otherwise the bot asks for
 * the buyer question (the next message; "-" for none), and never takes an earlier, unrelated paste for it.
 * <li>{@code /save TEXT} alone: the same, with TEXT as the body.
 * </ul>
 * Personal details become placeholders: the buyer's as {@code {buyer_name}}..., the agent's own name and store (from
 * {@code /sign}, or the sign-off under the reply) as {@code {agent_name}}/{@code {store_name}}. The intent is the
 * last draft's when the question is its buyer message, else guessed from the question, never from the reply.
 */
final class SaveHandler {
    static final String QUESTION_MODE = "save.question";
    /** Share of a draft's words a saved text must keep to count as that draft (lightly edited). */
    private static final double SAME_DRAFT = 0.6;

    private final ProposalFlow flow;
    private final Function<String, Optional<Intent>> intentGuesser;
    private final LanguageDetector detector;
    private final Placeholders placeholders = new Placeholders();
    private final SellerDraftDetector sellerDrafts = new SellerDraftDetector();
    private final EntityExtractor extractor = new EntityExtractor();

    SaveHandler(ProposalFlow flow, Function<String, Optional<Intent>> intentGuesser, LanguageDetector detector) {
        this.flow = flow;
        this.intentGuesser = intentGuesser;
        this.detector = detector;
    }

    List<Reply> save(Context ctx, String args) {
        String replied = blankToNull(ctx.replyTo());
        String given = blankToNull(args);
        if (replied == null && given == null) {
            return List.of(Reply.text(ctx.t("cur.save.usage")));
        }
        Optional<DraftResult> last = ctx.chat().get(AgentFeatures.LAST_RESULT, DraftResult.class);
        Optional<String> lastBuyer = ctx.chat().get(AgentFeatures.LAST_BUYER_MESSAGE, String.class).map(String::strip);
        String body;
        String question = null;
        boolean fromLastDraft = false;
        if (replied != null && isBuyerMessage(replied, last, lastBuyer)) {
            if (given == null) {
                return List.of(Reply.text(ctx.t("cur.save.need_reply")));
            }
            question = replied;
            body = given;
        } else {
            body = replied != null ? replied : given;
            if (replied != null && given != null && !looksLikeReply(given, last)) {
                question = given;
            } else if (lastBuyer.isPresent() && (isOneOfDrafts(body, last)
                    || namesTheSameBuyer(body, last.map(DraftResult::entities)
                            .orElseGet(() -> extract(lastBuyer.get(), ctx.marketplace()))))) {
                question = lastBuyer.get();
                fromLastDraft = true;
            }
        }
        if (body.length() > Proposal.MAX_BODY) {
            return List.of(Reply.text(ctx.t("cur.save.too_long", body.length(), Proposal.MAX_BODY)));
        }
        Marketplace m = ctx.marketplace();
        Map<String, String> signature = signature(ctx);
        FoundEntities buyer = fromLastDraft ? last.map(DraftResult::entities).orElse(FoundEntities.NONE)
                : question != null ? extract(question, m) : FoundEntities.NONE;
        String generalBody = placeholders.generalise(body, buyer.asPlaceholders(), signature, m);
        Intent intent = fromLastDraft ? last.map(DraftResult::intent).orElse(null) : null;
        Language lang = language(body, last);
        if (question == null) {
            // Ask for the buyer question rather than guess it: a wrong example question teaches the bot wrongly.
            String ref = ctx.chat().remember(new Proposal(generalBody, null, null, m, lang));
            ctx.chat().awaitText(QUESTION_MODE, ref);
            return List.of(Reply.text(ctx.t("cur.save.ask_question")));
        }
        String generalQuestion = placeholders.generalise(question, buyer.asPlaceholders(), signature, m);
        if (intent == null) {
            intent = guess(generalQuestion);
        }
        return flow.show(ctx, new Proposal(generalBody, generalQuestion, intent, m, lang));
    }

    /** The buyer question the agent sent after /save asked for it. */
    List<Reply> question(Context ctx, String text, String ref) {
        Optional<Proposal> pending = ref == null ? Optional.empty() : ctx.chat().recall(ref, Proposal.class);
        if (pending.isEmpty()) {
            return Curation.expired(ctx);
        }
        String q = blankToNull(text);
        if (q == null) {
            ctx.chat().awaitText(QUESTION_MODE, ref);
            return List.of(Reply.text(ctx.t("cur.save.ask_question")));
        }
        Proposal p = pending.get();
        if (q.equals("-")) {
            return flow.show(ctx, p); // no example question: the author picks the intent with a button
        }
        String question = placeholders.generalise(q, extract(q, p.marketplace()).asPlaceholders(), signature(ctx),
                p.marketplace());
        return flow.show(ctx, new Proposal(p.body(), question, guess(question), p.marketplace(), p.language()));
    }

    private Language language(String body, Optional<DraftResult> last) {
        Language lang = detector.detect(body);
        if (lang == Language.OTHER) {
            lang = last.map(DraftResult::language).filter(l -> l != Language.OTHER).orElse(Language.EN);
        }
        return lang;
    }

    private static Map<String, String> signature(Context ctx) {
        try {
            return ctx.settingsStore().signature(ctx.userId());
        } catch (RuntimeException e) {
            return Map.of(); // the sign-off under the reply still marks the agent's own name
        }
    }

    private FoundEntities extract(String text, Marketplace m) {
        try {
            return extractor.extract(text, text, m);
        } catch (RuntimeException e) {
            return FoundEntities.NONE;
        }
    }

    /** The last buyer message the chat drafted for, or anything that does not read like a seller's reply. */
    private boolean isBuyerMessage(String text, Optional<DraftResult> last, Optional<String> lastBuyer) {
        if (lastBuyer.isPresent() && lastBuyer.get().equals(text.strip())) {
            return true;
        }
        return !looksLikeReply(text, last);
    }

    private boolean looksLikeReply(String text, Optional<DraftResult> last) {
        // A reply greets the buyer by name ("Hi Siti,"), carries placeholders or a formal sign-off, or reads like
        // a seller's text; a buyer's message does none of these.
        return text.contains("{") || Placeholders.greetedName(text) != null || Placeholders.signOff(text) != null
                || sellerDrafts.isSellerDraft(text) || isOneOfDrafts(text, last);
    }

    /** True when {@code text} keeps most words of one of the last result's drafts (sent as is or lightly edited). */
    static boolean isOneOfDrafts(String text, Optional<DraftResult> last) {
        if (last.isEmpty()) {
            return false;
        }
        Set<String> words = words(text);
        for (Draft d : last.get().drafts()) {
            Set<String> draft = words(d.text());
            if (draft.isEmpty()) {
                continue;
            }
            int kept = 0;
            for (String w : draft) {
                if (words.contains(w)) {
                    kept++;
                }
            }
            if (kept >= SAME_DRAFT * draft.size() && kept >= SAME_DRAFT * words.size()) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code text} names the last buyer message's buyer, order or parcel: it answers that message. */
    static boolean namesTheSameBuyer(String text, FoundEntities last) {
        for (String v : new String[] {last.buyerName(), last.orderId(), last.trackingNumber()}) {
            if (v != null && v.strip().length() >= 3 && text.contains(v.strip())) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}\\p{M}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private Intent guess(String text) {
        try {
            return intentGuesser.apply(text).orElse(null);
        } catch (RuntimeException e) {
            return null; // the author picks the intent with a button instead
        }
    }
}
