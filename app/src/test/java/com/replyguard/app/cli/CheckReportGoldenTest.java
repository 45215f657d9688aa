package com.replyguard.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.replyguard.bot.core.Messages;
import com.replyguard.bot.testing.Golden;
import com.replyguard.policy.CheckResult;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;
import com.replyguard.policy.analysis.TextAnalysis;
import com.replyguard.policy.rules.RuleChecker;
import com.replyguard.policy.rules.RulePacks;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The CLI's check report, as text and as JSON, for the golden drafts (see {@link Golden}). */
class CheckReportGoldenTest {
    private static final RuleChecker CHECKER = RulePacks.loadChecker(new TextAnalysis(), java.util.List.of());
    private final Messages messages = new Messages();
    private final ObjectMapper mapper = CheckJson.mapper();

    static Stream<String> drafts() {
        return Golden.DRAFTS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("drafts")
    void textReportInTheDraftsLanguage(String name) {
        String text = Golden.draft(name);
        Golden.assertMatches(name, "cli", text(text, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("drafts")
    void jsonKeepsEveryOccurrenceAndAddsTheGroups(String name) throws Exception {
        String text = Golden.draft(name);
        CheckResult r = CHECKER.check(text, Marketplace.AMAZON);
        ObjectNode node = CheckJson.result(mapper, null, text, r, null);
        Golden.assertMatches(name, "json", mapper.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n");
        JsonNode back = mapper.readTree(CheckJson.write(mapper, node));
        assertEquals(r.findings().size(), back.get("findings").size());
        int listed = 0;
        for (JsonNode g : back.get("groups")) {
            listed += g.get("occurrences").size();
        }
        assertEquals(r.findings().size(), listed, "every occurrence belongs to exactly one group");
    }

    @Test
    void langChoosesTheReportLanguageOverTheDrafts() {
        String text = Golden.draft("bn-several");
        String english = text(text, Language.EN);
        String bengali = text(text, null);
        assertTrue(english.contains("main problem:"), english);
        assertTrue(bengali.contains("মূল সমস্যা:"), bengali);
        Golden.assertMatches("bn-several", "cli-lang-en", english);
    }

    @Test
    void repeatedViolationsGiveOneRewriteAndOneEntryPerSentence() {
        String text = Golden.draft("en-repeated");
        CheckResult r = CHECKER.check(text, Marketplace.AMAZON);
        assertEquals(36, r.findings().size());
        assertEquals("Hi Sam, sorry for the wait. Please reply to this message and we'll sort it out here. Thanks, Rina",
                r.fixed());
        CheckResult same = CHECKER.check(Golden.draft("en-same-sentence"), Marketplace.AMAZON);
        assertEquals(1, same.groups(Golden.draft("en-same-sentence")).size(), "one sentence, one rule: one entry");
    }

    @Test
    void rewritesKeepTheOrderAndTheItemAndAThanksOnlyMessageIsNotSent() throws Exception {
        CheckResult named = CHECKER.check(Golden.draft("en-captures"), Marketplace.AMAZON);
        assertTrue(named.fixed().contains("returns for the lamp (order 123-4567890-1234567) go through Your Orders")
                && named.fixed().contains("an honest review of the blender would help"), named.fixed());
        String thanks = Golden.draft("en-thanks-only");
        CheckResult r = CHECKER.check(thanks, Marketplace.AMAZON);
        assertTrue(r.fixed() == null && r.leavesNothing(), String.valueOf(r.fixed()));
        JsonNode json = CheckJson.result(mapper, null, thanks, r, null);
        assertEquals("dont_send", json.get("groups").get(0).get("fix_status").asText());
        assertTrue(json.get("fixed").isNull());
        assertTrue(text(thanks, null).contains("need not be sent"), text(thanks, null));
        assertTrue(text(thanks, Language.MS).contains("tidak perlu dihantar"), text(thanks, Language.MS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("drafts")
    void colourMarksExactlyWhatTheBracketsMark(String name) {
        String text = Golden.draft(name);
        String plain = text(text, null);
        String coloured = text(text, null, true);
        int marks = plain.split("\\[\\[", -1).length - 1;
        assertEquals(marks, coloured.split("\u001b\\[4;31m", -1).length - 1, coloured);
        assertTrue(!coloured.contains("[[") && !coloured.contains("]]"), coloured);
        assertEquals(plain.replace("[[", "").replace("]]", ""), coloured.replaceAll("\u001b\\[[0-9;]*m", ""),
                "the same report, only marked differently");
    }

    private String text(String text, Language lang) {
        return text(text, lang, false);
    }

    private String text(String text, Language lang, boolean colour) {
        StringWriter out = new StringWriter();
        new CheckReport(colour, messages, lang).print(text, CHECKER.check(text, Marketplace.AMAZON),
                new PrintWriter(out, true));
        return out.toString();
    }
}
