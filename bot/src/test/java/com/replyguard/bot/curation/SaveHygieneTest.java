package com.replyguard.bot.curation;

import static com.replyguard.bot.curation.CurationFixture.AGENT;
import static com.replyguard.bot.curation.CurationFixture.button;
import static com.replyguard.bot.curation.CurationFixture.visible;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.bot.core.Reply;
import com.replyguard.knowledge.entry.Entry;
import com.replyguard.knowledge.search.EntryFilter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** /save keeps knowledge clean: the right example question, the agent's own name never as the buyer's. */
class SaveHygieneTest extends CurationFixtureTest {
    private Entry saveWithIntent(List<Reply> proposal) {
        List<Reply> chosen = f.press(AGENT, button(f.press(AGENT, button(proposal, "Intent")), "Order status"));
        assertTrue(visible(f.press(AGENT, button(chosen, "Save"))).contains("sent to a team lead"));
        return f.kb.entries(EntryFilter.all()).get(0);
    }

    @Test
    void aSaveReplyingToTheBuyersMessageTakesItAsTheQuestionAndTheTextAsTheReply() {
        List<Reply> p = f.replyTo(AGENT, "/save Hi Priya, your parcel left our warehouse today and should arrive"
                + " on Friday.", "Where is my parcel? I ordered last week. - Priya");
        String shown = visible(p);
        assertTrue(shown.contains("Buyer question: Where is my parcel?"), shown);
        Entry e = saveWithIntent(p);
        assertEquals("Hi {buyer_name}, your parcel left our warehouse today and should arrive on Friday.", e.body());
        assertEquals(1, e.questions().size());
        assertTrue(e.questions().get(0).startsWith("Where is my parcel?"), e.questions().toString());
        assertFalse(e.questions().get(0).contains("Priya"), "the buyer's name is not kept: " + e.questions());
    }

    @Test
    void aSaveReplyingToTheAgentsOwnReplyAsksForTheBuyerQuestionAndSignsWithAgentName() {
        f.draftedFor(AGENT, "Can you give me a discount on two lamps?"); // an earlier, unrelated paste
        String reply = "Hi Omar,\nyour order has shipped and will arrive on Monday.\n\nKind regards,\nNadia\nHomeGlow";
        List<Reply> asked = f.replyTo(AGENT, "/save", reply);
        assertTrue(visible(asked).contains("Which buyer message"), visible(asked));
        List<Reply> p = f.text(AGENT, "when does my order come?");
        String shown = visible(p);
        assertTrue(shown.contains("Buyer question: when does my order come?"), shown);
        assertFalse(shown.contains("discount"), "the unrelated paste is not the question: " + shown);
        Entry e = saveWithIntent(p);
        assertEquals("Hi {buyer_name},\nyour order has shipped and will arrive on Monday.\n\nKind regards,\n"
                + "{agent_name}\n{store_name}", e.body());
        assertEquals(List.of("when does my order come?"), e.questions());
    }

    @Test
    void theAgentsSignatureFromSignBecomesAgentAndStorePlaceholders() {
        f.settings.saveSignature(AGENT, "Nadia", "HomeGlow");
        f.text(AGENT, "/save Thanks for waiting, Nadia from HomeGlow here: it ships today. Kind regards, Nadia");
        Entry e = saveWithIntent(f.text(AGENT, "-"));
        assertEquals("Thanks for waiting, {agent_name} from {store_name} here: it ships today. Kind regards,"
                + " {agent_name}", e.body());
        assertTrue(e.questions().isEmpty(), "saved without a question when the agent sends -");
    }

    @Test
    void aSavedDraftOfTheLastBuyerMessageKeepsThatMessageAsTheQuestion() {
        f.draftedFor(AGENT, "Hi, where is order 112-4456789-2234567? Thanks, Sarah");
        // A reply that names the same order answers that message: no need to ask.
        List<Reply> p = f.text(AGENT, "/save Hi, order 112-4456789-2234567 left us today and arrives Friday.");
        assertTrue(visible(p).contains("Buyer question: Hi, where is order"), visible(p));
    }

    @Test
    void aSaveReplyingToABuyerMessageWithoutReplyTextSaysWhatToWrite() {
        String r = visible(f.replyTo(AGENT, "/save", "My parcel never came, what should I do?"));
        assertTrue(r.contains("Write the reply after /save"), r);
        assertEquals(0, f.kb.size());
    }
}
