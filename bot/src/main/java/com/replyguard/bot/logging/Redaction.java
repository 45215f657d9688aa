package com.replyguard.bot.logging;

import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The one place secrets are taken out of what the process prints. {@link #install()} (at the start of {@code main})
 * routes standard error, where every log line goes (ours through slf4j-simple, the libraries' through slf4j or
 * java.util.logging), through {@link RedactingStream}; {@link #secret(String)} adds the bot token once the
 * configuration is read. A secret is replaced as written, URL-encoded ({@code 123%3AAAH...}, as a server or proxy
 * echoes a request path), in lower-case hex and, for a bot token, its part after the colon alone; anything shaped like a bot token in a Bot API path is replaced too.
 *
 * <p>Thread safety: thread-safe.
 */
public final class Redaction {
    static final String MASK = "<token>";
    /** A token in a Bot API path, also URL-encoded: {@code bot123456:AA...} or {@code bot123456%3AAA...}. */
    private static final Pattern TOKEN_IN_PATH = Pattern.compile("bot[0-9]{3,}(?::|%3[Aa])[A-Za-z0-9_-]{8,}");
    private static final List<String> SECRETS = new CopyOnWriteArrayList<>();

    private Redaction() {
    }

    /** Redacts {@code secret} (and its URL-encoded forms) from everything printed from now on. */
    public static void secret(String secret) {
        if (secret == null || secret.isBlank()) {
            return;
        }
        String encoded = URLEncoder.encode(secret, StandardCharsets.UTF_8);
        int colon = secret.indexOf(':');
        // A bot token's part after the colon is the secret on its own: a log line may show it without its bot id.
        String secretPart = colon >= 0 && secret.length() - colon - 1 >= 8 ? secret.substring(colon + 1) : secret;
        for (String form : List.of(secret, encoded, lowerHex(encoded), secretPart)) {
            if (!SECRETS.contains(form)) {
                SECRETS.add(form);
            }
        }
    }

    /** {@code text} with every known secret and every token-shaped Bot API path segment masked. */
    public static String apply(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String s : SECRETS) {
            if (out.contains(s)) {
                out = out.replace(s, MASK);
            }
        }
        return out.contains("bot") ? TOKEN_IN_PATH.matcher(out).replaceAll("bot" + MASK) : out;
    }

    /**
     * Sends standard error through the redaction (without touching java.util.logging, whose set-up costs a one-shot
     * command tens of milliseconds: {@link #install} does that part). Safe to call more than once.
     */
    public static synchronized void redirectStandardError() {
        if (!(System.err instanceof RedactingStream)) {
            System.setErr(new RedactingStream(System.err));
        }
    }

    /**
     * Sends standard error through the redaction, and points java.util.logging's console handlers (which keep the
     * stream they were created with) at it. Safe to call more than once.
     */
    public static synchronized void install() {
        redirectStandardError();
        Logger root = LogManager.getLogManager().getLogger("");
        for (Handler h : root.getHandlers()) {
            if (h instanceof ConsoleHandler old) {
                ConsoleHandler fresh = new ConsoleHandler(); // takes System.err as it is now
                fresh.setLevel(old.getLevel());
                fresh.setFormatter(old.getFormatter());
                root.removeHandler(old);
                root.addHandler(fresh);
            }
        }
    }

    private static String lowerHex(String encoded) {
        return Pattern.compile("%[0-9A-F]{2}").matcher(encoded).replaceAll(m -> m.group().toLowerCase());
    }

    /**
     * Standard error with each line (up to a newline, carriage return or explicit flush) redacted before it is
     * written. Not auto-flushing: that would flush after every {@code print}, cutting a token printed in two pieces.
     */
    static final class RedactingStream extends PrintStream {
        RedactingStream(PrintStream target) {
            super(new LineRedactor(target), false, target.charset());
        }
    }
}
