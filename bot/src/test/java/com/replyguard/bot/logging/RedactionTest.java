package com.replyguard.bot.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Everything written to standard error, by us or by libraries, has the token masked, also URL-encoded. */
class RedactionTest {
    static final String TOKEN = "7000000001:AAHsecret-Part_0123456789";

    @Test
    void theTokenIsMaskedInOursAndThirdPartyLinesAlsoUrlEncoded() {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            Redaction.install();
            Redaction.secret(TOKEN);
            LoggerFactory.getLogger("org.telegram.telegrambots.client").warn("GET https://api.telegram.org/bot{}/getMe",
                    TOKEN);
            Logger.getLogger("okhttp3.OkHttpClient").log(Level.WARNING, "proxy said: 502 for /bot"
                    + TOKEN.replace(":", "%3A") + "/sendMessage and %3a form bot" + TOKEN.replace(":", "%3a"));
            System.err.print("split: " + TOKEN.substring(0, 12));
            System.err.println(TOKEN.substring(12) + " ünïcode stays");
            System.err.flush();
        } finally {
            System.setErr(original);
            Redaction.install(); // java.util.logging back on the real standard error (masked)
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("getMe") && out.contains("proxy said") && out.contains("ünïcode stays"), out);
        assertFalse(out.contains("AAHsecret"), "the token leaked:\n" + out);
    }

    @Test
    void tokenShapedBotApiPathsAreMaskedEvenBeforeTheTokenIsKnown() {
        assertEquals("GET /bot<token>/getUpdates and /bot<token>/x",
                Redaction.apply("GET /bot123456:ABCdef-ghi_jkl/getUpdates and /bot123456%3AABCdef-ghi_jkl/x"));
    }

    @Test
    void theSecretPartOfTheTokenIsMaskedAlsoWithoutItsBotId() {
        Redaction.secret("123456:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw");
        String out = Redaction.apply("secret AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw; timeout after 30 s");
        assertEquals("secret <token>; timeout after 30 s", out);
    }
}
