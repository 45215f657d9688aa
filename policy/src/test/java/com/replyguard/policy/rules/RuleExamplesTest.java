package com.replyguard.policy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.policy.CheckResult;
import com.replyguard.policy.Finding;
import com.replyguard.policy.analysis.TextAnalysis;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example embedded in every built-in rule: a bad example gives the rule's finding at the marked offsets and
 * applying the rule's fix makes it go away; a good example gives no finding from the rule. For an exception rule the
 * "rule" is whichever rule it suppresses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RuleExamplesTest {
    private final RuleChecker checker = RulePacks.loadChecker(new TextAnalysis(), List.of());

    Stream<Arguments> examples() {
        List<Arguments> out = new ArrayList<>();
        for (Rule rule : checker.rules()) {
            for (Example e : rule.bad()) {
                out.add(Arguments.of(rule.id() + " bad line " + e.line(), rule, e));
            }
            for (Example e : rule.good()) {
                out.add(Arguments.of(rule.id() + " good line " + e.line(), rule, e));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleBehavesAsMarked(String name, Rule rule, Example example) {
        Predicate<Finding> fromRule = rule.kind() instanceof RuleKind.Exception ex
                ? f -> ex.covers(f.rule(), f.category())
                : f -> f.rule().equals(rule.id());
        CheckResult result = checker.check(example.text(), example.marketplace());
        List<Finding> mine = result.findings().stream().filter(fromRule).toList();
        if (!example.bad()) {
            assertTrue(mine.isEmpty(), () -> "good example flagged: " + mine);
            return;
        }
        assertTrue(mine.stream().anyMatch(f -> f.start() == example.start() && f.end() == example.end()),
                () -> "expected a finding at [" + example.start() + "," + example.end() + ") \""
                        + example.text().substring(example.start(), example.end()) + "\" but got " + mine);
        if (result.rewriteOf(example.start(), example.end()) != null) {
            String fixed = result.fixed();
            List<Finding> again = checker.check(fixed, example.marketplace()).findings().stream()
                    .filter(fromRule).toList();
            assertTrue(again.isEmpty(), () -> "the fix did not remove the finding: \"" + fixed + "\" " + again);
            if (example.fixed() != null) {
                assertEquals(example.fixed(), fixed);
            }
        }
    }

    @Test
    void ruleIdsComeFromPathsAndAreUnique() {
        List<String> ids = checker.rules().stream().map(Rule::id).toList();
        assertEquals(ids.size(), ids.stream().distinct().count());
        assertTrue(ids.contains("common.link"));
        assertTrue(ids.contains("amazon.important-tag"));
        for (Rule r : checker.rules()) {
            assertTrue(r.file().endsWith(r.id().replace('.', '/') + ".yaml"), r.file());
        }
    }
}
