package com.replyguard.drafting;

import com.replyguard.drafting.classify.CueLexicon;
import com.replyguard.drafting.classify.LabelClassifier;
import com.replyguard.drafting.classify.NeighbourIndex;
import com.replyguard.drafting.extract.EntityExtractor;
import com.replyguard.drafting.extract.Entities;
import com.replyguard.drafting.extract.FoundEntities;
import com.replyguard.drafting.read.MessageReader;
import com.replyguard.drafting.read.ReadMessage;
import com.replyguard.drafting.read.SellerDraftDetector;
import com.replyguard.knowledge.entry.Intent;
import com.replyguard.knowledge.entry.Topic;
import com.replyguard.knowledge.gaps.GapLog;
import com.replyguard.knowledge.search.EntrySource;
import com.replyguard.knowledge.search.KnowledgeSearch;
import com.replyguard.knowledge.text.Notice;
import com.replyguard.policy.CheckResult;
import com.replyguard.policy.ComplianceChecker;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;
import com.replyguard.policy.analysis.TextAnalysis;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The drafting pipeline and policy answers: reads a pasted buyer message (unwraps quoted mail, detects the
 * language), extracts order ids, tracking numbers, names and more, classifies the intent (cue phrases plus the
 * nearest example questions of approved replies), retrieves the best approved replies in the buyer's language,
 * fills their placeholders, checks each draft for the marketplace (fixing or dropping blocking ones), adds the
 * policy notes that matter for the intent and records weak matches as knowledge gaps.
 *
 * <p>Usage: {@code new DraftingService(kb, kb, checker, analysis).draft(text, Marketplace.AMAZON)}; when the
 * search does not also implement {@link EntrySource}, pass one explicitly so the classifier sees every entry.
 * Thread safety: safe to share; the classifier index is rebuilt when the entry source's generation changes.
 */
public final class DraftingService implements Drafter, Asker {
    private final KnowledgeSearch search;
    private final ComplianceChecker checker;
    private final MessageReader reader;
    private final EntityExtractor extractor = new EntityExtractor();
    private final SellerDraftDetector sellerDrafts = new SellerDraftDetector();
    private final IntentReader intents;
    private final KnowledgeView view;
    private final TemplateFiller filler = new TemplateFiller();
    private final Notices notices = new Notices();
    private final PolicyAnswers policyAnswers;
    private final EntrySource entries;
    private final GapRecorder gaps;

    /** Uses {@code search} as the entry source too when it implements {@link EntrySource}. */
    public DraftingService(KnowledgeSearch search, GapLog gaps, ComplianceChecker checker, TextAnalysis analysis) {
        this(search, search instanceof EntrySource s ? s : null, gaps, checker, analysis, Clock.systemUTC(), true);
    }

    /**
     * With an explicit entry source. The classifier index is rebuilt on the calling thread when the source changes
     * (tests rely on that); {@link #DraftingService(KnowledgeSearch, GapLog, ComplianceChecker, TextAnalysis)}
     * rebuilds in the background instead.
     */
    public DraftingService(KnowledgeSearch search, EntrySource entries, GapLog gaps, ComplianceChecker checker,
                           TextAnalysis analysis, Clock clock) {
        this(search, entries, gaps, checker, analysis, clock, false);
    }

    private DraftingService(KnowledgeSearch search, EntrySource entries, GapLog gaps, ComplianceChecker checker,
                            TextAnalysis analysis, Clock clock, boolean backgroundRebuild) {
        this.search = search;
        this.gaps = new GapRecorder(gaps, clock);
        this.checker = checker;
        this.entries = entries;
        this.reader = new MessageReader(analysis.detector());
        this.view = new KnowledgeView(entries, analysis, backgroundRebuild);
        this.intents = new IntentReader(reader);
        LabelClassifier<Topic> topics = new LabelClassifier<>(Topic.class,
                CueLexicon.load("topic-cues.tsv", IntentReader.names(Topic.values())), 4.0);
        this.policyAnswers = new PolicyAnswers(search, view, topics, reader, notices);
    }

    private volatile BengaliReplies bengaliReplies = BengaliReplies.SCRIPT;

    /** The script romanized Bengali buyers are answered in (the team's setting); set when the service is wired. */
    public DraftingService bengaliReplies(BengaliReplies setting) {
        this.bengaliReplies = java.util.Objects.requireNonNull(setting, "setting");
        return this;
    }

    @Override
    public DraftResult draft(String message, Marketplace marketplace) {
        return draft(message, marketplace, Map.of());
    }

    @Override
    public DraftResult draft(String message, Marketplace marketplace, Map<String, String> known) {
        return draft(message, marketplace, known, true);
    }

    /**
     * Runs the whole pipeline on built-in messages for up to {@code millis}, recording no gaps, so the JIT has
     * compiled the hot paths before the first agent pastes ({@link DraftWarmUp}). Returns how many drafts it made.
     */
    public int warmUp(long millis) {
        return warmUp(millis, () -> false);
    }

    /**
     * Like {@link #warmUp(long)}, but stands aside while {@code realWork} says real requests are being handled:
     * they warm the same paths, and on a small machine the warm-up would only compete with them for the CPU.
     */
    public int warmUp(long millis, java.util.function.BooleanSupplier realWork) {
        return DraftWarmUp.run(millis, realWork, (text, m) -> draft(text, m, Map.of(), false), this::ask);
    }

    private DraftResult draft(String message, Marketplace marketplace, Map<String, String> known, boolean recordGaps) {
        Marketplace m = marketplace == null || marketplace == Marketplace.ALL ? Marketplace.AMAZON : marketplace;
        ReadMessage read = reader.read(message);
        List<Notice> notes = new ArrayList<>();
        if (read.original().isBlank()) {
            notes.add(notices.get("empty"));
            return new DraftResult(m, Language.OTHER, null, 0, FoundEntities.NONE, List.of(), List.of(), notes);
        }
        if (read.isEmpty()) {
            notes.add(notices.get("only.quoted"));
            return new DraftResult(m, read.language(), null, 0, FoundEntities.NONE, List.of(), List.of(), notes);
        }
        if (read.truncated()) {
            notes.add(notices.get("truncated", MessageReader.MAX_BODY));
        }
        if (read.unwrapped()) {
            notes.add(notices.get("unwrapped"));
        }
        Language lang = read.language();
        FoundEntities entities = extractor.extract(read.body(), read.original(), m);
        if (sellerDrafts.isSellerDraft(read.body())) {
            CheckResult c = checker.check(read.body(), m);
            List<Topic> problems = c.findings().stream().map(f -> Topic.valueOf(f.category().name())).distinct()
                    .toList();
            notes.add(notices.get("seller.draft", m.id(), problems.isEmpty() ? c.verdict()
                    : Notice.of("notice.seller.draft.problems", c.verdict(), problems)));
        }
        NeighbourIndex index = view.index();
        if (index != null && index.size() == 0) {
            notes.add(notices.get("empty.kb"));
        }
        // The buyer's closing ("… Boleh ganti? TQ, Danial") is no part of what they ask: a polite thanks is not praise.
        ReadMessage asked = intents.withoutSignOff(read, entities.buyerName());
        // Thanks or praise before the real ask ("love the shop! but the lid came cracked") is not what the buyer asks.
        LabelClassifier.Ranking<Intent> ranking = intents.askBehindPraise(intents.rank(asked, entities, index),
                asked.body(), read.language(), index);
        Intent intent = ranking.top();
        double confidence = ranking.confidence();
        if (OnlyIds.test(read.body(), entities)) {
            intent = Intent.ORDER_STATUS;
            confidence = Math.max(confidence, 0.5);
            notes.add(notices.get("only.order.id"));
        } else if (intent == null && IntentReader.isQuestion(read.body())) {
            // A buyer question that names no problem (no delivery, damage, refund... cue) is, in practice, a question
            // about the product; answer it as one, clearly flagged as a guess.
            intent = Intent.PRODUCT_QUESTION;
            confidence = Math.min(confidence, IntentReader.LOW_CONFIDENCE / 2);
            notes.add(notices.get("low.confidence", intent));
        } else if (intent == null) {
            notes.add(notices.get("no.intent"));
        } else if (confidence < IntentReader.LOW_CONFIDENCE) {
            notes.add(notices.get("low.confidence", intent));
        }
        Map<String, String> values = new LinkedHashMap<>(known);
        values.putAll(entities.asPlaceholders());
        // Every {date} of a reply is the agent's fact (the carrier's estimate, the day a refund was issued); a day the
        // buyer names ("it was due on 12 November", "I sent it back on the 3rd") is never written in its place.
        values.remove(Entities.DATE);
        if (known.containsKey(Entities.DATE)) {
            values.put(Entities.DATE, known.get(Entities.DATE));
        }
        List<Draft> drafts = new ArrayList<>();
        List<PolicyNote> policies = List.of();
        if (intent != null) {
            // Only a message whose ranking already shows a second intent is split and classified part by part.
            Intent alsoAsked = intents.secondAsked(ranking, asked.body(), intent, lang, index);
            Intent second = alsoAsked != null ? alsoAsked : IntentReader.secondIntent(ranking, intent);
            drafts = new DraftBuilder(search, checker, filler, notices, this::feedbackScore)
                    .replyScript(bengaliReplies, read.romanized()).build(asked.searchText(),
                    lang, m, intent, second, alsoAsked != null, index, values, notes);
            policies = policyAnswers.notesFor(intent, lang, m);
        }
        double best = drafts.isEmpty() ? 0 : drafts.get(0).score();
        if (recordGaps) {
            gaps.recordIfWeak(read, entities, intent, confidence, m, lang, drafts.size(), best);
        }
        return new DraftResult(m, lang, intent, round(confidence), entities, drafts, policies, notes);
    }

    private double feedbackScore(String entryId) {
        try {
            return entries == null ? 0 : entries.feedbackScore(entryId);
        } catch (RuntimeException e) {
            return 0; // usage statistics are a nudge; failing to read them must not cost the agent the drafts
        }
    }

    /**
     * The intent the drafting classifier gives {@code text} (a buyer question, or a reply being saved as knowledge),
     * or empty when it cannot tell. Records no gap.
     */
    public java.util.Optional<Intent> guessIntent(String text) {
        return intents.guess(text, view.index());
    }

    /** Answers for the marketplace the question names, else for {@code marketplace} (the chat's). */
    @Override
    public AskResult ask(String question, Marketplace marketplace) {
        java.util.Optional<Marketplace> named = MarketplaceMention.in(question);
        Marketplace m = named.orElse(marketplace == null || marketplace == Marketplace.ALL ? Marketplace.AMAZON
                : marketplace);
        AskResult r = policyAnswers.ask(question, m);
        return new AskResult(r.marketplace(), r.language(), r.answers(), r.notices(), named.isPresent());
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
