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

    public static TelegramClient create(BotConfig config) {
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
                .build();
        return new OkHttpTelegramClient(http, config.token().orElseThrow(), url);
    }
}
