package com.replyguard.bot.telegram;

import com.replyguard.bot.config.BotConfig;
import java.net.URI;
import java.time.Duration;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import okhttp3.ResponseBody;
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
                .addInterceptor(TelegramClients::readWholeBody)
                .build();
        return new OkHttpTelegramClient(http, config.token().orElseThrow(), url);
    }

    /**
     * Reads each answer completely inside the HTTP call. The library reads the body later, in its completion
     * callback, and when the connection breaks off mid-body that callback throws and its future is never completed:
     * the poller (or a chat) then waited forever and the bot fell silent (found by scripts/soak's dropped
     * connections). Read here, a broken body is an ordinary I/O failure that completes the future exceptionally, and
     * the sender's retry and backoff handle it.
     */
    static Response readWholeBody(Interceptor.Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        ResponseBody body = response.body();
        if (body == null) {
            return response;
        }
        byte[] bytes;
        try (body) {
            bytes = body.bytes();
        }
        return response.newBuilder().body(ResponseBody.create(bytes, body.contentType())).build();
    }
}
