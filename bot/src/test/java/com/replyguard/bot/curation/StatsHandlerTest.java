package com.replyguard.bot.curation;

import static com.replyguard.bot.curation.CurationFixture.AGENT;
import static com.replyguard.bot.curation.CurationFixture.LEAD;
import static com.replyguard.bot.curation.CurationFixture.visible;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.knowledge.TestEntries;
import com.replyguard.knowledge.entry.Intent;
import com.replyguard.policy.Marketplace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsHandlerTest {
    @TempDir
    Path dir;

    @Test
    void showsServedUsedAndNotHelpfulPerIntentAndEntryNeverUsedEntriesAndOneLinePerPerson() {
        try (CurationFixture f = new CurationFixture(dir)) {
            f.kb.add(TestEntries.reply("used", Intent.ORDER_STATUS, "Your order is on its way."), "tg:" + LEAD);
            f.kb.add(TestEntries.reply("idle", Intent.PRAISE, "Thank you!"), "tg:" + LEAD);
            f.kb.recordServed("used", Intent.ORDER_STATUS, Marketplace.AMAZON, "agent:" + AGENT);
            f.kb.recordServed("used", Intent.ORDER_STATUS, Marketplace.AMAZON, "agent:" + AGENT);
            f.kb.recordFeedback("used", true, "agent:" + AGENT);
            f.kb.recordFeedback("used", false, "agent:" + AGENT);

            String s = visible(f.text(LEAD, "/stats"));
            assertTrue(s.contains("Drafts served: 2 · used 👍: 1 · not helpful 👎: 1"), s);
            assertTrue(s.contains("Order status  2 · 👍 1 · 👎 1") && !s.contains("ORDER_STATUS"), s);
            assertTrue(s.contains("never served: 1") && s.contains("idle"), s);
            assertTrue(s.contains("tg:" + AGENT + ": 2 · 2 · 0"), s);
            assertTrue(s.contains("tg:" + LEAD + ": 0 · 0 · 2"), s);
            assertTrue(visible(f.text(LEAD, "/stats soon")).contains("number of days"));
            assertTrue(visible(f.text(LEAD, "/stats 7")).contains("last 7 days"));
            // intents by their names in the reader's language, never the code (#15)
            f.settings.save(new com.replyguard.bot.core.UserSettings(LEAD, Marketplace.AMAZON,
                    com.replyguard.policy.analysis.Language.BN));
            String bn = visible(f.text(LEAD, "/stats"));
            assertTrue(bn.contains("অর্ডারের অবস্থা  2 · 👍 1 · 👎 1") && !bn.contains("ORDER_STATUS"), bn);
            f.settings.save(new com.replyguard.bot.core.UserSettings(LEAD, Marketplace.AMAZON,
                    com.replyguard.policy.analysis.Language.MS));
            String ms = visible(f.text(LEAD, "/stats"));
            assertTrue(ms.contains("Status pesanan  2 · 👍 1 · 👎 1") && !ms.contains("ORDER_STATUS"), ms);
        }
    }
}
