package com.replyguard.app.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.replyguard.app.Composition;
import com.replyguard.app.cli.CheckCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The HTTP API end to end on 127.0.0.1: every endpoint, tokens, limits, CORS and bad input. */
class ApiServerTest {
    private static final String TOKEN = "team-token-0123456789abcdef";
    private static final String BAD = "Give us 5 stars and get a free gift, visit shop dot com";

    @TempDir
    static Path data;
    static Composition services;
    static ApiServer open;
    static ApiServer guarded;
    private static final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        services = new Composition(data, List.of());
        open = new ApiServer(services, ServeSettings.defaults(), "127.0.0.1", 0, 4);
        open.start();
        guarded = new ApiServer(services, new ServeSettings(List.of(TOKEN), 2048, List.of("https://helpdesk.example")),
                "127.0.0.1", 0, 4);
        guarded.start();
    }

    @AfterAll
    static void stop() {
        open.close();
        guarded.close();
        services.close();
    }

    private static HttpResponse<String> post(ApiServer s, String path, String type, String body, String... headers)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.url() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (type != null) {
            b.header("Content-Type", type);
        }
        if (headers.length > 0) {
            b.headers(headers);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> get(ApiServer s, String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.url() + path)).GET();
        if (headers.length > 0) {
            b.headers(headers);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String body(String marketplace, String text) throws Exception {
        return json.writeValueAsString(json.createObjectNode().put("id", "x1").put("marketplace", marketplace)
                .put("text", text));
    }

    @Test
    void checkAnswersWithTheSameObjectAsTheCommandLine() throws Exception {
        HttpResponse<String> r = post(open, "/v1/check", "application/json", body("amazon", BAD));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode o = json.readTree(r.body());
        assertEquals("x1", o.get("id").asText());
        assertEquals("block", o.get("verdict").asText());
        assertTrue(o.get("findings").size() >= 2, r.body());
        JsonNode f = o.get("findings").get(0);
        assertEquals(BAD.substring(f.get("start").asInt(), f.get("end").asInt()), f.get("excerpt").asText());

        StringWriter out = new StringWriter();
        int status = new CommandLine(new CheckCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(new StringWriter()))
                .execute("--data", data.toString(), "--json", "-m", "amazon", BAD);
        assertEquals(0, status);
        JsonNode cli = json.readTree(out.toString());
        ((com.fasterxml.jackson.databind.node.ObjectNode) o).remove("id");
        assertEquals(cli, o, "the API and check --json give the same object");
    }

    @Test
    void checkBatchKeepsIdsAndOrderAndReportsBadLines() throws Exception {
        String batch = "{\"id\":\"a\",\"marketplace\":\"ebay\",\"text\":\"Thanks for your order, it ships today.\"}\n"
                + "not json\n"
                + "{\"id\":\"c\",\"marketplace\":\"amazon\",\"text\":\"" + BAD + "\"}\n";
        HttpResponse<String> r = post(open, "/v1/check", "application/x-ndjson", batch);
        assertEquals(200, r.statusCode(), r.body());
        List<String> lines = r.body().lines().toList();
        assertEquals(3, lines.size(), r.body());
        assertEquals("a", json.readTree(lines.get(0)).get("id").asText());
        assertTrue(json.readTree(lines.get(1)).get("error").asText().contains("line 2"));
        JsonNode third = json.readTree(lines.get(2));
        assertEquals("c", third.get("id").asText());
        assertEquals("block", third.get("verdict").asText());
    }

    @Test
    void draftTextIsSendableAndClaimsComeWithBothWordings() throws Exception {
        HttpResponse<String> d = post(open, "/v1/draft", "application/json",
                body("ebay", "Please cancel order 12-34567-89012, I bought it twice by mistake."));
        assertEquals(200, d.statusCode(), d.body());
        JsonNode draft = json.readTree(d.body());
        assertEquals("CANCEL_ORDER", draft.get("intent").asText());
        int claims = 0;
        for (JsonNode one : draft.get("drafts")) {
            String text = one.get("text").asText();
            assertFalse(text.contains("[✔"), text);
            for (JsonNode c : one.get("claims")) {
                claims++;
                assertTrue(c.get("claim").asText().startsWith("I have cancelled order 12-34567-89012"), c.toString());
                assertTrue(text.contains(c.get("promise").asText()), text);
            }
        }
        assertTrue(claims > 0, d.body());
    }

    @Test
    void draftAndAskSpeakTheContract() throws Exception {
        HttpResponse<String> d = post(open, "/v1/draft", "application/json",
                body("ebay", "Where is order 12-34567-89012?\nThanks, Sarah"));
        assertEquals(200, d.statusCode(), d.body());
        JsonNode draft = json.readTree(d.body());
        assertEquals("ORDER_STATUS", draft.get("intent").asText());
        assertEquals("12-34567-89012", draft.get("entities").get("order_id").asText());
        assertTrue(draft.get("drafts").size() > 0);

        HttpResponse<String> a = post(open, "/v1/ask", "application/json",
                body("amazon", "Can I offer a refund for a 5 star review?"));
        assertEquals(200, a.statusCode(), a.body());
        JsonNode ask = json.readTree(a.body());
        assertEquals("amazon", ask.get("marketplace").asText());
        assertTrue(ask.get("answers").size() > 0, a.body());

        HttpResponse<String> batch = post(open, "/v1/ask", "application/x-ndjson",
                "{\"id\":\"q\",\"text\":\"Can I put my website link in a message?\"}\n");
        assertEquals("q", json.readTree(batch.body().lines().findFirst().orElseThrow()).get("id").asText());
    }

    @Test
    void healthShowsRulesAndKnowledgeInSync() throws Exception {
        HttpResponse<String> r = get(open, "/v1/health");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode h = json.readTree(r.body());
        assertEquals("ok", h.get("status").asText());
        assertTrue(h.get("rules").asInt() > 10, r.body());
        assertTrue(h.get("knowledge").get("entries").asInt() > 0, r.body());
        assertTrue(h.get("knowledge").get("index_in_sync").asBoolean(), r.body());
        assertTrue(h.get("knowledge").has("generation"));
    }

    @Test
    void metricsCountChecksDraftsLatenciesAndReports() throws Exception {
        post(open, "/v1/check", "application/json", body("amazon", BAD));
        post(open, "/v1/draft", "application/json", body("amazon", "Where is my parcel?"));
        HttpResponse<String> r = get(open, "/metrics");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        String m = r.body();
        assertTrue(m.matches("(?s).*replyguard_checks_total\\{verdict=\"block\"} [1-9].*"), m);
        assertTrue(m.matches("(?s).*replyguard_drafts_total [1-9].*"), m);
        assertTrue(m.contains("replyguard_request_duration_seconds_bucket{endpoint=\"check\""), m);
        assertTrue(m.contains("replyguard_false_alarm_reports{status=\"pending\"} 0"), m);
    }

    @Test
    void badInputGetsAClearJsonError() throws Exception {
        assertError(post(open, "/v1/check", "application/json", "{not json"), 400, "not a JSON object");
        assertError(post(open, "/v1/check", "application/json", "[1,2]"), 400, "must be a JSON object");
        assertError(post(open, "/v1/check", "application/json", "{\"marketplace\":\"amazon\"}"), 400, "no \"text\"");
        assertError(post(open, "/v1/check", "application/json", body("mars", "hello")), 400, "mars");
        assertError(post(open, "/v1/check", "application/json", body("amazon", "   ")), 400, "no text");
        assertError(post(open, "/v1/check", "application/xml", "<a/>"), 415, "application/json");
        assertError(get(open, "/v1/check"), 405, "use POST");
        assertEquals("POST", get(open, "/v1/check").headers().firstValue("Allow").orElse(""));
        assertError(post(open, "/v1/nothing", "application/json", "{}"), 404, "no such endpoint");
        HttpRequest binary = HttpRequest.newBuilder(URI.create(open.url() + "/v1/check"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'{', (byte) 0xff, (byte) 0xfe, '}'})).build();
        assertError(http.send(binary, HttpResponse.BodyHandlers.ofString()), 400, "UTF-8");
    }

    @Test
    void bodiesOverTheLimitAreRefused() throws Exception {
        String big = body("amazon", "a".repeat(3000));
        assertError(post(guarded, "/v1/check", "application/json", big, "Authorization", "Bearer " + TOKEN), 413,
                "larger than 2048 bytes");
        assertEquals(200, post(guarded, "/v1/check", "application/json", body("amazon", "Hello there"),
                "Authorization", "Bearer " + TOKEN).statusCode());
    }

    @Test
    void tokensAreRequiredWhenConfigured() throws Exception {
        assertError(post(guarded, "/v1/check", "application/json", body("amazon", "hi")), 401, "needs an API token");
        assertError(post(guarded, "/v1/check", "application/json", body("amazon", "hi"),
                "Authorization", "Bearer wrong-token-0123456789"), 401, "not one this server accepts");
        assertEquals(401, get(guarded, "/metrics").statusCode());
        assertEquals(200, get(guarded, "/metrics", "Authorization", "Bearer " + TOKEN).statusCode());
        assertEquals(200, get(guarded, "/v1/health").statusCode(), "health answers without a token");
    }

    @Test
    void notLoopbackWithoutTokensIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ApiServer(services, ServeSettings.defaults(), "0.0.0.0", 0, 1));
        assertTrue(e.getMessage().contains("needs an API token"), e.getMessage());
    }

    @Test
    void corsIsOffByDefaultAndOnlyForListedOrigins() throws Exception {
        HttpRequest preflight = HttpRequest.newBuilder(URI.create(open.url() + "/v1/check"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST").build();
        HttpResponse<String> r = http.send(preflight, HttpResponse.BodyHandlers.ofString());
        assertEquals(403, r.statusCode());
        assertFalse(r.headers().firstValue("Access-Control-Allow-Origin").isPresent());
        assertFalse(post(open, "/v1/check", "application/json", body("amazon", "hi"), "Origin", "https://evil.example")
                .headers().firstValue("Access-Control-Allow-Origin").isPresent());

        HttpRequest listed = HttpRequest.newBuilder(URI.create(guarded.url() + "/v1/check"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://helpdesk.example")
                .header("Access-Control-Request-Method", "POST").build();
        HttpResponse<String> ok = http.send(listed, HttpResponse.BodyHandlers.ofString());
        assertEquals(204, ok.statusCode());
        assertEquals("https://helpdesk.example", ok.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(ok.headers().firstValue("Access-Control-Allow-Headers").orElse("").contains("Authorization"));
    }

    @Test
    void thePageIsServedInTheAskedLanguage() throws Exception {
        HttpResponse<String> bn = get(open, "/?lang=bn");
        assertEquals(200, bn.statusCode());
        assertTrue(bn.body().contains("<html lang=\"bn\">"));
        assertTrue(bn.body().contains("যাচাই করুন"), "Bengali button");
        assertFalse(bn.body().contains("{{"), "every placeholder filled");
        HttpResponse<String> ms = get(open, "/", "Accept-Language", "ms-MY,ms;q=0.9,en;q=0.5");
        assertTrue(ms.body().contains("Semak"), "Malay from Accept-Language");
    }

    @Test
    void theStartLineNamesTheBoundPort() throws Exception {
        ServeCommand.Address a = new ServeCommand.Address();
        a.host = "127.0.0.1";
        a.port = 0;
        StringWriter out = new StringWriter();
        try (ApiServer s = a.start(services, null, data, new PrintWriter(out))) {
            String first = out.toString().lines().findFirst().orElse("");
            assertTrue(first.matches("listening on http://127\\.0\\.0\\.1:\\d+"), first);
            assertEquals(s.url(), first.substring("listening on ".length()));
            assertEquals(200, get(s, "/v1/health").statusCode());
        }
    }

    private void assertError(HttpResponse<String> r, int status, String fragment) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        JsonNode e = json.readTree(r.body());
        assertNotNull(e.get("error"), r.body());
        assertTrue(e.get("error").asText().contains(fragment), r.body());
        assertFalse(r.body().contains("Exception"), r.body());
    }
}
