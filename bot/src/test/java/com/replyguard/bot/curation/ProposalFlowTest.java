package com.replyguard.bot.curation;

import static com.replyguard.bot.curation.CurationFixture.AGENT;
import static com.replyguard.bot.curation.CurationFixture.LEAD;
import static com.replyguard.bot.curation.CurationFixture.button;
import static com.replyguard.bot.curation.CurationFixture.visible;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.bot.core.Reply;
import com.replyguard.bot.core.Button;
import com.replyguard.knowledge.entry.Entry;
import com.replyguard.knowledge.entry.Intent;
import com.replyguard.knowledge.entry.Status;
import com.replyguard.knowledge.search.EntryFilter;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProposalFlowTest extends CurationFixtureTest {
    @Test
    void saveWithoutAReplyOrTextExplainsHowToUseIt() {
        assertTrue(visible(f.text(AGENT, "/save")).contains("Reply to a message with /save"));
    }

    @Test
    void everyButtonFitsTelegramsCallbackLimitAndTheGuessesCanBeAdjustedBeforeSaving() {
        List<Reply> asked = f.replyTo(AGENT, "/save", "Hai Siti, pesanan anda sudah dihantar hari ini.");
        assertTrue(visible(asked).contains("Which buyer message"), visible(asked));
        List<Reply> p = f.text(AGENT, "-");
        assertTrue(visible(p).contains("Intent: ?"), "no guess available: " + visible(p));
        assertTrue(visible(p).contains("Language: ms"), visible(p));
        for (String label : List.of("Intent", "Marketplace", "Language", "Save", "Cancel")) {
            assertTrue(button(p, label).getBytes(StandardCharsets.UTF_8).length <= Button.MAX_CALLBACK_BYTES);
        }
        List<Reply> needIntent = f.press(AGENT, button(p, "Save"));
        assertTrue(visible(needIntent).contains("Choose the intent first"));
        List<Reply> chosen = f.press(AGENT, button(needIntent, "Order status"));
        List<Reply> market = f.press(AGENT, button(f.press(AGENT, button(chosen, "Marketplace")), "shopee"));
        assertTrue(visible(market).contains("Marketplace: shopee"), visible(market));
        assertTrue(visible(f.press(AGENT, button(market, "Save"))).contains("sent to a team lead"));

        Entry e = f.kb.entries(EntryFilter.all()).get(0);
        assertEquals(Status.PENDING, e.status());
        assertEquals(Intent.ORDER_STATUS, e.intent());
        assertEquals(List.of(Marketplace.SHOPEE), e.marketplaces());
        assertEquals(Language.MS, e.language());
        assertEquals("Hai {buyer_name}, pesanan anda sudah dihantar hari ini.", e.body());
        assertEquals("tg:" + AGENT, e.author());
        assertTrue(visible(f.press(AGENT, button(market, "Save"))).contains("already"), "saved once only");
        assertEquals(1, f.kb.size());
    }

    @Test
    void aLeadsSaveIsApprovedUnlessTheCheckerBlocksItThenItStaysPendingWithTheReason() {
        f.text(LEAD, "/save Thank you for the kind words, we are glad you like it.");
        List<Reply> ok = f.text(LEAD, "Love the lamp, thank you!");
        List<Reply> chosen = f.press(LEAD, button(f.press(LEAD, button(ok, "Intent")), "Praise from the buyer"));
        assertTrue(visible(f.press(LEAD, button(chosen, "Save"))).contains("Saved and approved"));

        f.text(LEAD, "/save Thank you! Leave 5 stars and we add a gift.");
        List<Reply> bad = f.text(LEAD, "-");
        assertTrue(visible(bad).contains("The checker blocks this text"), visible(bad));
        List<Reply> badChosen = f.press(LEAD, button(f.press(LEAD, button(bad, "Intent")), "Praise from the buyer"));
        String saved = visible(f.press(LEAD, button(badChosen, "Save")));
        assertTrue(saved.contains("kept pending") && saved.contains("Reward for a review") && !saved.contains("REVIEW_INCENTIVE"), saved);
        assertEquals(1, f.kb.entries(EntryFilter.approved()).size());
        assertEquals(1, f.kb.entries(EntryFilter.all().withStatus(Status.PENDING)).size());
    }

    @Test
    void cancelSavesNothing() {
        f.text(AGENT, "/save Thanks for your patience.");
        List<Reply> p = f.text(AGENT, "Still waiting for my parcel");
        assertTrue(visible(f.press(AGENT, button(p, "Cancel"))).contains("Nothing was saved"));
        assertTrue(visible(f.press(AGENT, button(p, "Save"))).contains("already"));
        assertEquals(0, f.kb.size());
    }
}
