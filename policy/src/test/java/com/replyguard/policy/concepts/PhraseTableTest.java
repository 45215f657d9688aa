package com.replyguard.policy.concepts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhraseTableTest {
    private static Phrase phrase(int concept, boolean not, String... terms) {
        return new Phrase(terms, concept, not, -1, 0);
    }

    @Test
    void offersOnlyPhrasesWhoseSecondTermFollowsInCompiledOrder() {
        Phrase feelFree = phrase(1, true, "feel", "free");
        Phrase feel = phrase(2, false, "feel");
        Phrase feelBad = phrase(3, false, "feel", "bad");
        Phrase feelFreeTo = phrase(4, false, "feel", "free", "to");
        Map<String, List<Phrase>> compiled = new LinkedHashMap<>();
        compiled.put("feel", List.of(feelFree, feel, feelBad, feelFreeTo));
        PhraseTable table = new PhraseTable(compiled);

        String[] text = {"please", "feel", "free", "to", "ask", "feel"};
        // the sense first, the one-term phrase in its place, never "feel bad"
        assertArrayEquals(new Phrase[] {feelFree, feel, feelFreeTo}, table.at(text, 1, text.length));
        // at the sentence's last term only one-term phrases can start
        assertArrayEquals(new Phrase[] {feel}, table.at(text, 5, text.length));
        // a second term no phrase has: the one-term phrases alone
        String[] other = {"feel", "sad"};
        assertArrayEquals(new Phrase[] {feel}, table.at(other, 0, other.length));
        // the next term is outside the sentence: it does not count
        assertArrayEquals(new Phrase[] {feel}, table.at(text, 1, 2));
        assertEquals(0, table.at(text, 0, text.length).length);
    }
}
