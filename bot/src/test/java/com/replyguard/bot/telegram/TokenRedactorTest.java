package com.replyguard.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class TokenRedactorTest {
    private static final String TOKEN = "123456:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";

    @Test
    void theTokenIsRemovedAsIsUrlEncodedAndAsItsSecretPart() {
        String line = "GET /bot" + TOKEN + "/getUpdates failed; proxy said /bot123456%3AAAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"
                + "/getUpdates and /bot123456%3aAAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw; secret AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";
        String out = TokenRedactor.redact(line, TOKEN);
        assertFalse(out.contains("AAHdqTcv"), out);
        assertEquals("GET /bot<token>/getUpdates failed; proxy said /bot<token>/getUpdates and /bot<token>; secret <token>", out);
    }

    @Test
    void textWithoutTheTokenIsUnchanged() {
        assertEquals("timeout after 30 s", TokenRedactor.redact("timeout after 30 s", TOKEN));
    }
}
