package com.replyguard.bot.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** The YAML configuration file as written; every field is optional. Unknown keys are refused by the loader. */
record ConfigFile(Telegram telegram, Map<String, String> users, @JsonProperty("open_ask") Boolean openAsk,
                  Defaults defaults, @JsonProperty("rate_limit") RateLimit rateLimit, Integer workers,
                  @JsonProperty("max_input_chars") Integer maxInputChars, @JsonProperty("no_args") String noArgs,
                  @JsonProperty("chat_memory_minutes") Integer chatMemoryMinutes,
                  @JsonProperty("bengali_replies") String bengaliReplies,
                  String language,
                  com.fasterxml.jackson.databind.JsonNode serve) {
    // language: the operator's language for start-up errors and the command line's tables (app.cli.OperatorLanguage
    // reads it, also from a file this loader refuses); checked here so a wrong value is named.
    // serve: read and validated by cli.serve.ServeSettings (the HTTP server's tokens, limits and CORS).

    record Telegram(String token, @JsonProperty("api_url") String apiUrl,
                    @JsonProperty("poll_timeout_seconds") Integer pollTimeoutSeconds,
                    @JsonProperty("allow_groups") Boolean allowGroups) {
    }

    record Defaults(String marketplace, String language) {
    }

    record RateLimit(@JsonProperty("per_minute") Integer perMinute, Integer burst) {
    }
}
