package com.replyguard.policy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.policy.CheckResult;
import com.replyguard.policy.analysis.TextAnalysis;
import com.replyguard.policy.learn.Corpus;
import com.replyguard.policy.learn.LabelledCase;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the build precomputes for start-up (packed rule trees, phrase terms, synonym maps) changes no finding: the
 * shipped checker and one built from the source files alone give equal results on every labelled draft of the corpus.
 */
class PrecomputedFindingsTest {
    @Test
    void everyCorpusDraftGetsTheSameResultWithAndWithoutThePrecomputedFiles() throws IOException {
        List<LabelledCase> cases = Corpus.readDir(Path.of("corpus"));
        assertTrue(cases.size() > 5000, "corpus: " + cases.size());
        RuleChecker shipped = RulePacks.loadChecker(new TextAnalysis(), List.of());
        RuleChecker fromFiles = RulePacks.loadChecker(TextAnalysis.recordingTerms(), List.of());
        int findings = 0;
        for (LabelledCase c : cases) {
            CheckResult want = fromFiles.check(c.text(), c.marketplace());
            CheckResult got = shipped.check(c.text(), c.marketplace());
            assertEquals(want, got, c.id());
            findings += got.findings().size();
        }
        assertTrue(findings > 1000, "findings: " + findings);
    }
}
