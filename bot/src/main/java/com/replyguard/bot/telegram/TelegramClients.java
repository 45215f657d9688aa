package com.replyguard.bot.telegram;

import com.replyguard.bot.config.BotConfig;
import java.net.URI;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** Builds the library's HTTP client for the configured Bot API address, with timeouts that fit long polling. */
public final class TelegramClients {
    private TelegramClients() {
    }

    /** A client that nobody watches for deliveries (tools and tests that only call the API). */
    public static TelegramClient create(BotConfig config) {
        return create(config, new DeliveryWatch());
    }

    /**
     * A client whose answers are read whole inside the HTTP call and reported to {@code watch}. Reading the body
     * there matters on its own: the library reads it later, in its completion callback, and when the connection
     * breaks off mid-body that callback throws and its future is never completed, so the poller (or a chat) waited
     * forever and the bot fell silent (found by scripts/soak's dropped connections). Read in the interceptor, a
     * broken body is an ordinary I/O failure that completes the future exceptionally, and the sender's retry and
     * backoff handle it.
     */
    public static TelegramClient create(BotConfig config, DeliveryWatch watch) {
        URI u = config.apiUrl();
        if (u.getPath() != null && !u.getPath().isEmpty() && !u.getPath().equals("/")) {
            throw new IllegalArgumentException("TELEGRAM_API_URL must be scheme://host[:port] without a path: " + u);
        }
        int port = u.getPort() > 0 ? u.getPort() : "https".equals(u.getScheme()) ? 443 : 80;
        TelegramUrl url = new TelegramUrl(u.getScheme(), u.getHost(), port, false);
        OkHttpClient http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                .writeTimeout(Duration.ofSeconds(60))
                .readTimeout(config.pollTimeout().plusSeconds(20))
                .addInterceptor(watch.interceptor())
                .build();
        return new OkHttpTelegramClient(http, config.token().orElseThrow(), url);
    }
}
