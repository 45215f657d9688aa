package com.replyguard.knowledge.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.replyguard.knowledge.entry.Entry;
import com.replyguard.knowledge.entry.Intent;
import com.replyguard.knowledge.entry.Kind;
import com.replyguard.knowledge.entry.Status;
import com.replyguard.knowledge.entry.Topic;
import com.replyguard.knowledge.text.Notice;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Converts entries to and from the contract's JSON object (one JSONL line), validating every field and naming every
 * problem at once. The same validation serves JSONL, CSV, YAML and the store.
 *
 * <p>Thread safety: immutable, safe to share.
 */
public final class EntryCodec {
    /** The contract's fields, in their documented order (also the CSV columns). */
    public static final List<String> FIELDS = List.of("id", "kind", "marketplaces", "language", "intent", "topic",
            "title", "questions", "body", "tags", "source", "status", "group", "author", "approver", "version",
            "created", "updated");
    /** Fields holding lists (joined with {@code " | "} in CSV). */
    public static final List<String> LIST_FIELDS = List.of("marketplaces", "questions", "tags");

    public static final int MAX_ID = 200;
    public static final int MAX_TITLE = 500;
    public static final int MAX_BODY = 20_000;
    public static final int MAX_QUESTION = 2_000;
    public static final int MAX_QUESTIONS = 200;
    public static final int MAX_TAGS = 50;
    public static final int MAX_TAG = 100;
    public static final int MAX_SOURCE = 2_000;

    private final ObjectMapper mapper = new ObjectMapper();

    public ObjectMapper mapper() {
        return mapper;
    }

    /** The entry as the contract's JSON object, every field present (nulls included) so export is lossless. */
    public ObjectNode toJson(Entry e) {
        ObjectNode o = mapper.createObjectNode();
        o.put("id", e.id());
        o.put("kind", e.kind().id());
        ArrayNode m = o.putArray("marketplaces");
        e.marketplaces().forEach(x -> m.add(x.id()));
        o.put("language", e.language().code());
        o.put("intent", e.intent() == null ? null : e.intent().name());
        o.put("topic", e.topic() == null ? null : e.topic().name());
        o.put("title", e.title());
        ArrayNode q = o.putArray("questions");
        e.questions().forEach(q::add);
        o.put("body", e.body());
        ArrayNode t = o.putArray("tags");
        e.tags().forEach(t::add);
        o.put("source", e.source());
        o.put("status", e.status().id());
        o.put("group", e.group());
        o.put("author", e.author());
        o.put("approver", e.approver());
        o.put("version", e.version());
        o.put("created", e.created() == null ? null : e.created().toString());
        o.put("updated", e.updated() == null ? null : e.updated().toString());
        return o;
    }

    public String toJsonLine(Entry e) {
        try {
            return mapper.writeValueAsString(toJson(e));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot write entry " + e.id(), ex);
        }
    }

    /** Parses one stored entry written by {@link #toJsonLine}; a failure here means the store is damaged. */
    public Entry fromStored(String json) {
        try {
            return fromJson(mapper.readTree(json), Instant.EPOCH, null);
        } catch (JsonProcessingException | EntryFormatException ex) {
            throw new IllegalStateException("stored entry is unreadable: " + ex.getMessage(), ex);
        }
    }

    /**
     * Validates and converts one JSON object. Missing optional fields get defaults: status approved, group = id,
     * version 1, author = {@code actor}, created/updated = {@code now}, empty lists, null title/source.
     */
    public Entry fromJson(JsonNode node, Instant now, String actor) throws EntryFormatException {
        List<Notice> problems = new ArrayList<>();
        if (node == null || !node.isObject()) {
            throw new EntryFormatException(List.of(Notice.of("import.not_object")));
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                problems.add(Notice.of("import.unknown_field", shorten(f)));
            }
        }
        String id = text(node, "id", true, MAX_ID, problems);
        if (id != null && !id.isBlank() && !validId(id)) {
            problems.add(Notice.of("import.bad_id", shorten(id)));
        }
        Kind kind = parse(node, "kind", true, Kind::parse, problems);
        List<Marketplace> marketplaces = list(node, "marketplaces", true, 20, 20, problems).stream()
                .map(s -> safeParse(s, Marketplace::parse, "marketplaces", problems))
                .filter(x -> x != null).distinct().toList();
        Language language = parse(node, "language", true, Language::parse, problems);
        Intent intent = parse(node, "intent", kind == Kind.REPLY, s -> Intent.valueOf(s.trim().toUpperCase(Locale.ROOT)),
                problems);
        Topic topic = parse(node, "topic", kind == Kind.POLICY, s -> Topic.valueOf(s.trim().toUpperCase(Locale.ROOT)),
                problems);
        String title = text(node, "title", false, MAX_TITLE, problems);
        List<String> questions = list(node, "questions", false, MAX_QUESTIONS, MAX_QUESTION, problems);
        String body = text(node, "body", true, MAX_BODY, problems);
        List<String> tags = list(node, "tags", false, MAX_TAGS, MAX_TAG, problems);
        String source = text(node, "source", false, MAX_SOURCE, problems);
        Status status = parse(node, "status", false, Status::parse, problems);
        String group = text(node, "group", false, MAX_ID, problems);
        String author = text(node, "author", false, MAX_ID, problems);
        String approver = text(node, "approver", false, MAX_ID, problems);
        int version = 1;
        JsonNode v = node.get("version");
        if (v != null && !v.isNull()) {
            if (v.canConvertToInt() && v.isIntegralNumber() && v.asInt() >= 1) {
                version = v.asInt();
            } else {
                problems.add(Notice.of("import.bad_version", shorten(v.toString())));
            }
        }
        Instant created = instant(node, "created", problems);
        Instant updated = instant(node, "updated", problems);
        if (marketplaces.isEmpty() && problems.stream().noneMatch(p -> p.args().contains("marketplaces"))) {
            problems.add(Notice.of("import.no_marketplace"));
        }
        if (!problems.isEmpty()) {
            throw new EntryFormatException(problems);
        }
        Instant made = created == null ? now : created;
        return Entry.builder(id, kind).marketplaces(marketplaces).language(language).intent(intent).topic(topic)
                .title(title).questions(questions).body(body).tags(tags).source(source)
                .status(status == null ? Status.APPROVED : status).group(group == null || group.isBlank() ? id : group)
                .author(author == null ? actor : author).approver(approver).version(version).created(made)
                .updated(updated == null ? made : updated).build();
    }

    static boolean validId(String id) {
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-' || c == ':')) {
                return false;
            }
        }
        return true;
    }

    private static String text(JsonNode node, String field, boolean required, int max, List<Notice> problems) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                problems.add(Notice.of("import.missing_field", field));
            }
            return null;
        }
        if (!v.isTextual()) {
            problems.add(Notice.of("import.not_text", field, v.getNodeType().name().toLowerCase(Locale.ROOT)));
            return null;
        }
        String s = v.textValue();
        if (required && s.isBlank()) {
            problems.add(Notice.of("import.blank", field));
        }
        if (s.length() > max) {
            problems.add(Notice.of("import.too_long", field, s.length(), max));
        }
        if (s.indexOf('\0') >= 0) {
            problems.add(Notice.of("import.nul", field));
        }
        return s;
    }

    private static List<String> list(JsonNode node, String field, boolean required, int maxItems, int maxItem,
                                     List<Notice> problems) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                problems.add(Notice.of("import.missing_field", field));
            }
            return List.of();
        }
        if (!v.isArray()) {
            problems.add(Notice.of("import.not_list", field));
            return List.of();
        }
        if (v.size() > maxItems) {
            problems.add(Notice.of("import.too_many", field, v.size(), maxItems));
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : v) {
            if (!item.isTextual()) {
                problems.add(Notice.of("import.only_strings", field));
            } else if (item.textValue().length() > maxItem) {
                problems.add(Notice.of("import.item_too_long", field, item.textValue().length(), maxItem));
            } else if (item.textValue().indexOf('\0') >= 0) {
                problems.add(Notice.of("import.nul", field));
            } else if (!item.textValue().isBlank()) {
                out.add(item.textValue());
            }
        }
        return out;
    }

    private static <T> T parse(JsonNode node, String field, boolean required, Function<String, T> parser,
                               List<Notice> problems) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || (v.isTextual() && v.textValue().isBlank())) {
            if (required) {
                problems.add(Notice.of("import.missing_field", field));
            }
            return null;
        }
        if (!v.isTextual()) {
            problems.add(Notice.of("import.not_string", field));
            return null;
        }
        return safeParse(v.textValue(), parser, field, problems);
    }

    private static <T> T safeParse(String s, Function<String, T> parser, String field, List<Notice> problems) {
        try {
            return parser.apply(s);
        } catch (IllegalArgumentException ex) {
            problems.add(Notice.of("import.bad_value", field, shorten(s)));
            return null;
        }
    }

    private static Instant instant(JsonNode node, String field, List<Notice> problems) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || (v.isTextual() && v.textValue().isBlank())) {
            return null;
        }
        try {
            return Instant.parse(v.asText().trim());
        } catch (DateTimeParseException ex) {
            problems.add(Notice.of("import.bad_instant", field, shorten(v.asText())));
            return null;
        }
    }

    static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
