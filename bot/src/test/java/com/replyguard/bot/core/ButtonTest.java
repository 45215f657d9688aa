package com.replyguard.bot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ButtonTest {
    @Test
    void callbackDataIsLimitedTo64Utf8Bytes() {
        assertEquals("nx:abc", ((Button.Callback) Button.callback("Next", ButtonAction.NEXT_DRAFT, "abc").action()).data());
        assertThrows(IllegalArgumentException.class, () -> Button.callback("x", ButtonAction.NEXT_DRAFT, "a".repeat(62)));
        // 21 Bengali letters are 63 bytes: too long with the prefix although only 24 characters.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Button.callback("x", ButtonAction.NEXT_DRAFT, "ক".repeat(21)));
        assertTrue(e.getMessage().contains("bytes"), e.getMessage());
    }

    @Test
    void aCallbackButtonCarriesOnlyDataOfAKnownAction() {
        assertThrows(IllegalArgumentException.class, () -> new Button("x", new Button.Callback("zz:1")));
        assertThrows(IllegalArgumentException.class, () -> new Button("x", new Button.Callback("nx")));
        assertEquals("rr:1:a", new Button.Callback(new CallbackData(ButtonAction.REPORT_REVIEW, "1:a")).data());
    }

    @Test
    void copyTextFitsTelegramsLimit() {
        assertTrue(Button.fitsCopy("a".repeat(256)));
        assertFalse(Button.fitsCopy("a".repeat(257)));
        assertThrows(IllegalArgumentException.class, () -> Button.copy("Copy", "a".repeat(257)));
    }
}
