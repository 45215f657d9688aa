package com.replyguard.bot.curation;

import static com.replyguard.bot.curation.CurationFixture.AGENT;
import static com.replyguard.bot.curation.CurationFixture.LEAD;
import static com.replyguard.bot.curation.CurationFixture.LEAD2;
import static com.replyguard.bot.curation.CurationFixture.button;
import static com.replyguard.bot.curation.CurationFixture.visible;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.bot.core.Reply;
import com.replyguard.bot.core.UserSettings;
import com.replyguard.knowledge.TestEntries;
import com.replyguard.knowledge.curation.EntryChanges;
import com.replyguard.knowledge.entry.Entry;
import com.replyguard.knowledge.entry.Intent;
import com.replyguard.knowledge.entry.Status;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewHandlerTest extends CurationFixtureTest {
    /** The agent proposes an entry (no author given: the proposing actor becomes its author). */
    private void propose(String id, String body) {
        Entry e = TestEntries.reply(id, Intent.PRAISE, body);
        f.kb.propose(e.toBuilder().author(null).approver(null).version(1).build(), "tg:" + AGENT);
    }

    @Test
    void withNothingPendingTheLeadIsToldSo() {
        assertTrue(visible(f.text(LEAD, "/review")).contains("Nothing is waiting for review"));
    }

    @Test
    void rejectingAsksForAReasonAndSendsItToTheProposingAgentInTheirLanguage() {
        f.settings.save(new UserSettings(AGENT, Marketplace.AMAZON, Language.MS));
        propose("p1", "Thank you for the kind words about the lamp.");
        List<Reply> card = f.text(LEAD, "/review");
        assertTrue(visible(card).contains("Pending entry 1 of 1"), visible(card));
        assertTrue(visible(f.press(LEAD, button(card, "Reject"))).contains("Why is p1 rejected"));
        List<Reply> done = f.text(LEAD, "Too generic: name the product the buyer praised.");
        Reply.Notify notify = (Reply.Notify) done.get(done.size() - 1);
        assertEquals(AGENT, notify.userId());
        assertTrue(notify.text().visibleText().contains("Kata ketua pasukan: Too generic"),
                "Malay for the Malay-speaking agent: " + notify.text().visibleText());
        assertEquals(Status.DRAFT, f.kb.get("p1").orElseThrow().status());
    }

    @Test
    void aForgedVerbOnARealCardReachesNoBranchAndChangesNothing() {
        propose("p9", "Thank you for the kind words about the kettle.");
        String approve = button(f.text(LEAD, "/review"), "Approve");
        String ref = approve.substring(0, approve.lastIndexOf(':'));
        for (String forged : List.of(ref + ":zz", ref + ":ok", ref + ":A", ref + ":", ref)) {
            List<Reply> r = f.press(LEAD, forged);
            assertTrue(visible(r).contains("This button has expired"), forged + " -> " + visible(r));
            assertEquals(Status.PENDING, f.kb.get("p9").orElseThrow().status(), forged);
        }
    }

    @Test
    void approvingAnEntryEditedAfterTheCardWasShownIsRefusedSoNobodyApprovesUnreadWords() {
        propose("p2", "Thanks a lot for your lovely review words.");
        List<Reply> card = f.text(LEAD, "/review");
        f.kb.edit("p2", EntryChanges.none().body("Thanks! Rate us 5 stars next time."), "tg:" + LEAD2, 1);
        String shown = visible(f.press(LEAD, button(card, "Approve")));
        assertTrue(shown.contains("changed after you opened it"), shown);
        assertEquals(Status.PENDING, f.kb.get("p2").orElseThrow().status());
    }

    @Test
    void theCheckerStopsApprovalAndTheReasonIsShown() {
        propose("p3", "Thanks! Leave 5 stars and get a gift card.");
        String shown = visible(f.press(LEAD, button(f.text(LEAD, "/review"), "Approve")));
        assertTrue(shown.contains("Not approved") && shown.contains("Reward for a review"), shown);
        assertEquals(Status.PENDING, f.kb.get("p3").orElseThrow().status());
    }

    @Test
    void approvingTellsTheAgentAndMovesOnToTheNextPendingEntry() {
        propose("p4", "Thank you, we are glad the shoes fit well.");
        propose("p5", "Thank you for shopping with us again.");
        List<Reply> card = f.text(LEAD, "/review");
        List<Reply> after = f.press(LEAD, button(card, "Approve"));
        String shown = visible(after);
        assertTrue(shown.contains("Approved p4") && shown.contains("Pending entry 1 of 1"), shown);
        assertTrue(shown.contains("[to " + AGENT + "]"), shown);
        assertEquals("tg:" + LEAD, f.kb.get("p4").orElseThrow().approver());
        assertFalse(visible(f.press(LEAD, button(card, "Approve"))).contains("Approved p4 (version 3"),
                "a second press approves nothing new");
    }

    @Test
    void inAGroupAnAgentsTextDoesNotAnswerTheLeadsRejectReason() {
        propose("p9", "Thanks for the kind words about the lamp.");
        long group = -5005;
        List<Reply> card = f.conversation.handle(new com.replyguard.bot.core.Input.Text(LEAD, group, "/review", null),
                f.files);
        String reject = button(card, "Reject");
        assertTrue(visible(f.conversation.handle(new com.replyguard.bot.core.Input.ButtonPress(LEAD, group, reject),
                f.files)).contains("Why is p9 rejected"));
        List<Reply> agentText = f.conversation.handle(
                new com.replyguard.bot.core.Input.Text(AGENT, group, "Rejected because I say so", null), f.files);
        assertTrue(!visible(agentText).contains("rejected"), visible(agentText));
        assertEquals(Status.PENDING, f.kb.get("p9").orElseThrow().status(),
                "the agent's text must not reject the lead's proposal");
    }
}
