package com.replyguard.app.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.replyguard.bot.telegram.FakeTelegramServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code replyguard serve} and {@code bot --serve} as real processes: the start line, then the API answering. */
class ServeProcessTest {
    private static final String TOKEN = "777:serve-token";
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path data;

    private Process child(FakeTelegramServer api, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), "com.replyguard.app.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(data.resolve("child.err").toFile());
        pb.environment().remove("TELEGRAM_BOT_TOKEN");
        pb.environment().remove("REPLYGUARD_API_TOKENS");
        if (api != null) {
            pb.environment().put("TELEGRAM_BOT_TOKEN", TOKEN);
            pb.environment().put("TELEGRAM_API_URL", api.baseUrl().toString());
            pb.environment().put("REPLYGUARD_USERS", "1001:agent");
        }
        return pb.start();
    }

    private static String firstLine(Process p) throws Exception {
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        return r.readLine();
    }

    private JsonNode postCheck(String base, String text) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/v1/check"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.createObjectNode().put("marketplace", "amazon")
                        .put("text", text).toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return json.readTree(r.body());
    }

    @Test
    void serveAloneStartsWithItsAddressAndAnswers() throws Exception {
        assertTimeoutPreemptively(Duration.ofMinutes(3), () -> {
            Process p = child(null, "serve", "--port", "0", "--data", data.toString());
            try {
                String first = firstLine(p);
                assertTrue(first != null && first.matches("listening on http://127\\.0\\.0\\.1:\\d+"), String.valueOf(first));
                String base = first.substring("listening on ".length());
                assertEquals("block", postCheck(base, "Give us 5 stars and get a free gift").get("verdict").asText());
            } finally {
                p.destroy();
                p.waitFor();
            }
        });
    }

    @Test
    void botWithServeSharesTheProcessAndDataDirectory() throws Exception {
        assertTimeoutPreemptively(Duration.ofMinutes(4), () -> {
            try (FakeTelegramServer api = FakeTelegramServer.start(TOKEN)) {
                Process p = child(api, "bot", "--serve", "--port", "0", "--data", data.toString());
                try {
                    String first = firstLine(p);
                    assertTrue(first != null && first.startsWith("listening on http://127.0.0.1:"), String.valueOf(first));
                    String base = first.substring("listening on ".length());
                    api.pushText(1001, "/help");
                    api.awaitCalls("sendMessage", c -> c.chatId() == 1001, 1, Duration.ofSeconds(150));
                    assertEquals("block", postCheck(base, "Visit shop dot com for a better price").get("verdict").asText());
                    HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base + "/v1/health")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    assertEquals(200, health.statusCode(), health.body());
                    assertTrue(json.readTree(health.body()).get("knowledge").get("entries").asInt() > 0);
                } finally {
                    p.destroy();
                    p.waitFor();
                }
            }
        });
    }

    @Test
    void aNetworkAddressWithoutTokensIsAUsageError() {
        StringWriter err = new StringWriter();
        int exit = new CommandLine(new ServeCommand()).setErr(new PrintWriter(err)).setOut(new PrintWriter(new StringWriter()))
                .execute("--host", "0.0.0.0", "--port", "0", "--data", data.toString());
        assertEquals(2, exit);
        assertTrue(err.toString().contains("needs an API token"), err.toString());
        StringWriter err2 = new StringWriter();
        assertEquals(2, new CommandLine(new ServeCommand()).setErr(new PrintWriter(err2))
                .execute("--port", "70000", "--data", data.toString()));
        assertTrue(err2.toString().contains("--port must be 0..65535"), err2.toString());
    }
}
