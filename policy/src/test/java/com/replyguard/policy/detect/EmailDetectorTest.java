package com.replyguard.policy.detect;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailDetectorTest {
    private final EmailDetector emails = new EmailDetector();

    @ParameterizedTest
    @ValueSource(strings = {
        "mail [[a.b+c@gmail.com]] now",
        "mail [[care [at] glowhome [dot] com]] now",
        "mail [[care(at)glowhome.net]]",
        "mail [[rina at gmail dot com]] please",
        "[[kedai.help@yahoo.com.my]]",
        "reach the team at [[orders at kettlehouse dot com]] any time",
        "write to [[help at glowhome dot co dot uk]]",
    })
    void findsTheMarkedAddress(String marked) {
        MarkedSpan.assertFindsOnly(emails, marked);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "We are at your service.",
        "Follow @glowhome for news",
        "Meet us at shop dot com",
        "find us online at kettlehouse dot com",
        "orders at kettlehouse.com ship daily",
        "Price @ $5 each",
    })
    void ignoresWhatIsNotAnAddress(String text) {
        assertTrue(emails.find(text).isEmpty(), () -> emails.find(text).toString());
    }
}
