package com.replyguard.drafting;

import static com.replyguard.drafting.InMemoryKnowledge.reply;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.knowledge.entry.Intent;
import com.replyguard.policy.CheckResult;
import com.replyguard.policy.ComplianceChecker;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.Verdict;
import com.replyguard.policy.analysis.Language;
import com.replyguard.policy.analysis.TextAnalysis;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Romanized Bengali buyers get Bengali-script replies by default, romanized ones when the team's knowledge has them
 * for the intent or the team's setting says so (when it has none, the Bengali-script reply written in Latin letters,
 * with a notice); Bengali-script buyers get script.
 */
class BengaliRepliesTest {
    private static final TextAnalysis ANALYSIS = new TextAnalysis();
    private static final ComplianceChecker OK = (text, m) -> new CheckResult(m, Language.BN, Verdict.OK,
            java.util.List.of(), null);
    private static final String ROMANIZED_MESSAGE = "amar order ekhono ase nai, kobe pabo?";
    private static final String SCRIPT_MESSAGE = "আমার অর্ডার এখনো আসেনি, কবে পাবো?";

    private static InMemoryKnowledge script() {
        return new InMemoryKnowledge()
                .add(reply("status-bn", Marketplace.ALL, Language.BN, Intent.ORDER_STATUS,
                        "প্রিয় {buyer_name}, আপনার অর্ডারটি পথে আছে। শীঘ্রই পৌঁছে যাবে।", "আমার অর্ডার কোথায়?",
                        "অর্ডার কবে পাবো?"))
                .add(reply("damaged-bn-latin", Marketplace.ALL, Language.BN, Intent.DAMAGED_OR_DEFECTIVE,
                        "Hi {buyer_name}, dukkhito je jinishta bhanga eseche. Ekta chobi pathan.", "jinish bhanga"));
    }

    private static InMemoryKnowledge both() {
        return script().add(reply("status-bn-latin", Marketplace.ALL, Language.BN, Intent.ORDER_STATUS,
                "Hi {buyer_name}, apnar order ta pothe ache. Khub taratari pouche jabe.", "amar order kothay?",
                "order kobe pabo?"));
    }

    private static DraftResult draft(InMemoryKnowledge kb, BengaliReplies setting, String message) {
        DraftingService service = new DraftingService(kb, kb, kb, OK, ANALYSIS,
                Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC)).bengaliReplies(setting);
        DraftResult r = service.draft(message, Marketplace.AMAZON);
        assertEquals(Intent.ORDER_STATUS, r.intent(), message);
        return r;
    }

    @Test
    void byDefaultRomanizedBengaliIsAnsweredInBengaliScript() {
        DraftResult r = draft(script(), BengaliReplies.SCRIPT, ROMANIZED_MESSAGE);
        assertEquals("status-bn", r.drafts().get(0).entryId());
        assertTrue(r.notices().stream().noneMatch(n -> n.key().equals("notice.romanized.none")), r.notices().toString());
    }

    @Test
    void theTeamsRomanizedRepliesForTheIntentComeFirstForARomanizedMessage() {
        assertEquals("status-bn-latin", draft(both(), BengaliReplies.SCRIPT, ROMANIZED_MESSAGE).drafts().get(0)
                .entryId());
        assertEquals("status-bn", draft(both(), BengaliReplies.SCRIPT, SCRIPT_MESSAGE).drafts().get(0).entryId(),
                "a message in Bengali script is answered in Bengali script");
    }

    @Test
    void theRomanizedSettingPutsRomanizedRepliesFirstAndSaysWhenTheIntentHasNone() {
        assertEquals("status-bn-latin", draft(both(), BengaliReplies.ROMANIZED, ROMANIZED_MESSAGE).drafts().get(0)
                .entryId());
        // No romanized reply for the intent: the Bengali-script one written in Latin letters comes first, then as it is.
        DraftResult none = draft(script(), BengaliReplies.ROMANIZED, ROMANIZED_MESSAGE);
        assertEquals("status-bn", none.drafts().get(0).entryId());
        assertEquals("priyo grahok, apnar order ti pothe ache. shighroi pouchhe jabe.", none.drafts().get(0).text());
        assertEquals("status-bn", none.drafts().get(1).entryId());
        assertTrue(none.drafts().get(1).text().startsWith("প্রিয় গ্রাহক"), none.drafts().get(1).text());
        assertTrue(none.notices().stream().anyMatch(n -> n.key().equals("notice.romanized.converted")
                        && n.args().contains(com.replyguard.knowledge.entry.Intent.ORDER_STATUS)),
                none.notices().toString());
        // A message in Bengali script is still answered in Bengali script only.
        DraftResult script = draft(script(), BengaliReplies.ROMANIZED, SCRIPT_MESSAGE);
        assertTrue(script.drafts().get(0).text().startsWith("প্রিয়"), script.drafts().get(0).text());
        assertTrue(script.notices().stream().noneMatch(n -> n.key().startsWith("notice.romanized")),
                script.notices().toString());
    }

    @Test
    void theSettingIsReadAsWritten() {
        assertEquals(BengaliReplies.ROMANIZED, BengaliReplies.parse(" Romanized"));
        assertEquals("script", BengaliReplies.SCRIPT.id());
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> BengaliReplies.parse("latin")).getMessage().contains("latin"));
    }
}
