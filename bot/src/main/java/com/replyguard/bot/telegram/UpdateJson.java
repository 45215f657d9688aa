package com.replyguard.bot.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.telegram.telegrambots.meta.api.objects.Update;

/** Updates as the JSON kept in the bot's inbox, and back (fields the library does not know are skipped). */
final class UpdateJson {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private UpdateJson() {
    }

    /** Update id to JSON, in the given order. */
    static Map<Long, String> byId(List<Update> updates) {
        Map<Long, String> out = new LinkedHashMap<>();
        for (Update u : updates) {
            try {
                out.put(u.getUpdateId().longValue(), JSON.writeValueAsString(u));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot store update " + u.getUpdateId() + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    static Update parse(String json) throws IOException {
        return JSON.readValue(json, Update.class);
    }
}
