package com.replyguard.app.cli.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.replyguard.app.cli.serve.ServeSettings;
import com.replyguard.bot.config.ConfigLoader;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON Schemas in docs/schemas accept what ReplyGuard accepts and refuse what it refuses. */
class DocSchemasTest {
    private static final Path DOCS = Path.of("..", "docs", "schemas");
    private static final String CONFIG = """
            telegram:
              token: "123456:ABCdefGhIJKlmNoPQRstuVWXyz"
              api_url: http://127.0.0.1:8081
              poll_timeout_seconds: 20
              allow_groups: false
            users: {"1001": admin, "1002": lead, "1003": agent}
            open_ask: true
            defaults: {marketplace: ebay, language: bn}
            rate_limit: {per_minute: 20, burst: 5}
            workers: 4
            max_input_chars: 4000
            no_args: chat
            chat_memory_minutes: 90
            serve:
              tokens: [0123456789abcdef0123]
              max_body_bytes: 65536
              cors_origins: [https://helpdesk.example]
            """;

    @TempDir
    Path tmp;

    private static Schema schema(String name) throws IOException {
        try (var in = Files.newInputStream(DOCS.resolve(name))) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        }
    }

    @Test
    void everyShippedRuleFileValidates() throws IOException {
        Schema schema = schema("rule.schema.json");
        List<String> problems = new ArrayList<>();
        int files = 0;
        try (Stream<Path> walk = Files.walk(Path.of("..", "policy", "src", "main", "resources", "rules"))) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                files++;
                List<Error> errors = schema.validate(Files.readString(p), InputFormat.YAML);
                errors.forEach(e -> problems.add(p + ": " + e));
            }
        }
        assertTrue(files > 20, "the packs were found");
        assertEquals(List.of(), problems);
    }

    @Test
    void theRuleSchemaRefusesWhatTheLoaderRefuses() throws IOException {
        Schema schema = schema("rule.schema.json");
        String good = "kind: literal\nmarketplaces: [all]\ncategory: MARKETING\nseverity: warn\nmessage: m\nsource: s\n"
                + "literals: [newsletter]\nexamples:\n  bad: [\"Join our [[newsletter]]\"]\n";
        assertEquals(List.of(), schema.validate(good, InputFormat.YAML));
        assertFalse(schema.validate(good.replace("warn", "high"), InputFormat.YAML).isEmpty(), "unknown severity");
        assertFalse(schema.validate(good.replace("MARKETING", "SPAM"), InputFormat.YAML).isEmpty(), "unknown category");
        assertFalse(schema.validate(good.replaceAll("(?s)examples:.*", ""), InputFormat.YAML).isEmpty(), "no examples");
        assertFalse(schema.validate(good + "colour: red\n", InputFormat.YAML).isEmpty(), "unknown key");
        assertFalse(schema.validate(good.replace("literals: [newsletter]\n", ""), InputFormat.YAML).isEmpty(),
                "a literal rule without literals");
    }

    @Test
    void aFullConfigValidatesAndLoadsAndATypoFailsBoth() throws IOException {
        Schema schema = schema("config.schema.json");
        assertEquals(List.of(), schema.validate(CONFIG, InputFormat.YAML));
        Path file = tmp.resolve("config.yaml");
        Files.writeString(file, CONFIG);
        new ConfigLoader(Map.of()).load(file, tmp); // ReplyGuard accepts it too
        assertEquals(65536, ServeSettings.load(file, tmp, Map.of()).maxBodyBytes());

        String typo = CONFIG.replace("cors_origins", "cors_origin");
        assertFalse(schema.validate(typo, InputFormat.YAML).isEmpty());
        Files.writeString(file, typo);
        try {
            ServeSettings.load(file, tmp, Map.of());
            throw new AssertionError("ReplyGuard accepted a misspelled key");
        } catch (com.replyguard.bot.config.ConfigException expected) {
            assertTrue(expected.getMessage().contains("cors_origin"), expected.getMessage());
        }
        assertFalse(schema.validate(CONFIG.replace("no_args: chat", "no_args: web"), InputFormat.YAML).isEmpty());
    }

    @Test
    void theConfigSchemaNamesEveryKeyTheLoaderKnows() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(DOCS.resolve("config.schema.json").toFile());
        TreeSet<String> documented = new TreeSet<>();
        schema.get("properties").fieldNames().forEachRemaining(documented::add);
        TreeSet<String> known = new TreeSet<>();
        for (RecordComponent c : Class.forName("com.replyguard.bot.config.ConfigFile").getRecordComponents()) {
            JsonProperty p = c.getAccessor().getAnnotation(JsonProperty.class);
            if (p == null) {
                p = c.getAnnotation(JsonProperty.class);
            }
            known.add(p != null ? p.value() : c.getName());
        }
        assertEquals(known, documented, "a config key was added: describe it in docs/schemas/config.schema.json");
    }
}
