package com.replyguard.bot.telegram;

import com.replyguard.bot.core.FileFetcher;
import com.replyguard.bot.core.Input;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.objects.File;

/**
 * Downloads files users send: asks the Bot API for the file's path, then fetches
 * {@code <api base>/file/bot<token>/<path>} from the configured base (the library would always use
 * api.telegram.org). Errors never show the token.
 */
final class TelegramFiles implements FileFetcher {
    private final TelegramSender sender;
    private final URI apiBase;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    TelegramFiles(TelegramSender sender, URI apiBase, String token) {
        this.sender = sender;
        this.apiBase = apiBase;
        this.token = token;
    }

    @Override
    public byte[] fetch(Input.FileRef ref, long maxBytes) throws IOException {
        if (ref.size() > maxBytes) {
            throw new IOException("the file is " + ref.size() + " bytes; the limit is " + maxBytes);
        }
        File file;
        try {
            file = sender.call(GetFile.builder().fileId(ref.id()).build(), 0, false);
        } catch (SendFailedException e) {
            throw new IOException("Telegram did not give the file: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching a file", e);
        }
        if (file == null || file.getFilePath() == null) {
            throw new IOException("Telegram gave no path for the file");
        }
        StringBuilder path = new StringBuilder();
        for (String seg : file.getFilePath().split("/")) {
            if (!path.isEmpty()) {
                path.append('/');
            }
            path.append(URLEncoder.encode(seg, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        URI uri = URI.create(apiBase + "/file/bot" + token + "/" + path);
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2)).GET().build();
        try {
            HttpResponse<InputStream> resp = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = resp.body()) {
                if (resp.statusCode() != 200) {
                    throw new IOException("the file download failed with HTTP " + resp.statusCode());
                }
                byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (data.length > maxBytes) {
                    throw new IOException("the file is larger than " + maxBytes + " bytes");
                }
                return data;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while downloading a file", e);
        } catch (IOException e) {
            throw new IOException(TelegramSender.describe(e), null); // token masked there, also URL-encoded
        }
    }
}
