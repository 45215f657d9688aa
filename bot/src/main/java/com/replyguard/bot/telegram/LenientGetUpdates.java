package com.replyguard.bot.telegram;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * getUpdates that reads each update on its own: an update the library cannot read becomes an empty update with its
 * id (so the loop confirms and skips it) instead of failing the whole batch and blocking the bot forever.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
final class LenientGetUpdates extends BotApiMethod<ArrayList<Update>> {
    @JsonProperty("offset")
    private final Integer offset;
    @JsonProperty("limit")
    private final Integer limit;
    @JsonProperty("timeout")
    private final Integer timeout;
    @JsonProperty("allowed_updates")
    private final List<String> allowedUpdates;

    LenientGetUpdates(Integer offset, int limit, int timeout, List<String> allowedUpdates) {
        this.offset = offset;
        this.limit = limit;
        this.timeout = timeout;
        this.allowedUpdates = List.copyOf(allowedUpdates);
    }

    @Override
    @JsonIgnore
    public String getMethod() {
        return GetUpdates.PATH;
    }

    @Override
    public ArrayList<Update> deserializeResponse(String answer) throws TelegramApiRequestException {
        JsonNode root;
        try {
            root = OBJECT_MAPPER.readTree(answer);
        } catch (Exception e) {
            throw new TelegramApiRequestException("Unable to deserialize response", e);
        }
        if (root == null || !root.path("ok").asBoolean(false) || !root.path("result").isArray()) {
            // Errors (429, 5xx...) are read by the library so codes and retry_after come out as usual.
            return deserializeResponseArray(answer, Update.class);
        }
        ArrayList<Update> out = new ArrayList<>();
        for (JsonNode node : root.get("result")) {
            try {
                out.add(OBJECT_MAPPER.treeToValue(node, Update.class));
            } catch (Exception e) {
                if (node.path("update_id").canConvertToInt()) {
                    Update empty = new Update();
                    empty.setUpdateId(node.path("update_id").asInt());
                    out.add(empty);
                }
            }
        }
        return out;
    }
}
