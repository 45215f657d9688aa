package com.replyguard.knowledge.defaults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.replyguard.knowledge.entry.Entry;
import com.replyguard.knowledge.entry.Intent;
import com.replyguard.knowledge.entry.Kind;
import com.replyguard.knowledge.entry.Status;
import com.replyguard.knowledge.entry.Topic;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Specification of the shipped default knowledge base (the JSONL files listed in {@code defaults/index.txt}):
 * every line follows the entry contract exactly, taxonomies are the fixed ones, translations agree, every topic and
 * intent is covered for every required marketplace and language, and reply bodies stay inside the known
 * placeholders and the plainest compliance limits (no addresses, no e-mail, no emoji).
 */
class DefaultKnowledgeFilesTest {

    private static final String ROOT = "/com/replyguard/knowledge/defaults/";
    private static final com.replyguard.policy.analysis.LanguageDetector DETECTOR =
            new com.replyguard.policy.analysis.LanguageDetector();
    /** Romanized Bengali: Bengali in Latin script (issue #16). */
    private static final java.util.function.Predicate<String> ROMANIZED = q -> {
        var d = DETECTOR.detectWithScript(q);
        return d.language() == Language.BN && d.script() == com.replyguard.policy.analysis.Script.LATIN;
    };
    private static final Set<String> FIELDS = Set.of("id", "kind", "marketplaces", "language", "intent", "topic",
            "title", "questions", "body", "tags", "source", "status", "group", "author", "approver", "version",
            "created", "updated");
    private static final Set<String> PLACEHOLDERS = Set.of("buyer_name", "order_id", "tracking_number", "agent_name",
            "store_name", "product", "carrier", "date");
    private static final List<Marketplace> REQUIRED_MARKETPLACES =
            List.of(Marketplace.AMAZON, Marketplace.EBAY, Marketplace.ALIEXPRESS);
    private static final List<Language> REQUIRED_LANGUAGES = List.of(Language.EN, Language.BN, Language.MS);
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern BRACES = Pattern.compile("\\{([^{}]*)}");
    private static final Instant SHIPPED = Instant.parse("2026-11-22T00:00:00Z");

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** One parsed line with where it came from, for messages that point at the file and line. */
    record Line(String file, int number, Entry entry) {
        String where() {
            return file + ":" + number + " (" + entry.id() + ")";
        }
    }

    private static List<String> files;
    private static List<Line> lines;
    private static List<String> parseProblems;

    @BeforeAll
    static void loadEverything() throws IOException {
        files = readIndex();
        lines = new ArrayList<>();
        parseProblems = new ArrayList<>();
        for (String file : files) {
            int n = 0;
            for (String raw : readLines(file)) {
                n++;
                if (raw.isBlank()) {
                    parseProblems.add(file + ":" + n + ": blank line");
                    continue;
                }
                try {
                    lines.add(new Line(file, n, parse(raw)));
                } catch (IOException | RuntimeException e) {
                    parseProblems.add(file + ":" + n + ": " + e.getMessage());
                }
            }
        }
    }

    @Test
    void indexListsExistingJsonlFilesOnceEach() throws IOException {
        assertFalse(files.isEmpty(), "index.txt lists no files");
        assertEquals(files.size(), new HashSet<>(files).size(), "index.txt lists a file twice: " + files);
        for (String file : files) {
            assertTrue(file.matches("(policy|replies)-(en|bn|ms)\\.jsonl"), "unexpected file name in index: " + file);
            try (InputStream in = DefaultKnowledgeFilesTest.class.getResourceAsStream(ROOT + file)) {
                assertNotNull(in, "index.txt names a missing file: " + file);
            }
        }
    }

    @Test
    void everyLineParsesStrictlyIntoAnEntry() {
        assertEquals(List.of(), parseProblems);
        assertFalse(lines.isEmpty());
    }

    @Test
    void idsAreUniqueAndWellFormed() {
        Map<String, String> seen = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (Line l : lines) {
            if (!ID.matcher(l.entry().id()).matches()) {
                problems.add(l.where() + ": id is not lower-case words joined by '-'");
            }
            String before = seen.putIfAbsent(l.entry().id(), l.file() + ":" + l.number());
            if (before != null) {
                problems.add(l.where() + ": id already used at " + before);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void eachEntryMatchesItsFileAndTheShippedDefaults() {
        List<String> problems = new ArrayList<>();
        for (Line l : lines) {
            Entry e = l.entry();
            Kind fileKind = l.file().startsWith("policy-") ? Kind.POLICY : Kind.REPLY;
            String fileLanguage = l.file().substring(l.file().indexOf('-') + 1, l.file().indexOf('.'));
            check(problems, e.kind() == fileKind, l, "kind " + e.kind().id() + " in a " + fileKind.id() + " file");
            check(problems, e.language().code().equals(fileLanguage), l, "language " + e.language() + " in a "
                    + fileLanguage + " file");
            check(problems, e.status() == Status.APPROVED, l, "status must be approved");
            check(problems, "system:default".equals(e.author()) && "system:default".equals(e.approver()), l,
                    "author and approver must be system:default");
            check(problems, e.version() == 1, l, "version must be 1");
            check(problems, SHIPPED.equals(e.created()) && SHIPPED.equals(e.updated()), l,
                    "created and updated must be " + SHIPPED);
            check(problems, e.marketplaces().size() == 1, l, "exactly one marketplace (or all): " + e.marketplaces());
            check(problems, e.title() != null && !e.title().isBlank(), l, "title is blank");
            check(problems, e.group() != null && ID.matcher(e.group()).matches(), l, "group missing or malformed");
            check(problems, !e.tags().isEmpty() && e.tags().stream().noneMatch(String::isBlank), l, "tags empty");
            check(problems, e.questions().size() >= 5 && e.questions().size() <= 10, l,
                    "needs 5-10 questions, has " + e.questions().size());
            check(problems, e.questions().stream().noneMatch(String::isBlank), l, "blank question");
            check(problems, new HashSet<>(e.questions()).size() == e.questions().size(), l, "repeated question");
            if (e.kind() == Kind.REPLY) {
                check(problems, e.topic() == null && e.source() == null, l, "a reply has no topic and no source");
            } else {
                check(problems, e.intent() == null, l, "a policy entry has no intent");
                check(problems, e.source() != null && e.source().contains("http"), l,
                        "a policy entry names its source with an address");
            }
            if (e.language() == Language.BN) {
                check(problems, hasBengali(e.body()) && hasBengali(e.title()), l, "Bengali entry without Bengali text");
                // Bengali script, or Bengali typed in Latin letters as buyers do on phones ("kobe pabo?")
                check(problems, e.questions().stream().allMatch(q -> hasBengali(q) || ROMANIZED.test(q)), l,
                        "every Bengali question is written in Bengali (script or romanized)");
            } else {
                check(problems, !hasBengali(e.body()) && e.questions().stream().noneMatch(
                        DefaultKnowledgeFilesTest::hasBengali), l, "Bengali text in a " + e.language() + " entry");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void translationsOfAGroupAgreeAndHaveAnEnglishOriginal() {
        Map<String, List<Line>> groups = lines.stream().collect(Collectors.groupingBy(l -> l.entry().group(),
                LinkedHashMap::new, Collectors.toList()));
        List<String> problems = new ArrayList<>();
        groups.forEach((group, members) -> {
            Entry first = members.get(0).entry();
            Set<Language> languages = new HashSet<>();
            for (Line l : members) {
                Entry e = l.entry();
                check(problems, languages.add(e.language()), l, "second " + e.language() + " entry in group " + group);
                check(problems, e.kind() == first.kind() && e.intent() == first.intent() && e.topic() == first.topic()
                        && e.marketplaces().equals(first.marketplaces()), l,
                        "differs in kind/intent/topic/marketplaces from " + first.id() + " in group " + group);
                check(problems, e.id().equals(group + "-" + e.language().code()), l, "id must be group + '-' + language");
            }
            if (!languages.contains(Language.EN)) {
                problems.add("group " + group + " has no English entry");
            }
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void everyPolicyTopicIsAnsweredForEveryMarketplaceInEveryLanguage() {
        List<String> missing = new ArrayList<>();
        for (Language language : REQUIRED_LANGUAGES) {
            for (Topic topic : Topic.values()) {
                for (Marketplace m : REQUIRED_MARKETPLACES) {
                    boolean served = lines.stream().map(Line::entry).anyMatch(e -> e.kind() == Kind.POLICY
                            && e.language() == language && e.topic() == topic && e.serves(m));
                    if (!served) {
                        missing.add(language + "/" + topic + "/" + m);
                    }
                }
            }
        }
        assertEquals(List.of(), missing, "policy topics without an answer");
    }

    @Test
    void englishRepliesCoverEveryIntentTwicePerMarketplace() {
        List<Entry> english = replies(Language.EN);
        assertTrue(english.size() >= 80, "at least 80 English replies, found " + english.size());
        List<String> thin = new ArrayList<>();
        for (Intent intent : Intent.values()) {
            for (Marketplace m : REQUIRED_MARKETPLACES) {
                long n = english.stream().filter(e -> e.intent() == intent && e.serves(m)).count();
                if (n < 2) {
                    thin.add(intent + "/" + m + "=" + n);
                }
            }
        }
        assertEquals(List.of(), thin, "intents with fewer than two English replies for a marketplace");
    }

    @Test
    void bengaliAndMalayRepliesCoverEveryIntentForEveryMarketplace() {
        List<String> missing = new ArrayList<>();
        for (Language language : List.of(Language.BN, Language.MS)) {
            List<Entry> translated = replies(language);
            for (Intent intent : Intent.values()) {
                for (Marketplace m : REQUIRED_MARKETPLACES) {
                    if (translated.stream().noneMatch(e -> e.intent() == intent && e.serves(m))) {
                        missing.add(language + "/" + intent + "/" + m);
                    }
                }
            }
        }
        assertEquals(List.of(), missing, "intents without a translated reply");
    }

    @Test
    void replyBodiesUseOnlyKnownPlaceholdersAndPolicyBodiesNone() {
        List<String> problems = new ArrayList<>();
        for (Line l : lines) {
            String body = l.entry().body();
            Matcher m = BRACES.matcher(body);
            while (m.find()) {
                if (l.entry().kind() == Kind.POLICY) {
                    problems.add(l.where() + ": placeholder in a policy body: " + m.group());
                } else if (!PLACEHOLDERS.contains(m.group(1))) {
                    problems.add(l.where() + ": unknown placeholder " + m.group());
                }
            }
            String outside = BRACES.matcher(body).replaceAll("");
            check(problems, outside.indexOf('{') < 0 && outside.indexOf('}') < 0, l, "unbalanced brace in body");
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void repliesGreetTheBuyerAndSignOffWithTheAgent() {
        List<String> problems = new ArrayList<>();
        for (Line l : lines) {
            if (l.entry().kind() == Kind.REPLY) {
                check(problems, l.entry().body().contains("{buyer_name}"), l, "reply does not greet {buyer_name}");
                check(problems, l.entry().body().contains("{agent_name}"), l, "reply is not signed by {agent_name}");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void bodiesCarryNoAddressesContactDetailsOrEmoji() {
        Pattern address = Pattern.compile("(?i)https?://|www\\.|\\.com\\b|@|\\+?\\d[\\d ()-]{7,}\\d");
        List<String> problems = new ArrayList<>();
        for (Line l : lines) {
            String body = l.entry().body();
            Matcher m = address.matcher(body);
            if (m.find()) {
                problems.add(l.where() + ": address or contact detail in body: '" + m.group() + "'");
            }
            // The mark of a confirmable claim ("[✔ claim | promise]") is an instruction to the bot, never sent.
            if (body.replaceAll("\\[\\s*✔\\uFE0F?", "[").codePoints().anyMatch(DefaultKnowledgeFilesTest::isEmoji)) {
                problems.add(l.where() + ": emoji in body (Amazon forbids them; the defaults use none)");
            }
        }
        assertEquals(List.of(), problems);
    }

    // ---- helpers ----

    private static List<Entry> replies(Language language) {
        return lines.stream().map(Line::entry).filter(e -> e.kind() == Kind.REPLY && e.language() == language)
                .toList();
    }

    private static void check(List<String> problems, boolean ok, Line l, String what) {
        if (!ok) {
            problems.add(l.where() + ": " + what);
        }
    }

    private static boolean hasBengali(String s) {
        return s != null && s.codePoints().anyMatch(c -> c >= 0x0980 && c <= 0x09FF);
    }

    private static boolean isEmoji(int c) {
        return (c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF) || c == 0xFE0F;
    }

    private static List<String> readIndex() throws IOException {
        List<String> names = new ArrayList<>();
        for (String line : readLines("index.txt")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                names.add(name);
            }
        }
        return names;
    }

    /** Reads a resource as strict UTF-8: a malformed byte fails the test instead of turning into '?'. */
    private static List<String> readLines(String name) throws IOException {
        try (InputStream in = DefaultKnowledgeFilesTest.class.getResourceAsStream(ROOT + name)) {
            assertNotNull(in, "missing resource " + ROOT + name);
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, decoder))) {
                return r.lines().toList();
            } catch (java.io.UncheckedIOException e) {
                if (e.getCause() instanceof CharacterCodingException) {
                    throw new AssertionError(name + " is not valid UTF-8", e);
                }
                throw e;
            }
        }
    }

    private static Entry parse(String raw) throws IOException {
        JsonNode node = STRICT.readTree(raw);
        if (!node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        Set<String> keys = new HashSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            keys.add(it.next());
        }
        if (!keys.equals(FIELDS)) {
            Set<String> unknown = new HashSet<>(keys);
            unknown.removeAll(FIELDS);
            Set<String> absent = new HashSet<>(FIELDS);
            absent.removeAll(keys);
            throw new IllegalArgumentException("fields differ from the contract: unknown " + unknown + ", missing "
                    + absent);
        }
        Kind kind = Kind.parse(text(node, "kind", false));
        List<Marketplace> marketplaces = strings(node, "marketplaces").stream().map(Marketplace::parse).toList();
        if (marketplaces.contains(Marketplace.ALL) && marketplaces.size() > 1) {
            throw new IllegalArgumentException("'all' cannot be combined with other marketplaces");
        }
        Language language = Language.parse(text(node, "language", false));
        if (language == Language.OTHER) {
            throw new IllegalArgumentException("language must be a real code");
        }
        String intent = text(node, "intent", true);
        String topic = text(node, "topic", true);
        if (!node.get("version").isInt()) {
            throw new IllegalArgumentException("version must be an integer");
        }
        return new Entry(text(node, "id", false), kind, marketplaces, language,
                intent == null ? null : Intent.valueOf(intent), topic == null ? null : Topic.valueOf(topic),
                text(node, "title", false), strings(node, "questions"), text(node, "body", false),
                strings(node, "tags"), text(node, "source", true), Status.parse(text(node, "status", false)),
                text(node, "group", false), text(node, "author", false), text(node, "approver", false),
                node.get("version").intValue(), Instant.parse(text(node, "created", false)),
                Instant.parse(text(node, "updated", false)));
    }

    private static String text(JsonNode node, String field, boolean nullable) {
        JsonNode v = node.get(field);
        if (v.isNull() && nullable) {
            return null;
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException(field + " must be a string" + (nullable ? " or null" : "") + ": " + v);
        }
        return v.textValue();
    }

    private static List<String> strings(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (!v.isArray()) {
            throw new IllegalArgumentException(field + " must be an array of strings: " + v);
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : v) {
            if (!item.isTextual()) {
                throw new IllegalArgumentException(field + " must hold only strings: " + item);
            }
            out.add(item.textValue());
        }
        return out;
    }
}
