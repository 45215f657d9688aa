package com.replyguard.bot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ChatStateTest {
    @Test
    void awaitedTextBelongsToTheUserWhoWasAsked() {
        ChatMemory memory = new MemoryChatMemory(Duration.ofMinutes(5));
        new ChatState(memory, -100, 7, 1).awaitText("edit", "entry-1");
        assertTrue(new ChatState(memory, -100, 8, 2).takeAwaited().isEmpty(),
                "another member's text must not answer the lead's edit");
        assertEquals("entry-1", new ChatState(memory, -100, 7, 3).takeAwaited().orElseThrow().ref());
        assertTrue(new ChatState(memory, -100, 7, 4).takeAwaited().isEmpty(), "an awaited text is taken once");
    }
}
