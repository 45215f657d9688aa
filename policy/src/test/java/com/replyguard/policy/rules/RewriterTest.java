package com.replyguard.policy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.policy.CheckResult;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.TextAnalysis;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fixes an agent is offered: sentence rewrites in the draft's language that keep the rest of the draft. */
class RewriterTest {
    private static final RuleChecker CHECKER = RulePacks.loadChecker(new TextAnalysis(), List.of());

    private static String fixed(String text) {
        return CHECKER.check(text, Marketplace.AMAZON).fixed();
    }

    @Test
    void anEmailInvitationBecomesAnInvitationToReplyHereNotAHalfSentence() {
        assertEquals("Please reply to this message and we'll sort it out here.",
                fixed("Email me at x@gmail.com and I'll sort it out."));
    }

    @Test
    void aGreetingBeforeTheOffendingClauseIsKeptInEveryLanguage() {
        assertEquals("Hi Sam, please reply to this message and we'll sort it out here. Thanks",
                fixed("Hi Sam, write to help@glowhome.com or rina@gmail.com for anything you need. Thanks"));
        assertEquals("প্রিয় গ্রাহক, এই মেসেজের উত্তরে লিখুন, আমরা এখানেই সমাধান করে দেব। ধন্যবাদ।",
                fixed("প্রিয় গ্রাহক, ছবি পাঠাতে rina.shop@gmail.com ঠিকানায় মেইল করুন। ধন্যবাদ।"));
    }

    @Test
    void aSalutationThatIsTheWholeOffenceIsRewrittenNotKeptAndNoCommaOfTheNextSentenceCounts() {
        // the greeting line is a sentence of its own; the comma that follows belongs to the next sentence (this threw
        // "bad rewrite range" for every draft whose buyer name was an insult, e.g. a shouted "INI PENIPUAN")
        assertEquals("Sorry for the trouble; let's look at what happened and how to put it right.\n\n"
                + "Sorry, we will sort it out.", fixed("Hi liar,\n\nSorry, we will sort it out."));
        assertEquals("Maaf atas kesulitan ini; mari kita lihat apa yang berlaku dan cara membetulkannya.\n\n"
                + "Saya minta maaf, saya faham kenapa anda kecewa.",
                fixed("Hai PENIPUAN,\n\nSaya minta maaf, saya faham kenapa anda kecewa."));
    }

    @Test
    void aRepeatedViolationGivesTheRewriteOnceAndDropsTheRepeats() {
        StringBuilder text = new StringBuilder("Hi Sam, sorry for the wait.");
        for (int i = 1; i <= 36; i++) {
            text.append(" Or mail us at shop").append(i).append("@gmail.com.");
        }
        text.append("\nThanks, Rina");
        CheckResult r = CHECKER.check(text.toString(), Marketplace.AMAZON);
        assertEquals(36, r.findings().size());
        assertEquals("Hi Sam, sorry for the wait. Please reply to this message and we'll sort it out here.\nThanks, Rina",
                r.fixed());
    }

    @Test
    void aDeletionThatWouldLeaveADanglingWordDropsTheWholeSentence() {
        assertFalse(Rewriter.readsAsSentence("Or email me at."));
        assertFalse(Rewriter.readsAsSentence("Email me and I'll sort it out."));
        assertTrue(Rewriter.readsAsSentence("Your replacement bulb ships today."));
        assertEquals("Your replacement bulb ships today.", fixed("[Important] Your replacement bulb ships today."));
    }

    @Test
    void aMessageThatOnlyConfirmsIsNotSentAndAnUnnecessarySentenceIsDropped() {
        // a message that only confirms the shipment: the fix is not to send it, so no (empty) fixed draft is offered
        for (String alone : List.of("Your order has shipped!", "Hi Sam, thanks for your order! Best, Rina")) {
            CheckResult r = CHECKER.check(alone, Marketplace.AMAZON);
            assertFalse(r.findings().isEmpty(), alone);
            assertNull(r.fixed(), alone);
            assertTrue(r.leavesNothing(), alone);
        }
        // with something else to say, the unnecessary sentence goes and the rest is kept byte for byte
        CheckResult r = CHECKER.check("Thanks for your order!\nThe bulb fits E27 sockets.", Marketplace.AMAZON);
        assertEquals("The bulb fits E27 sockets.", r.fixed());
        assertFalse(r.leavesNothing());
        assertTrue(Rewriter.saysNothing("Hi Sam,\nBest regards, Rina"));
        assertFalse(Rewriter.saysNothing("Hi Sam, glad it arrived. Best, Rina"));
    }

    @Test
    void linesAroundADroppedSentenceKeepTheirBreaks() {
        assertEquals("Hello,\nThe lamp ships today.\nRina",
                fixed("Hello,\nThe lamp ships today.\nFollow us for weekly deals.\nRina"));
    }
}
