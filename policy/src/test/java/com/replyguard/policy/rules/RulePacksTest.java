package com.replyguard.policy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.policy.CheckResult;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.Verdict;
import com.replyguard.policy.analysis.TextAnalysis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulePacksTest {
    private static final String TEAM_RULE = """
            kind: phrase
            marketplaces: [amazon]
            category: MARKETING
            severity: warn
            message: Our team does not mention the loyalty club in buyer messages.
            source: "Team handbook, section 4"
            fix: ""
            patterns:
              - "loyalty club|kelab setia"
            examples:
              bad:
                - "[[Join the loyalty club today.]]"
              good:
                - "Your parcel is on its way."
            """;

    private final TextAnalysis analysis = new TextAnalysis();

    @TempDir
    Path tmp;

    @Test
    void aTeamFolderAddsRulesWithoutRebuilding() throws IOException {
        Path team = Files.createDirectories(tmp.resolve("acme-rules"));
        Files.writeString(team.resolve("no-club.yaml"), TEAM_RULE);
        RuleChecker checker = RulePacks.loadChecker(analysis, List.of(team));
        assertTrue(checker.rules().stream().anyMatch(r -> r.id().equals("acme-rules.no-club")));
        // (an invitation to join it is built-in marketing now; a mention is only the team's concern)
        CheckResult r = checker.check("The loyalty club card is inside the box.", Marketplace.AMAZON);
        assertEquals(Verdict.WARN, r.verdict());
        assertEquals("acme-rules.no-club", r.findings().get(0).rule());
        assertEquals(Verdict.OK, checker.check("The loyalty club card is inside the box.", Marketplace.EBAY).verdict());
    }

    @Test
    void aRuleWithoutGoodExamplesIsRefusedWithFileLineAndId() throws IOException {
        RuleFileException e = loadBroken(TEAM_RULE.replace("""
                  good:
                    - "Your parcel is on its way."
                """, ""));
        assertEquals("acme.rule", e.ruleId());
        assertTrue(e.getMessage().contains("good"), e.getMessage());
        assertTrue(e.file().endsWith("rule.yaml"), e.file());
    }

    @Test
    void aBadExampleWithoutMarkersIsRefused() throws IOException {
        RuleFileException e = loadBroken(TEAM_RULE.replace("[[Join the loyalty club today.]]", "Join the club."));
        assertEquals(12, e.line());
        assertTrue(e.getMessage().contains("[[ ]]"), e.getMessage());
    }

    @Test
    void anUnknownSeverityPointsAtItsLine() throws IOException {
        RuleFileException e = loadBroken(TEAM_RULE.replace("severity: warn", "severity: high"));
        assertEquals(4, e.line());
        assertTrue(e.getMessage().startsWith(e.file() + ":4: rule acme.rule: "), e.getMessage());
        assertTrue(e.getMessage().contains("'high'"), e.getMessage());
    }

    @Test
    void unknownFieldsKindsCategoriesAndBrokenYamlAreReported() throws IOException {
        assertTrue(loadBroken(TEAM_RULE.replace("fix:", "fixx:")).problem().contains("unknown field 'fixx'"));
        assertTrue(loadBroken(TEAM_RULE.replace("kind: phrase", "kind: regex")).problem().contains("regex"));
        assertTrue(loadBroken(TEAM_RULE.replace("MARKETING", "SPAM")).problem().contains("unknown category 'SPAM'"));
        assertTrue(loadBroken("kind: [phrase\n").problem().contains("not valid YAML"));
        assertTrue(loadBroken(TEAM_RULE.replace("\"loyalty club|kelab setia\"", "\"loyalty ... \""))
                .problem().contains("empty slot"));
    }

    @Test
    void aMissingFolderIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RulePacks.load(analysis, List.of(tmp.resolve("nope"))));
        assertTrue(e.getMessage().contains("rule folder not found"), e.getMessage());
    }

    @Test
    void aNamedListIsWrittenOnceAndUsedByEveryPatternThatNamesIt() throws IOException {
        String rule = TEAM_RULE.replace("""
                patterns:
                  - "loyalty club|kelab setia"
                """, """
                lists:
                  club: ["loyalty club", "kelab setia", "members club"]
                patterns:
                  - "join|sertai ... @club"
                  - "@club ... card|kad"
                """);
        Path team = Files.createDirectories(tmp.resolve("acme-lists"));
        Files.writeString(team.resolve("club.yaml"), rule);
        RuleChecker checker = RulePacks.loadChecker(analysis, List.of(team));
        for (String hit : List.of("Please join our members club.", "Sila sertai kelab setia kami.",
                "The members club card is in the box.")) {
            assertTrue(flagsClub(checker, hit), hit);
        }
        assertFalse(flagsClub(checker, "Please join the video call at noon."));
        assertFalse(flagsClub(checker, "The club is in the box."));
    }

    private static boolean flagsClub(RuleChecker checker, String text) {
        return checker.check(text, Marketplace.AMAZON).findings().stream()
                .anyMatch(f -> f.rule().equals("acme-lists.club"));
    }

    @Test
    void anUnknownListOrABadListIsRefusedAtItsLine() throws IOException {
        String unknown = TEAM_RULE.replace("\"loyalty club|kelab setia\"", "\"join ... @clubs\"");
        RuleFileException e = loadBroken(unknown);
        assertEquals(9, e.line());
        assertTrue(e.getMessage().contains("@clubs"), e.getMessage());
        RuleFileException empty = loadBroken(TEAM_RULE.replace("patterns:", "lists:\n  club: \"\"\npatterns:"));
        assertEquals(9, empty.line());
        RuleFileException name = loadBroken(TEAM_RULE.replace("patterns:", "lists:\n  9club: \"a|b\"\npatterns:"));
        assertTrue(name.getMessage().contains("9club"), name.getMessage());
    }

    @Test
    void unlessNotConceptsSetTheExcusesAsideAndAnUnknownOneIsRefused() throws IOException {
        String rule = TEAM_RULE.replace("""
                examples:
                """, """
                unless:
                  - "through amazon"
                unless_not: [SKIP_PLATFORM]
                examples:
                """);
        Path team = Files.createDirectories(tmp.resolve("acme-unless"));
        Files.writeString(team.resolve("club.yaml"), rule);
        RuleChecker checker = RulePacks.loadChecker(analysis, List.of(team));
        java.util.function.Predicate<String> flags = t -> checker.check(t, Marketplace.AMAZON).findings().stream()
                .anyMatch(f -> f.rule().equals("acme-unless.club"));
        assertTrue(flags.test("The loyalty club card is inside the box."));
        assertFalse(flags.test("The loyalty club is run through Amazon."), "the unless pattern excuses it");
        assertTrue(flags.test("Join the loyalty club by email rather than through Amazon."),
                "leaving the marketplace sets the excuse aside");
        RuleFileException e = loadBroken(rule.replace("[SKIP_PLATFORM]", "[SKIP_PLATFROM]"));
        assertTrue(e.getMessage().contains("SKIP_PLATFROM"), e.getMessage());
    }

    @Test
    void anExceptionMayReadTheSentenceBeforeAndSaysSoOnlyInRange() throws IOException {
        String exception = """
                kind: exception
                marketplaces: [amazon]
                suppresses: [acme.rule]
                sentences_before: 1
                message: A club the buyer already joined is theirs to mention.
                source: "Team handbook, section 5"
                patterns:
                  - "you joined"
                examples:
                  bad:
                    - "[[Join the loyalty club today.]]"
                  good:
                    - "Thanks, you joined last week. The loyalty club card is in the box."
                """;
        Path team = Files.createDirectories(tmp.resolve("acme"));
        Files.writeString(team.resolve("rule.yaml"), TEAM_RULE);
        Files.writeString(team.resolve("joined.yaml"), exception);
        RuleChecker checker = RulePacks.loadChecker(analysis, List.of(team));
        // the sentence before excuses the mention; two sentences before does not
        assertEquals(Verdict.OK, checker.check("Thanks, you joined last week. The loyalty club card is in the box.",
                Marketplace.AMAZON).verdict());
        assertEquals(Verdict.WARN, checker.check("Thanks, you joined last week. It rained. The loyalty club card is in "
                + "the box.", Marketplace.AMAZON).verdict());
        Files.writeString(team.resolve("joined.yaml"), exception.replace("sentences_before: 1", "sentences_before: 5"));
        RuleFileException e = assertThrows(RuleFileException.class, () -> RulePacks.load(analysis, List.of(team)));
        assertTrue(e.getMessage().contains("sentences_before"), e.getMessage());
    }

    private RuleFileException loadBroken(String yaml) throws IOException {
        Path team = Files.createDirectories(tmp.resolve("acme"));
        Files.writeString(team.resolve("rule.yaml"), yaml);
        return assertThrows(RuleFileException.class, () -> RulePacks.load(analysis, List.of(team)));
    }

    @Test
    void aBuiltInRuleMustWordItsMessageAndRewriteInEveryLanguage() {
        RuleLoader loader = new RuleLoader(analysis);
        String plain = TEAM_RULE;
        RuleFileException single = assertThrows(RuleFileException.class,
                () -> loader.load("rules/common/club.yaml", "common.club", plain, true));
        assertEquals(5, single.line());
        assertTrue(single.problem().contains("per language"), single.problem());
        String noMalay = TEAM_RULE.replace("message: Our team does not mention the loyalty club in buyer messages.", """
                message:
                  en: Do not mention the loyalty club.
                  bn: লয়্যালটি ক্লাবের কথা বলবেন না।""");
        RuleFileException missing = assertThrows(RuleFileException.class,
                () -> loader.load("rules/common/club.yaml", "common.club", noMalay, true));
        assertTrue(missing.problem().contains("no ms wording"), missing.problem());
        assertEquals("rules/common/club.yaml", missing.file());
        String withMalay = noMalay.replace("bn: লয়্যালটি ক্লাবের কথা বলবেন না।",
                "bn: লয়্যালটি ক্লাবের কথা বলবেন না।\n  ms: Jangan sebut kelab setia.");
        RuleFileException rewrite = assertThrows(RuleFileException.class, () -> loader.load("rules/common/club.yaml",
                "common.club", withMalay.replace("fix: \"\"", "fix:\n  en: Reply here.\n  ms: Balas di sini."), true));
        assertTrue(rewrite.problem().contains("'fix' has no bn wording"), rewrite.problem());
        Rule ok = loader.load("rules/common/club.yaml", "common.club", withMalay, true);
        assertEquals("Jangan sebut kelab setia.", ok.message(com.replyguard.policy.analysis.Language.MS));
    }

    @Test
    void aFixMayNameTheMarketplacesOrderPageAndNothingElse() throws IOException {
        String rule = TEAM_RULE.replace("fix: \"\"", "fix:\n  en: You can follow the parcel in {orders}.\n  examples: []");
        RuleChecker checker = RulePacks.loadChecker(analysis, List.of(write(rule)));
        CheckResult r = checker.check("Hi Sam. Join the loyalty club today. Best, Rina", Marketplace.AMAZON);
        assertEquals("Hi Sam. You can follow the parcel in Your Orders on Amazon. Best, Rina", r.fixed());
        RuleFileException unknown = loadBroken(rule.replace("{orders}", "{tracking}"));
        assertTrue(unknown.problem().contains("unknown placeholder {tracking}")
                && unknown.problem().contains("{orders}"), unknown.problem());
    }

    private Path write(String yaml) throws IOException {
        Path team = Files.createDirectories(tmp.resolve("acme"));
        Files.writeString(team.resolve("rule.yaml"), yaml);
        return team;
    }

    @Test
    void aTeamRuleInOneLanguageSpeaksEnglishEverywhere() throws IOException {
        Path team = Files.createDirectories(tmp.resolve("acme-rules"));
        Files.writeString(team.resolve("no-club.yaml"), TEAM_RULE);
        RuleChecker checker = RulePacks.loadChecker(analysis, List.of(team));
        Rule rule = checker.rules().stream().filter(r -> r.id().equals("acme-rules.no-club")).findFirst().orElseThrow();
        assertEquals(rule.message(), rule.message(com.replyguard.policy.analysis.Language.BN));
    }
}
