package com.replyguard.policy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.policy.CheckResult;
import com.replyguard.policy.Finding;
import com.replyguard.policy.Rewrite;
import com.replyguard.policy.Verdict;
import com.replyguard.policy.analysis.Language;
import com.replyguard.policy.analysis.TextAnalysis;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fixes are tested like the rules: every built-in rule with a fix carries a fix example in each of en, bn and ms
 * that it checks, and each example's fixed draft is exactly the one stated, passes the checker, and keeps every
 * character outside the rewritten sentence.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RuleFixExamplesTest {
    private final RuleChecker checker = RulePacks.loadChecker(new TextAnalysis(), List.of());

    Stream<Arguments> rulesAndLanguages() {
        List<Arguments> out = new ArrayList<>();
        for (Rule rule : checker.rules()) {
            if (rule.isException()) {
                continue;
            }
            for (Language l : RuleLoader.UI_LANGUAGES) {
                if (rule.languages().contains(l)) {
                    out.add(Arguments.of(rule.id() + " " + l.code(), rule, l));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rulesAndLanguages")
    void everyFixHasAnExamplePerLanguageThatPassesAndKeepsTheRest(String name, Rule rule, Language language) {
        assertNotNull(rule.fix(), () -> rule.file() + " has no fix: every built-in rule needs one");
        List<Example> mine = rule.fixExamples().stream()
                .filter(e -> checker.check(e.text(), e.marketplace()).language() == language).toList();
        assertFalse(mine.isEmpty(), () -> rule.file() + " has no fix example in " + language.code());
        for (Example e : mine) {
            CheckResult result = checker.check(e.text(), e.marketplace());
            List<Finding> own = result.findings().stream().filter(f -> f.rule().equals(rule.id())).toList();
            assertTrue(own.stream().anyMatch(f -> f.start() == e.start() && f.end() == e.end()),
                    () -> "line " + e.line() + ": expected the rule at the marked part, got " + result.findings());
            Rewrite rewrite = result.rewriteOf(e.start(), e.end());
            assertNotNull(rewrite, () -> "line " + e.line() + ": no fix offered for " + e.text());
            assertEquals(e.fixed(), result.fixed(), () -> "line " + e.line());
            assertEquals(Verdict.OK, checker.check(result.fixed(), e.marketplace()).verdict(), result.fixed());
            String before = e.text().substring(0, rewrite.start()).stripTrailing();
            String after = e.text().substring(rewrite.end()).stripLeading();
            assertTrue(result.fixed().startsWith(before), () -> "text before the sentence changed: " + result.fixed());
            assertTrue(result.fixed().endsWith(after), () -> "text after the sentence changed: " + result.fixed());
            for (Rewrite r : result.rewrites()) {
                Rule by = checker.rules().stream().filter(x -> x.id().equals(r.rule())).findFirst().orElseThrow();
                // a rewrite is the rule's wording in the draft's language, its captures filled from the sentence
                assertTrue(r.replacement().isEmpty() || !by.rewritesSentence() || result.findings().stream()
                        .anyMatch(f -> f.rule().equals(r.rule()) && r.replacement().equals(f.fix())
                                && sameWording(by, language, e, r)), () -> "not in " + language + ": " + r);
            }
        }
        if (rule.capturesFrom(language)) {
            // A wording that can keep what the sentence named shows it in an example of its own language.
            assertTrue(mine.stream().anyMatch(e -> {
                String named = rule.fix(language, e.marketplace(),
                        Captures.of(e.text().substring(e.start(), e.end()), language));
                return !named.equals(rule.fix(language, e.marketplace()))
                        && checker.check(e.text(), e.marketplace()).fixed().contains(named);
            }), () -> rule.file() + ": no " + language.code()
                    + " fix example keeps what the sentence named (its order number or item)");
        }
    }

    /** Whether {@code r} is the rule's wording in {@code language} with its captures filled from the sentence it replaced. */
    private static boolean sameWording(Rule rule, Language language, Example e, Rewrite r) {
        int[] sentence = Draft.split(e.text()).stream().filter(x -> r.start() >= x[0] && r.start() < x[1])
                .findFirst().orElseThrow();
        String named = e.text().substring(sentence[0], Math.max(sentence[1], r.end()));
        return r.replacement().equals(rule.fix(language, e.marketplace(), Captures.of(named, language)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rulesAndLanguages")
    void everyReasonIsWordedInEachLanguageOfTheBot(String name, Rule rule, Language language) {
        for (Language ui : EnumSet.of(Language.EN, Language.BN, Language.MS)) {
            assertTrue(rule.messages().containsKey(ui), rule.id() + " has no " + ui.code() + " message");
        }
        assertTrue(rule.message(Language.BN).codePoints().anyMatch(c -> c >= 0x0980 && c <= 0x09FF),
                rule.id() + ": the Bengali message is in Bengali script");
        assertFalse(rule.message(Language.MS).equals(rule.message(Language.EN)), rule.id() + ": Malay differs");
    }
}
