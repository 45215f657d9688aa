package com.replyguard.drafting.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignOffsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the closing and the name go, the question stays
            "Jam tangan tak berfungsi. Boleh ganti? TQ, Danial|Danial|Jam tangan tak berfungsi. Boleh ganti?",
            "হেডফোনে আওয়াজ আসে না। ধন্যবাদ, রিয়াজ|রিয়াজ|হেডফোনে আওয়াজ আসে না।",
            "jar ta fata. change kore diben? dhonnobad, Nasrin|Nasrin|jar ta fata. change kore diben?",
            "It broke after a week.\\nKind regards,\\nHelen Carter|Helen Carter|It broke after a week.",
            "What should I do? - Rashed|Rashed|What should I do?",
            "Where is my parcel? Thanks|-|Where is my parcel?",
            // a thanks inside a sentence is what the buyer says, not a closing
            "It arrived today, thank you! - Sam|Sam|It arrived today, thank you!",
            "Arrived quickly and works great, thanks so much|-|Arrived quickly and works great, thanks so much",
            // too little would be left: the message is its own closing
            "Thank you so much, Emma|Emma|Thank you so much, Emma",
            "Thanks!|-|Thanks!"})
    void cutsOnlyTheClosingAtTheEnd(String body, String name, String expected) {
        assertEquals(expected.replace("\\n", "\n"),
                SignOffs.cut(body.replace("\\n", "\n"), name.equals("-") ? null : name));
    }
}
