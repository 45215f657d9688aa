package com.replyguard.knowledge.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.knowledge.KnowledgeBase;
import com.replyguard.knowledge.TestEntries;
import com.replyguard.policy.Category;
import com.replyguard.policy.CheckResult;
import com.replyguard.policy.Finding;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.Severity;
import com.replyguard.policy.analysis.TextAnalysis;
import com.replyguard.policy.learn.LabelledCase;
import com.replyguard.policy.rules.RuleChecker;
import com.replyguard.policy.rules.RulePacks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Retraining from the team's reports on a small hand-written base (a made-up word, "zorbify", as an off-platform
 * request): one approved miss more and the category is learned and swapped into the shared checker; an approved
 * false alarm is a rule exception before the retrain ends; the data directory's model is written safely, read at
 * start-up, retrained when older than the newest approval, and a damaged one falls back to the built-in model.
 */
class ModelRetrainerTest {
    static final TextAnalysis ANALYSIS = new TextAnalysis();
    static RuleChecker rules;
    static final String PROBE = "Kindly zorbify the order once it reaches you.";
    static final String MODEL_RULE = "model.off-platform";

    @TempDir
    Path tmp;
    Path data;
    KnowledgeBase kb;
    LiveChecker live;
    final List<ModelRetrainer> retrainers = new ArrayList<>();

    @BeforeAll
    static void loadRules() {
        rules = RulePacks.loadChecker(ANALYSIS, List.of()).withModel(null); // rules alone: the base is ours
    }

    @BeforeEach
    void open() {
        data = tmp.resolve("data");
        kb = KnowledgeBase.open(data, ANALYSIS, TestEntries.starsChecker(), KnowledgeBase.Options.empty());
        live = new LiveChecker(rules);
    }

    @AfterEach
    void close() throws InterruptedException {
        for (ModelRetrainer r : retrainers) {
            r.awaitIdle(Duration.ofMinutes(2));
            r.close();
        }
        kb.close();
    }

    /** Seven off-platform "zorbify" requests (one short of what the trainer needs to learn a category) and clean texts. */
    static List<LabelledCase> base() {
        List<String> bad = List.of("Please zorbify the parcel when it arrives.",
                "Could you zorbify your order for us today?", "We need you to zorbify the item first.",
                "Just zorbify it and we will sort the rest.", "Zorbify the package and tell us when done.",
                "You can zorbify the purchase through our side.", "Remember to zorbify the box, thanks.");
        List<String> clean = List.of("Your parcel left our warehouse today.", "The tracking number is on the order page.",
                "Sorry for the delay, the courier is running late.", "Your refund was issued through the order.",
                "Thanks for letting us know about the scratch.", "We will send a replacement through the marketplace.",
                "The item should arrive by Friday.", "Please check the size chart on the listing.",
                "You can return it from Your Orders.", "The battery lasts about ten hours.",
                "We are sorry the colour is not what you expected.", "The invoice is available in your account.",
                "Your address was updated before dispatch.", "Customs fees are shown at checkout.",
                "The missing screws are on their way.", "We checked the photo and agree it is damaged.",
                "Delivery usually takes three to five days.", "The parcel was handed to the courier this morning.",
                "We have cancelled the order as you asked.", "The charger is included in the box.",
                "Please allow two days for the refund to show.", "The strap fits wrists up to twenty centimetres.",
                "We reship damaged items at no cost.", "Your order is packed and ready to go.",
                "The manual is printed in English and Malay.", "The courier will call before delivery.",
                "Thank you for your patience while we checked.", "The replacement has the tracking number attached.",
                "It is machine washable at thirty degrees.", "We can offer a partial refund through the order.");
        List<LabelledCase> out = new ArrayList<>();
        for (int i = 0; i < bad.size(); i++) {
            out.add(new LabelledCase("b" + i, Marketplace.AMAZON, "en", "formal", bad.get(i),
                    Set.of(Category.OFF_PLATFORM), Set.of(), "test", "train"));
        }
        for (int i = 0; i < clean.size(); i++) {
            out.add(new LabelledCase("c" + i, Marketplace.AMAZON, "en", "formal", clean.get(i), Set.of(), Set.of(),
                    "test", "train"));
        }
        return out;
    }

    ModelRetrainer retrainer(LiveChecker checker, java.util.concurrent.Callable<List<LabelledCase>> base) {
        ModelRetrainer r = new ModelRetrainer(data, ANALYSIS, checker, kb.reports(), base);
        retrainers.add(r);
        return r;
    }

    static boolean flags(CheckResult r, String rule) {
        return r.findings().stream().anyMatch(f -> f.rule().equals(rule));
    }

    @Test
    void anApprovedMissIsLearnedByTheBackgroundRetrainAndSwappedIntoTheSharedChecker() throws Exception {
        ModelRetrainer retrainer = retrainer(live, ModelRetrainerTest::base);
        assertFalse(flags(live.check(PROBE, Marketplace.AMAZON), MODEL_RULE), "no rule knows the word");

        ModelRetrainer.Outcome baseOnly = retrainer.retrainNow();
        assertEquals(0, baseOnly.teamCases());
        assertFalse(flags(live.check(PROBE, Marketplace.AMAZON), MODEL_RULE), "seven examples are too few to learn");

        Report miss = kb.reports().missed(Category.OFF_PLATFORM, Marketplace.AMAZON, "en",
                "Please zorbify the parcel for us before Friday.", "tg:1001");
        Report approved = kb.reports().approve(miss.id(), "tg:1002");
        CompletableFuture<ModelRetrainer.Outcome> run = retrainer.approved(approved);
        ModelRetrainer.Outcome outcome = run.get(2, TimeUnit.MINUTES);
        assertEquals(1, outcome.teamCases());
        assertEquals(base().size() + 1, outcome.cases());

        CheckResult after = live.check(miss.text(), Marketplace.AMAZON);
        Finding f = after.findings().stream().filter(x -> x.rule().equals(MODEL_RULE)).findFirst()
                .orElseThrow(() -> new AssertionError("the retrained model blocks it: " + after.findings()));
        assertEquals(Category.OFF_PLATFORM, f.category());
        assertEquals(Severity.BLOCK, f.severity(), "the reported draft now blocks");
        assertTrue(flags(live.check(PROBE, Marketplace.AMAZON), MODEL_RULE), "and so does another wording");
        assertFalse(flags(live.check("Your parcel is on its way and arrives Friday.", Marketplace.AMAZON),
                MODEL_RULE), "clean text stays clean");

        Path file = ModelRetrainer.modelFile(data);
        assertEquals(outcome.file(), file);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
        try (Stream<Path> left = Files.list(file.getParent())) {
            assertEquals(List.of(file), left.toList(), "no temporary file is left behind");
        }

        // The next process reads the written model at start-up: no retrain needed for the same checks.
        LiveChecker next = new LiveChecker(rules);
        assertTrue(ModelRetrainer.loadInto(next, data));
        assertTrue(flags(next.check(PROBE, Marketplace.AMAZON), MODEL_RULE));
    }

    @Test
    void anApprovedFalseAlarmIsARuleExceptionBeforeTheRetrainEnds() throws Exception {
        String draft = "Hi Sarah, your parcel left today. Our team answers 24/7 through Amazon messages.";
        CheckResult before = live.check(draft, Marketplace.AMAZON);
        Finding alarm = before.findings().stream().filter(x -> x.rule().equals("common.overpromise")).findFirst()
                .orElseThrow(() -> new AssertionError("the rule flags 24/7: " + before.findings()));

        CountDownLatch trainingMayStart = new CountDownLatch(1);
        ModelRetrainer retrainer = retrainer(live, () -> {
            trainingMayStart.await(2, TimeUnit.MINUTES); // a retrain that takes as long as we like
            return base();
        });
        Report report = kb.reports().falseAlarm(alarm.rule(), alarm.category(), Marketplace.AMAZON, "en",
                alarm.excerpt(), "tg:1001");
        CompletableFuture<ModelRetrainer.Outcome> run = retrainer.approved(kb.reports().approve(report.id(), "tg:1002"));

        assertFalse(run.isDone(), "the retrain is still waiting");
        assertFalse(flags(live.check(draft, Marketplace.AMAZON), "common.overpromise"),
                "the exception applies at once");
        assertTrue(flags(live.check("It will never break, guaranteed for life.", Marketplace.AMAZON),
                "common.overpromise"), "the rule still flags other text");
        trainingMayStart.countDown();
        run.get(2, TimeUnit.MINUTES);
        assertFalse(flags(live.check(draft, Marketplace.AMAZON), "common.overpromise"),
                "the exception survives the model swap");
        assertTrue(live.usesTeamModel());
    }

    @Test
    void atStartUpADamagedModelFallsBackToTheBuiltInOneAndAnOutdatedOneIsRetrained() throws Exception {
        Path file = ModelRetrainer.modelFile(data);
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[] {1, 2, 3, 4, 5});
        assertFalse(ModelRetrainer.loadInto(live, data), "a damaged file is not used");
        assertFalse(live.usesTeamModel());
        ModelRetrainer retrainer = retrainer(live, ModelRetrainerTest::base);
        assertFalse(retrainer.refresh(), "nothing approved: the built-in model is right, nothing to train");
        assertFalse(live.usesTeamModel());

        Report miss = kb.reports().missed(Category.OFF_PLATFORM, Marketplace.AMAZON, "en",
                "Please zorbify the parcel for us before Friday.", "tg:1001");
        kb.reports().approve(miss.id(), "tg:1002");
        assertTrue(retrainer.refresh(), "approved reports and a damaged model: retrain");
        assertTrue(retrainer.awaitIdle(Duration.ofMinutes(2)));
        assertTrue(live.usesTeamModel());
        assertTrue(flags(live.check(PROBE, Marketplace.AMAZON), MODEL_RULE));
        assertFalse(retrainer.refresh(), "the model is as new as the newest approval");

        // Another process (the command line) approved something after this model was trained.
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        assertTrue(retrainer.refresh(), "a model older than the newest approval is retrained");
        assertTrue(retrainer.awaitIdle(Duration.ofMinutes(2)));
        assertFalse(retrainer.refresh());

        // A model written by another process is picked up without training.
        LiveChecker other = new LiveChecker(rules);
        ModelRetrainer otherRetrainer = retrainer(other, () -> {
            throw new AssertionError("must not train");
        });
        assertFalse(otherRetrainer.refresh());
        assertTrue(other.usesTeamModel());
        assertTrue(flags(other.check(PROBE, Marketplace.AMAZON), MODEL_RULE));
    }
}
