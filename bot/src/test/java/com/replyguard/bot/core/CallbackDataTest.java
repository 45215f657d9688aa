package com.replyguard.bot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

class CallbackDataTest {
    /** Payloads the handlers write: a remembered id, an id with a verb, a choice, an id with a verb and a value. */
    private static final List<String> PAYLOADS = List.of("3f", "3f:a", "amazon", "3f:m:ebay", "12:c4", "1", "bn");

    @ParameterizedTest
    @EnumSource(ButtonAction.class)
    void everyActionRoundTrips(ButtonAction action) {
        for (String payload : PAYLOADS) {
            CallbackData data = new CallbackData(action, payload);
            String wire = data.encode();
            assertTrue(wire.startsWith(action.code() + ":"), wire);
            assertEquals(Optional.of(data), CallbackData.decode(wire), wire);
            assertEquals(wire, new Button.Callback(data).data());
        }
    }

    @Test
    void codesAreDistinctShortAndWithoutTheSeparator() {
        Set<String> codes = new HashSet<>();
        for (ButtonAction a : ButtonAction.values()) {
            assertTrue(codes.add(a.code()), "code used twice: " + a.code());
            assertTrue(a.code().matches("[a-z]{2}"), a.code());
            assertEquals(Optional.of(a), ButtonAction.ofCode(a.code()));
        }
        assertEquals(ButtonAction.values().length, codes.size());
    }

    @Test
    void theShippedCodesNeverChange() {
        // Buttons sent before an upgrade are pressed after it: these codes are on agents' screens.
        assertEquals(List.of("nx", "pn", "ce", "fb", "dp", "ck", "mk", "lg", "fi", "cs", "rv", "kb", "gp", "im", "rp",
                "rr"), Arrays.stream(ButtonAction.values()).map(ButtonAction::code).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "nx", "nx:", ":7", "zz:7", "NX:7", " nx:7", "n:7", "nxx:7", "nx:7\n/users",
            "rr:1:a\u0000", "kb:\u001b[31m"})
    void unknownOrForgedDataIsRejected(String data) {
        assertEquals(Optional.empty(), CallbackData.decode(data));
    }

    @Test
    void nullAndOverlongDataAreRejected() {
        assertEquals(Optional.empty(), CallbackData.decode(null));
        assertEquals(Optional.empty(), CallbackData.decode("nx:" + "a".repeat(62)));
        assertTrue(CallbackData.decode("nx:" + "a".repeat(61)).isPresent(), "64 bytes is Telegram's limit, allowed");
        // 21 Bengali letters are 63 bytes: with the code, over the limit although only 24 characters.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CallbackData(ButtonAction.NEXT_DRAFT, "ক".repeat(21)));
        assertTrue(e.getMessage().contains("bytes"), e.getMessage());
    }

    @Test
    void aPayloadWithAColonKeepsItWhole() {
        assertEquals(Optional.of(new CallbackData(ButtonAction.PROPOSAL, "3f:m:ebay")),
                CallbackData.decode("cs:3f:m:ebay"));
    }
}
