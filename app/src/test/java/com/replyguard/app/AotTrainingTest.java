package com.replyguard.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.replyguard.policy.CheckResult;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.Verdict;
import com.replyguard.policy.analysis.Language;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The AOT cache's training drafts cover every language's path, each with something the checker finds. */
class AotTrainingTest {
    @TempDir
    Path dir;

    @Test
    void theTrainingDraftsAreInEnglishBengaliAndMalayAndEachIsFlagged() {
        List<Language> languages = new ArrayList<>();
        try (Composition parts = new Composition(dir, List.of())) {
            for (String draft : AotTraining.DRAFTS) {
                CheckResult r = parts.checker().check(draft, Marketplace.AMAZON);
                languages.add(r.language());
                assertEquals(Verdict.BLOCK, r.verdict(), draft);
            }
        }
        assertEquals(List.of(Language.EN, Language.BN, Language.MS), languages);
    }
}
