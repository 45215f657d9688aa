package com.replyguard.bot.telegram;

/**
 * Takes the bot token out of a text in every form it reaches logs in: as is, URL-encoded ({@code 123%3AAAH…}, when a
 * server or proxy echoes the request path) and as its secret part alone (the part after the colon, which no
 * encoding changes).
 */
final class TokenRedactor {
    private static final String MASK = "<token>";

    private TokenRedactor() {
    }

    static String redact(String text, String token) {
        if (text == null || token == null || token.isBlank()) {
            return text;
        }
        String out = text.replace(token, MASK);
        int colon = token.indexOf(':');
        String secret = colon >= 0 ? token.substring(colon + 1) : token;
        if (secret.length() >= 8) {
            String id = colon >= 0 ? token.substring(0, colon) : "";
            out = out.replace(id + "%3A" + secret, MASK).replace(id + "%3a" + secret, MASK).replace(secret, MASK);
        }
        return out;
    }
}
