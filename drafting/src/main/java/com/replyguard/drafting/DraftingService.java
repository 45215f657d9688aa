package com.replyguard.drafting;

import com.replyguard.drafting.classify.CueLexicon;
import com.replyguard.drafting.classify.LabelClassifier;
import com.replyguard.drafting.classify.NeighbourIndex;
import com.replyguard.drafting.extract.EntityExtractor;
import com.replyguard.drafting.extract.FoundEntities;
import com.replyguard.drafting.read.MessageReader;
import com.replyguard.drafting.read.ReadMessage;
import com.replyguard.drafting.read.SellerDraftDetector;
import com.replyguard.knowledge.entry.Intent;
import com.replyguard.knowledge.entry.Kind;
import com.replyguard.knowledge.entry.Topic;
import com.replyguard.knowledge.gaps.Gap;
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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
    private static final double LOW_CONFIDENCE = 0.3;
    private static final double GAP_CONFIDENCE = 0.35;

    private final KnowledgeSearch search;
    private final GapLog gaps;
    private final ComplianceChecker checker;
    private final MessageReader reader;
    private final EntityExtractor extractor = new EntityExtractor();
    private final SellerDraftDetector sellerDrafts = new SellerDraftDetector();
    private final LabelClassifier<Intent> intents;
    private final KnowledgeView view;
    private final TemplateFiller filler = new TemplateFiller();
    private final PersonalDataMasker masker = new PersonalDataMasker();
    private final Notices notices = new Notices();
    private final PolicyAnswers policyAnswers;
    private final EntrySource entries;
    private final Clock clock;

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
        this.gaps = gaps;
        this.checker = checker;
        this.clock = clock;
        this.entries = entries;
        this.reader = new MessageReader(analysis.detector());
        this.view = new KnowledgeView(entries, analysis, backgroundRebuild);
        this.intents = new LabelClassifier<>(Intent.class, CueLexicon.load("intent-cues.tsv", names(Intent.values())),
                4.0);
        LabelClassifier<Topic> topics = new LabelClassifier<>(Topic.class,
                CueLexicon.load("topic-cues.tsv", names(Topic.values())), 4.0);
        this.policyAnswers = new PolicyAnswers(search, view, topics, reader, notices);
    }

    private static java.util.Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toSet());
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

    /** Buyer messages in each language that run every stage: extraction, classification, retrieval, checks. */
    private static final List<String> WARM_UP = List.of(
            "Hi, where is my parcel? Order 112-4567890-1234567, tracking 1Z999AA10123456784. Thanks, Maria",
            "The lamp arrived broken and the box was crushed. I want a refund please.",
            "You sent the wrong size, can I exchange it? Order 12-34567-89012",
            "Can you give me a discount if I leave 5 stars?",
            "আমার পার্সেল কোথায়? অর্ডার নম্বর ৩০৫১২৩৪৫৬৭৮৯০১২৩৪",
            "পণ্যটি ভাঙা এসেছে, টাকা ফেরত চাই",
            "Di mana bungkusan saya? Nombor penjejakan RR123456785MY",
            "Barang sampai rosak, saya mahu bayaran balik",
            "Boleh tukar saiz? Terima kasih, Aisyah");

    /**
     * Runs the whole pipeline on built-in messages for up to {@code millis}, recording no gaps, so the JIT has
     * compiled the hot paths before the first agent pastes (the bot's first replies after a start otherwise take
     * several times as long). Returns how many drafts it made.
     */
    public int warmUp(long millis) {
        return warmUp(millis, () -> false);
    }

    /**
     * Like {@link #warmUp(long)}, but stands aside while {@code realWork} says real requests are being handled:
     * they warm the same paths, and on a small machine the warm-up would only compete with them for the CPU.
     */
    public int warmUp(long millis, java.util.function.BooleanSupplier realWork) {
        long end = System.nanoTime() + millis * 1_000_000L;
        Marketplace[] markets = {Marketplace.AMAZON, Marketplace.EBAY, Marketplace.ALIEXPRESS};
        int n = 0;
        while (System.nanoTime() < end) {
            if (realWork.getAsBoolean()) {
                java.util.concurrent.locks.LockSupport.parkNanos(2_000_000L);
                continue;
            }
            String text = WARM_UP.get(n % WARM_UP.size());
            Marketplace m = markets[(n / WARM_UP.size()) % markets.length];
            draft(text, m, Map.of(), false);
            if (n % 4 == 0) {
                ask(text, m);
            }
            n++;
        }
        return n;
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
        String classified = withoutEntities(read.searchText(), entities.asPlaceholders());
        LabelClassifier.Ranking<Intent> ranking =
                intents.rank(classified, lang, index, Kind.REPLY, mixesEnglish(read));
        Intent intent = ranking.top();
        double confidence = ranking.confidence();
        if (OnlyIds.test(read.body(), entities)) {
            intent = Intent.ORDER_STATUS;
            confidence = Math.max(confidence, 0.5);
            notes.add(notices.get("only.order.id"));
        } else if (intent == null && isQuestion(read.body())) {
            // A buyer question that names no problem (no delivery, damage, refund... cue) is, in practice, a question
            // about the product; answer it as one, clearly flagged as a guess.
            intent = Intent.PRODUCT_QUESTION;
            confidence = Math.min(confidence, LOW_CONFIDENCE / 2);
            notes.add(notices.get("low.confidence", intent));
        } else if (intent == null) {
            notes.add(notices.get("no.intent"));
        } else if (confidence < LOW_CONFIDENCE) {
            notes.add(notices.get("low.confidence", intent));
        }
        Map<String, String> values = new LinkedHashMap<>(known);
        values.putAll(entities.asPlaceholders());
        List<Draft> drafts = new ArrayList<>();
        List<PolicyNote> policies = List.of();
        if (intent != null) {
            // Only a message whose ranking already shows a second intent is split and classified part by part.
            Intent asked = ranking.labels().size() < 2 || ranking.labels().get(1).score() < 0.25 * ranking.topScore()
                    ? null : secondAsked(read.body(), intent, lang, index);
            Intent second = asked != null ? asked : secondIntent(ranking, intent);
            drafts = new DraftBuilder(search, checker, filler, notices, this::feedbackScore)
                    .replyScript(bengaliReplies, read.romanized()).build(read.searchText(),
                    lang, m, intent, second, asked != null, index, values, notes);
            policies = policyAnswers.notesFor(intent, lang, m);
        }
        double best = drafts.isEmpty() ? 0 : drafts.get(0).score();
        if (recordGaps && (intent == null || confidence < GAP_CONFIDENCE || drafts.isEmpty() || best <= 0)) {
            recordGap(read, entities, intent, m, lang, best);
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

    /** Where a message asks a second thing: after a sentence end, or a joining "and"/"also" between questions. */
    private static final java.util.regex.Pattern CLAUSES = java.util.regex.Pattern.compile(
            "(?<=[?!।])\\s+|(?<=\\.)\\s+(?=\\p{L})|\\n+|,?\\s+(?:and also|and|also|plus|dan juga|dan|juga|ar|abar|আর|এবং)\\s+"
                    + "(?=(?:can|could|will|would|is|are|do|does|did|how|when|where|what|why|please|i|boleh|bila|"
                    + "bagaimana|macam|kenapa|saya|nak|কি|কবে|কিভাবে|কেন|আমি|ki|kobe|kivabe|keno|ami)\\b)",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);
    private static final double CLAUSE_CONFIDENCE = 0.3;

    /**
     * The other intent a message with two questions asks about ("where is my order, and can I change the
     * address?"): each part is classified alone, and a part confidently about another intent than the whole
     * message's main one names it. Null when the message asks one thing.
     */
    private Intent secondAsked(String body, Intent main, Language lang, NeighbourIndex index) {
        String[] parts = CLAUSES.split(body);
        if (parts.length < 2) {
            return null;
        }
        boolean mainAsked = false;
        Intent other = null;
        for (String part : parts) {
            if (part.strip().split("\\s+").length < 3) {
                continue;
            }
            ReadMessage r = reader.read(part);
            LabelClassifier.Ranking<Intent> rk = intents.rank(r.searchText(), lang, index, Kind.REPLY, mixesEnglish(r));
            if (rk.top() == null || rk.confidence() < CLAUSE_CONFIDENCE) {
                continue;
            }
            Intent i = rk.top();
            if (i == main) {
                mainAsked = true;
            } else if (other == null && i != Intent.PRAISE) {
                other = i; // a closing "thanks so much, love the shop" is not a second question
            }
        }
        return mainAsked ? other : null;
    }

    private static Intent secondIntent(LabelClassifier.Ranking<Intent> ranking, Intent first) {
        if (ranking.labels().size() < 2 || ranking.confidence() > 0.8) {
            return null;
        }
        LabelClassifier.Scored<Intent> s = ranking.labels().get(1);
        return s.score() >= 0.5 * ranking.topScore() && s.label() != first ? s.label() : null;
    }

    private void recordGap(ReadMessage read, FoundEntities entities, Intent intent, Marketplace m,
                           Language lang, double best) {
        if (gaps == null) {
            return;
        }
        try {
            gaps.record(new Gap(masker.mask(read.body(), entities), intent == null ? null : intent.name(), m,
                    lang.code(), best, clock.instant()));
        } catch (RuntimeException e) {
            // A gap that cannot be stored must not cost the agent the drafts; the store logs its own failures.
        }
    }

    /**
     * The intent the drafting classifier gives {@code text} (a buyer question, or a reply being saved as knowledge),
     * or empty when it cannot tell. Records no gap.
     */
    public java.util.Optional<Intent> guessIntent(String text) {
        ReadMessage read = reader.read(text == null ? "" : text);
        if (read.isEmpty()) {
            return java.util.Optional.empty();
        }
        LabelClassifier.Ranking<Intent> ranking = intents.rank(read.searchText(), read.language(), view.index(),
                Kind.REPLY, mixesEnglish(read));
        return java.util.Optional.ofNullable(ranking.top());
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

    /** The text with ids, names, amounts and dates blanked: they say nothing about intent and dilute neighbours. */
    private static String withoutEntities(String body, Map<String, String> entities) {
        String text = body;
        for (Map.Entry<String, String> e : entities.entrySet()) {
            // the carrier and the product are words of the message, kept for the classifier
            if (!e.getKey().equals("carrier") && !e.getKey().equals("product") && e.getValue().length() >= 2) {
                text = text.replace(e.getValue(), " ");
            }
        }
        return text;
    }

    /** True for a Bengali or Malay message with English words in it (romanized Bengali always may have them). */
    private boolean mixesEnglish(ReadMessage read) {
        if (read.language() == Language.EN || read.language() == Language.OTHER) {
            return false;
        }
        for (String w : read.body().split("[^A-Za-z]+")) {
            if (w.length() > 2 && reader.phonetic().isKeptWord(w)) {
                return true;
            }
        }
        return false;
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** True when the message asks something: a question mark (Latin, Arabic or full-width) at the end of a sentence. */
    static boolean isQuestion(String body) {
        String t = body.strip();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if ((c == '?' || c == '\uFF1F' || c == '\u061F') && (i == t.length() - 1 || !Character.isLetterOrDigit(t.charAt(i + 1)))) {
                return true;
            }
        }
        return false;
    }
}
