package com.replyguard.bot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ChatStatesTest {
    @Test
    void aButtonFromBeforeARestartNeverNamesWhatANewRunRemembered() {
        ChatStates beforeRestart = new ChatStates(Duration.ofMinutes(120));
        String sarahsButton = beforeRestart.of(42).remember("Sarah's draft, order 111");
        ChatStates afterRestart = new ChatStates(Duration.ofMinutes(120));
        String priyasButton = afterRestart.of(42).remember("Priya's draft, order 222");
        assertNotEquals(sarahsButton, priyasButton);
        assertTrue(afterRestart.of(42).recall(sarahsButton, String.class).isEmpty(),
                "an old button must find nothing, not another buyer's draft");
        assertEquals("Priya's draft, order 222", afterRestart.of(42).recall(priyasButton, String.class).orElseThrow());
    }

    @Test
    void awaitedTextBelongsToTheUserWhoWasAsked() {
        ChatState group = new ChatStates(Duration.ofMinutes(5)).of(-100);
        group.awaitText(7, "edit", "entry-1");
        assertTrue(group.takeAwaited(8).isEmpty(), "another member's text must not answer the lead's edit");
        assertEquals("entry-1", group.takeAwaited(7).orElseThrow().ref());
        assertTrue(group.takeAwaited(7).isEmpty());
    }
}
