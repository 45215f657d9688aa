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
    /**
     * The training gives the launcher's empty knowledge.db a reports table with an approved false alarm that the
     * check's allowance read finds (so its query is trained), and leaves any other file alone.
     */
    @Test
    void theTrainingDatabaseHasAnApprovedFalseAlarmAndARealOneIsLeftAlone() throws Exception {
        Path db = dir.resolve("knowledge.db");
        java.nio.file.Files.write(db, new byte[0]);
        AotTraining.seedReports(db);
        assertEquals(List.of(new com.replyguard.policy.rules.Allowance("common.overpromise", "We are open 24/7.")),
                com.replyguard.knowledge.reports.TeamReports.allowancesIn(db));
        Path other = dir.resolve("other.db");
        byte[] content = "not empty".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.nio.file.Files.write(other, content);
        AotTraining.seedReports(other);
        assertEquals(new String(content, java.nio.charset.StandardCharsets.UTF_8), java.nio.file.Files.readString(other));
    }
}
