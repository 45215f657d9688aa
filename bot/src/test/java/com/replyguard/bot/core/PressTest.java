package com.replyguard.bot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PressTest {
    /** Every verb of every action that has verbs, without and with an argument, survives the wire unchanged. */
    @ParameterizedTest
    @EnumSource(ButtonAction.class)
    @SuppressWarnings({"unchecked", "rawtypes"})
    void everyVerbOfEveryActionRoundTripsThroughTheCallbackData(ButtonAction action) {
        if (action.verbs() != null) {
            roundTrip(action, (Class) action.verbs());
        }
    }

    private static <V extends Enum<V> & ButtonVerb> void roundTrip(ButtonAction action, Class<V> verbs) {
        for (V verb : verbs.getEnumConstants()) {
            for (String argument : List.of("", "3", "ebay", "ORDER_STATUS")) {
                Button b = Button.callback("label", action, "17", verb, argument);
                CallbackData data = CallbackData.decode(((Button.Callback) b.action()).data()).orElseThrow();
                assertEquals(action, data.action());
                assertEquals(Optional.of(new Press<>("17", verb, argument)), Press.parse(data.payload(), verbs),
                        data.payload());
            }
        }
    }

    @Test
    void theShippedWireFormatIsKept() {
        // buttons sent before this version are still pressed after it: the payloads must read the same
        assertEquals("rv:4:a", data(Button.callback("Approve", ButtonAction.REVIEW, "4", ButtonAction.Review.APPROVE)));
        assertEquals("kb:4:r:2", data(Button.callback("Revert", ButtonAction.ENTRY, "4", ButtonAction.OnEntry.REVERT,
                "2")));
        assertEquals("cs:9:M:ebay", data(Button.callback("ebay", ButtonAction.PROPOSAL, "9",
                ButtonAction.OnProposal.SET_MARKETPLACE, "ebay")));
        assertEquals("cs:9:ok", data(Button.callback("Save", ButtonAction.PROPOSAL, "9", ButtonAction.OnProposal.SAVE)));
        assertEquals("fb:2:u", data(Button.callback("👍", ButtonAction.DRAFT_FEEDBACK, "2", ButtonAction.Vote.USED)));
        assertEquals("fb:2:d", data(Button.callback("👎", ButtonAction.DRAFT_FEEDBACK, "2",
                ButtonAction.Vote.NOT_HELPFUL)));
        assertEquals("rr:1:n", data(Button.callback("Next", ButtonAction.REPORT_REVIEW, "1",
                ButtonAction.OnReport.NEXT)));
    }

    private static String data(Button b) {
        return ((Button.Callback) b.action()).data();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "4", "4:", ":a", "4:zz", "4:A", "4:approve", "4:ok", "4:\u0000"})
    void forgedOrOtherActionsVerbsAreRefused(String payload) {
        assertEquals(Optional.empty(), Press.parse(payload, ButtonAction.Review.class), payload);
    }

    @Test
    void aVerbOfAnotherActionCannotBeWrittenOntoAButton() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Button.callback("x", ButtonAction.REPORT_REVIEW, "1", ButtonAction.Review.EDIT));
        assertTrue(e.getMessage().contains("EDIT is not a verb of REPORT_REVIEW"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Button.callback("x", ButtonAction.NEXT_DRAFT, "1", ButtonAction.Vote.USED));
        assertThrows(IllegalArgumentException.class, () -> new Press<>("a:b", ButtonAction.Vote.USED, ""));
    }

    @Test
    void eachActionsVerbCodesAreDistinctAndWithoutTheSeparator() {
        for (ButtonAction a : ButtonAction.values()) {
            if (a.verbs() == null) {
                continue;
            }
            Set<String> codes = new HashSet<>();
            for (ButtonVerb v : a.verbs().getEnumConstants()) {
                assertNotNull(v.code());
                assertTrue(codes.add(v.code()), a + " uses " + v.code() + " twice");
                assertTrue(v.code().matches("[A-Za-z]{1,2}"), v.code());
            }
        }
        assertTrue(Arrays.stream(ButtonAction.values()).filter(a -> a.verbs() != null).count() >= 5);
    }
}
