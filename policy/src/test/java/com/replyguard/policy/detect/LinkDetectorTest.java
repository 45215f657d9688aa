package com.replyguard.policy.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinkDetectorTest {
    private final LinkDetector links = new LinkDetector();

    /** Each case marks the one link it must find with [[ ]]. */
    @ParameterizedTest
    @ValueSource(strings = {
        "See [[https://shop.example.com/a?b=1]].",
        "Go to [[www.lampco.com]] now",
        "[[brightlamps dot com slash support]] has it",
        "watch it at [[deskfix dot co slash setup]] today",
        "at [[www . lampco . com]].",
        "try [[lampco[.]com/help]]",
        "try [[lampco(dot)net]] too",
        "manuals at [[toolbarn[.]co/guides]] ok",
        "ask at [[kettlehub(.)io]] later",
        "spelled [[deskfix dot co/setup]] too",
        "short: [[bit.ly/abc123]]",
        "join [[t.me/deals]]",
        "page [[fb.com/glowhome]] ok",
        "kedai [[kedaiku titik com titik my]] ya",
        "[[HTTP://EXAMPLE.ORG]]",
        "visit [[shop.co.uk]], thanks",
        "সাইজ চার্ট এখানে: [[shoproom ডট কম]] দেখুন",
        "[[রঙতুলি ডট নেট]] এ পাবেন",
        "read more at [[golpokotha·xyz]] free",
        "visit [[shop•com]] for more",
        // a spaced path after spaced dots, and a plain-dot host whose extension is no word
        "the clip is at [[youtu . be]] / Xy72kQ if needed",
        "credit works on our own site, [[lampnest.co]], anytime",
        "custom sizes go through our studio site, so pop over to [[fernandflax dot co]] and ask",
    })
    void findsTheMarkedLink(String marked) {
        MarkedSpan.assertFindsOnly(links, marked);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Order 114-3941689-8772232 ships on 22.11.2026.",
        "It costs $19.99 and weighs 2.5 kg.",
        "Thanks. Me and the team. In the box. It is fine.",
        "fast shipping · store pickup · free returns",
        "e.g. the manual.pdf, version 3.1",
        "Write to care@glowhome.com please",
        "Mr. Smith said the dot is red. Com on!",
        "I will drop in dot in a minute",
        "meet me dot to the second",
        "we ship it.Is that ok?",
        "size chart at the link below / ask me",
        "our shop's polka dot co-ord set is back",
        "",
    })
    void leavesOrdinaryTextAlone(String text) {
        assertTrue(links.find(text).isEmpty(), () -> links.find(text).toString());
    }

    @Test
    void reportsTheHostAndItsBrand() {
        Span s = links.find("see https://www.amazon.co.uk/dp/X").get(0);
        assertEquals("www.amazon.co.uk", s.host());
        assertEquals("amazon", links.brand(s.host()));
    }
}
