package com.replyguard.bot.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading the agent's answer to "reply with the blanks". */
class FillInsTest {
    @Test
    void placesOneValuePerLineInOrderOrByItsShape() {
        assertEquals(Map.of("tracking_number", "1Z999AA10123456784", "date", "Friday 12 December"),
                FillIns.place("1Z999AA10123456784\nFriday 12 December", List.of("tracking_number", "date")));
        assertEquals(Map.of("tracking_number", "RR123456785MY"),
                FillIns.place("RR123456785MY", List.of("date", "tracking_number")));
        assertEquals(Map.of("order_id", "112-4456789-2234567"),
                FillIns.place("112-4456789-2234567", List.of("tracking_number", "order_id")));
    }

    @Test
    void aBuyerMessagePastedInsteadIsNotTakenForValues() {
        assertNull(FillIns.place("Where is my order?", List.of("tracking_number")));
        assertNull(FillIns.place("My parcel arrived broken", List.of("tracking_number")));
        assertNull(FillIns.place("The lamp arrived broken and I want my money back", List.of("date")));
    }
}
