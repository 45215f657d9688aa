package com.replyguard.bot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PressTest {
    /** Every verb of every action, without and with an argument, survives the wire unchanged. */
    @ParameterizedTest
    @EnumSource(ButtonAction.class)
    void everyVerbOfEveryActionRoundTripsThroughTheCallbackData(ButtonAction action) {
        for (ButtonVerb verb : action.verbs()) {
            List<String> arguments = Stream.of("", "0", "12", "ebay", "ORDER_STATUS").filter(verb::accepts).toList();
            assertFalse(arguments.isEmpty(), verb + " accepts none of the sample arguments");
            for (String argument : arguments) {
                Button b = Button.callback("label", action, "17", verb, argument);
                CallbackData data = CallbackData.decode(data(b)).orElseThrow();
                assertEquals(action, data.action());
                assertEquals(Optional.of(new Press("17", verb, argument)), Press.parse(action, data.payload()),
                        data.payload());
            }
        }
    }

    @Test
    void theShippedWireFormatIsKept() {
        // buttons sent before this version are still pressed after it: the payloads must read the same
        assertEquals("rv:4:a", data(Button.callback("Approve", ButtonAction.REVIEW, "4", ButtonVerb.APPROVE)));
        assertEquals("kb:4:r:2", data(Button.callback("Revert", ButtonAction.ENTRY, "4", ButtonVerb.REVERT, "2")));
        assertEquals("kb:4:x", data(Button.callback("Retire", ButtonAction.ENTRY, "4", ButtonVerb.RETIRE)));
        assertEquals("cs:9:M:ebay", data(Button.callback("ebay", ButtonAction.PROPOSAL, "9",
                ButtonVerb.SET_MARKETPLACE, "ebay")));
        assertEquals("cs:9:ok", data(Button.callback("Save", ButtonAction.PROPOSAL, "9", ButtonVerb.SAVE)));
        assertEquals("cs:9:x", data(Button.callback("Cancel", ButtonAction.PROPOSAL, "9", ButtonVerb.CANCEL)));
        assertEquals("fb:2:u", data(Button.callback("👍", ButtonAction.DRAFT_FEEDBACK, "2", ButtonVerb.USED)));
        assertEquals("fb:2:d", data(Button.callback("👎", ButtonAction.DRAFT_FEEDBACK, "2", ButtonVerb.NOT_HELPFUL)));
        assertEquals("rr:1:n", data(Button.callback("Next", ButtonAction.REPORT_REVIEW, "1", ButtonVerb.NEXT)));
        assertEquals("rp:3:f", data(Button.callback("False alarm", ButtonAction.REPORT, "3", ButtonVerb.FALSE_ALARM)));
        assertEquals("rp:3:f1", data(Button.callback("1", ButtonAction.REPORT, "3", ButtonVerb.FALSE_ALARM_ON, "1")));
        assertEquals("rp:3:c4", data(Button.callback("Links", ButtonAction.REPORT, "3", ButtonVerb.MISSED_AS, "4")));
        assertEquals("fi:7:d2", data(Button.callback("Monday", ButtonAction.FILL_IN, "7", ButtonVerb.DATE, "2")));
        assertEquals("fi:7:y0", data(Button.callback("Yes", ButtonAction.FILL_IN, "7", ButtonVerb.CLAIM_TRUE, "0")));
        assertEquals("fi:7:n0", data(Button.callback("No", ButtonAction.FILL_IN, "7", ButtonVerb.CLAIM_FALSE, "0")));
    }

    private static String data(Button b) {
        return ((Button.Callback) b.action()).data();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "4", "4:", ":a", "4:zz", "4:A", "4:approve", "4:ok", "4:x", "4:s", "4:\u0000"})
    void forgedVerbsAndOtherActionsVerbsAreRefused(String payload) {
        assertEquals(Optional.empty(), Press.parse(ButtonAction.REVIEW, payload), payload);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3:f:1", "3:f-1", "3:fx", "3:c", "3:c4:x", "3:m1", "3:x", "3:f1234567"})
    void forgedReportPayloadsAreRefused(String payload) {
        assertEquals(Optional.empty(), Press.parse(ButtonAction.REPORT, payload), payload);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4:r", "4:r:", "4:r:2:3", "4:s:1", "4:s:", "4:x:1"})
    void aVerbWithTheWrongArgumentIsRefused(String payload) {
        assertEquals(Optional.empty(), Press.parse(ButtonAction.ENTRY, payload), payload);
    }

    @Test
    void anIndexedVerbCarriesItsNumberAndAPlainOneSharingItsCodeNone() {
        Press one = Press.parse(ButtonAction.REPORT, "3:f12").orElseThrow();
        assertEquals(ButtonVerb.FALSE_ALARM_ON, one.verb());
        assertEquals(12, one.index());
        assertEquals(ButtonVerb.FALSE_ALARM, Press.parse(ButtonAction.REPORT, "3:f").orElseThrow().verb());
        assertThrows(IllegalStateException.class, () -> Press.parse(ButtonAction.REPORT, "3:f").orElseThrow().index());
    }

    @Test
    void theSameCodeMeansTheVerbOfTheActionPressed() {
        // "r" rejects in a review and reverts on an entry; "x" retires an entry and cancels a proposal
        assertEquals(ButtonVerb.REJECT, Press.parse(ButtonAction.REVIEW, "4:r").orElseThrow().verb());
        assertEquals(ButtonVerb.REVERT, Press.parse(ButtonAction.ENTRY, "4:r:2").orElseThrow().verb());
        assertEquals(ButtonVerb.RETIRE, Press.parse(ButtonAction.ENTRY, "4:x").orElseThrow().verb());
        assertEquals(ButtonVerb.CANCEL, Press.parse(ButtonAction.PROPOSAL, "4:x").orElseThrow().verb());
        assertEquals(Optional.empty(), Press.parse(ButtonAction.NEXT_DRAFT, "4:a"), "an action without verbs");
    }

    @Test
    void aVerbAnActionDoesNotTakeCannotBeWrittenOntoItsButton() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Button.callback("x", ButtonAction.REPORT_REVIEW, "1", ButtonVerb.EDIT));
        assertTrue(e.getMessage().startsWith("EDIT is not a verb of REPORT_REVIEW"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Button.callback("x", ButtonAction.NEXT_DRAFT, "1", ButtonVerb.USED));
        assertThrows(IllegalArgumentException.class, () -> new Press("a:b", ButtonVerb.USED, ""));
        assertThrows(IllegalArgumentException.class,
                () -> Button.callback("x", ButtonAction.FILL_IN, "1", ButtonVerb.DATE, "monday"));
        assertThrows(IllegalArgumentException.class, () -> Button.callback("x", ButtonAction.ENTRY, "1", ButtonVerb.REVERT));
    }

    @Test
    void eachActionsVerbCodesAreDistinctAndWithoutTheSeparator() {
        for (ButtonAction a : ButtonAction.values()) {
            Set<String> codes = new HashSet<>();
            for (ButtonVerb v : a.verbs()) {
                String form = v.indexed() ? v.code() + "N" : v.code();
                assertTrue(codes.add(form), a + " takes " + form + " twice");
                assertTrue(v.code().matches("[A-Za-z]{1,2}"), v.code());
            }
        }
        assertTrue(Arrays.stream(ButtonAction.values()).filter(a -> !a.verbs().isEmpty()).count() >= 5);
    }
}
