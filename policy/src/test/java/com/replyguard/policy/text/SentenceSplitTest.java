package com.replyguard.policy.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where a draft's sentences end: titles and "no." before a number do not end one; a real full stop does. */
class SentenceSplitTest {
    private static List<String> split(String text) {
        return AnalysedText.sentences(text).stream().map(r -> text.substring(r[0], r[1])).toList();
    }

    @Test
    void aTitleBeforeANameDoesNotEndTheGreeting() {
        assertEquals(List.of("Dear Mr. Okafor, the hinge snapped.", "A new lid ships today."),
                split("Dear Mr. Okafor, the hinge snapped. A new lid ships today."));
        assertEquals(List.of("Hello Ms. Grant, Dr. Lee will call back."), split("Hello Ms. Grant, Dr. Lee will call back."));
        assertEquals(List.of("Salam Pn. Siti, barang sudah dihantar.", "Terima kasih."),
                split("Salam Pn. Siti, barang sudah dihantar. Terima kasih."));
    }

    @Test
    void aNumberAfterNoOrRefKeepsTheSentence() {
        assertEquals(List.of("Order no. 4471 left today.", "Thanks!"), split("Order no. 4471 left today. Thanks!"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Thank you, Mr. Smith. See you soon.|2",
            "We said no. Then it shipped.|2",
            "Please reply to Mr.|1",
            "Kind regards, Dr.~Lee|2",
            "The lamp costs 2.5 dollars. It ships Monday.|2"})
    void aRealFullStopStillEndsTheSentence(String text, int sentences) {
        assertEquals(sentences, split(text.replace('~', '\n')).size(), () -> split(text.replace('~', '\n')).toString());
    }
}
