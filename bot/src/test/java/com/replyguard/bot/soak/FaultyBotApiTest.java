package com.replyguard.bot.soak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FaultyBotApiTest {
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void servesQueuedUpdatesByOffsetAndRecordsOnlySuccessfulDeliveries() throws Exception {
        try (FaultyBotApi api = new FaultyBotApi("123:abc", Faults.none(), 1)) {
            long first = api.sendText(42, "/start");
            api.sendText(42, "hello");
            JsonNode updates = call(api, "getUpdates", "{\"offset\":0,\"timeout\":0}");
            assertEquals(2, updates.path("result").size());
            assertEquals("bot_command", updates.path("result").get(0).path("message").path("entities").get(0).path("type").asText());
            JsonNode later = call(api, "getUpdates", "{\"offset\":" + (first + 1) + ",\"timeout\":0}");
            assertEquals(1, later.path("result").size(), "a confirmed offset forgets older updates");
            assertEquals(1, api.unconfirmed());

            JsonNode sent = call(api, "sendMessage", "{\"chat_id\":42,\"text\":\"hi there\"}");
            assertTrue(sent.path("ok").asBoolean());
            assertEquals(42, sent.path("result").path("chat").path("id").asLong());
            assertEquals("hi there", api.sentTo(42).getFirst().text());

            api.faults(new Faults(1, 0, 0, 0, 0, 0, 0));
            HttpResponse<String> failed = post(api, "sendMessage", "{\"chat_id\":42,\"text\":\"lost\"}");
            assertEquals(502, failed.statusCode());
            assertEquals(1, api.sentCount(42), "a failed answer delivers nothing");
            api.faults(new Faults(0, 1, 0, 0, 0, 0, 3));
            JsonNode limited = json.readTree(post(api, "sendMessage", "{\"chat_id\":42,\"text\":\"x\"}").body());
            assertEquals(3, limited.path("parameters").path("retry_after").asInt());
        }
    }

    @Test
    void aLongPollWaitsForTheNextUpdateAndAWrongTokenIsUnauthorized() throws Exception {
        try (FaultyBotApi api = new FaultyBotApi("123:abc", Faults.none(), 1)) {
            Thread.ofVirtual().start(() -> {
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    return;
                }
                api.sendText(7, "late");
            });
            JsonNode polled = call(api, "getUpdates", "{\"offset\":0,\"timeout\":20}");
            assertEquals("late", polled.path("result").get(0).path("message").path("text").asText());
            HttpResponse<String> wrong = http.send(HttpRequest.newBuilder(URI.create(api.baseUrl() + "/botWRONG/getMe"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(401, wrong.statusCode());
        }
    }

    @Test
    void theSoakMixMapsRollsOntoEachFaultInProportion() {
        Faults soak = Faults.soak();
        assertEquals(Faults.Kind.SERVER_ERROR, soak.pick(0.05));
        assertEquals(Faults.Kind.TOO_MANY, soak.pick(0.12));
        assertEquals(Faults.Kind.DROPPED, soak.pick(0.155));
        assertEquals(Faults.Kind.STALL, soak.pick(0.162));
        assertEquals(Faults.Kind.MALFORMED, soak.pick(0.17));
        assertEquals(Faults.Kind.NONE, soak.pick(0.2));
    }

    @Test
    void aDroppedConnectionBreaksTheResponseAndDeliversNothing() throws Exception {
        try (FaultyBotApi api = new FaultyBotApi("123:abc", new Faults(0, 0, 1, 0, 0, 0, 0), 1)) {
            assertThrows(java.io.IOException.class, () -> post(api, "sendMessage", "{\"chat_id\":5,\"text\":\"x\"}"));
            assertEquals(0, api.sentCount(5));
            assertEquals(1, api.injected().get(Faults.Kind.DROPPED));
        }
    }

    private JsonNode call(FaultyBotApi api, String method, String body) throws Exception {
        return json.readTree(post(api, method, body).body());
    }

    private HttpResponse<String> post(FaultyBotApi api, String method, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(api.baseUrl() + "/bot123:abc/" + method))
                .timeout(Duration.ofMinutes(1)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
