package com.replyguard.bot.curation;

import com.github.benmanes.caffeine.cache.Ticker;
import com.replyguard.bot.access.AccessList;
import com.replyguard.bot.access.RateLimiter;
import com.replyguard.bot.access.Role;
import com.replyguard.bot.core.MemoryChatMemory;
import com.replyguard.bot.core.Conversation;
import com.replyguard.bot.core.FileFetcher;
import com.replyguard.bot.core.HandlerRegistry;
import com.replyguard.bot.core.Input;
import com.replyguard.bot.core.Messages;
import com.replyguard.bot.core.Reply;
import com.replyguard.bot.core.Button;
import com.replyguard.bot.testing.MemorySettingsStore;
import com.replyguard.knowledge.KnowledgeBase;
import com.replyguard.knowledge.TestEntries;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;
import com.replyguard.policy.analysis.TextAnalysis;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The curation features on a real, empty knowledge base with the "5 stars blocks" test checker, driven through
 * the conversation core without any transport: for the handlers' unit tests.
 */
final class CurationFixture implements AutoCloseable {
    static final long AGENT = 1001;
    static final long LEAD = 1002;
    static final long LEAD2 = 1003;
    static final TextAnalysis ANALYSIS = new TextAnalysis();

    final KnowledgeBase kb;
    final MemorySettingsStore settings = new MemorySettingsStore();
    final Conversation conversation;
    final MemoryChatMemory memory = new MemoryChatMemory(Duration.ofMinutes(5));
    FileFetcher files = FileFetcher.NONE;

    CurationFixture(Path dir) {
        kb = KnowledgeBase.open(dir, ANALYSIS, TestEntries.starsChecker(), KnowledgeBase.Options.empty());
        HandlerRegistry registry = new HandlerRegistry();
        Curation.register(registry, kb, TestEntries.starsChecker(), text -> Optional.empty(), ANALYSIS.detector());
        AccessList access = new AccessList(Map.of(AGENT, Role.AGENT, LEAD, Role.LEAD, LEAD2, Role.LEAD),
                settings::grantedRole, false);
        conversation = new Conversation(registry, access, new RateLimiter(600, 600, Ticker.systemTicker()),
                settings, memory, new Messages(),
                new Conversation.Defaults(Marketplace.AMAZON, Language.EN, 5000), Clock.systemUTC());
    }

    /** As if the drafting feature had drafted for {@code buyerMessage} last in {@code user}'s chat. */
    void draftedFor(long user, String buyerMessage) {
        memory.put(user, com.replyguard.bot.agent.AgentFeatures.LAST_BUYER_MESSAGE, buyerMessage);
    }

    List<Reply> text(long user, String text) {
        return conversation.handle(new Input.Text(user, user, text), files);
    }

    List<Reply> replyTo(long user, String text, String repliedText) {
        return conversation.handle(new Input.Text(user, user, text, repliedText), files);
    }

    List<Reply> press(long user, String data) {
        return conversation.handle(new Input.ButtonPress(user, user, data), files);
    }

    List<Reply> document(long user, String name, long size) {
        return conversation.handle(new Input.Media(user, user, Input.MediaKind.DOCUMENT,
                new Input.FileRef("f1", name, null, size), null), files);
    }

    /** Everything the replies show, as plain text. */
    static String visible(List<Reply> replies) {
        StringBuilder sb = new StringBuilder();
        for (Reply r : replies) {
            switch (r) {
                case Reply.Message m -> sb.append(m.text().visibleText()).append('\n');
                case Reply.Notify n -> sb.append("[to ").append(n.userId()).append("] ")
                        .append(n.text().visibleText()).append('\n');
                case Reply.Toast t -> sb.append("(").append(t.text()).append(")\n");
                case Reply.Document d -> sb.append("[file ").append(d.fileName()).append("]\n");
                case Reply.Photo p -> sb.append("[picture ").append(p.fileName()).append("]\n");
            }
        }
        return sb.toString();
    }

    /** The callback data of the first button whose label contains {@code labelPart}. */
    static String button(List<Reply> replies, String labelPart) {
        for (Reply r : replies) {
            if (r instanceof Reply.Message m) {
                for (List<Button> row : m.buttons()) {
                    for (Button b : row) {
                        if (b.label().contains(labelPart) && b.action() instanceof Button.Callback c) {
                            return c.data();
                        }
                    }
                }
            }
        }
        throw new AssertionError("no button '" + labelPart + "' in " + visible(replies));
    }

    @Override
    public void close() {
        kb.close();
    }
}
