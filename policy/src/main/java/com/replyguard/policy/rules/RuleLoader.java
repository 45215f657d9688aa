package com.replyguard.policy.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.replyguard.policy.Category;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.Severity;
import com.replyguard.policy.analysis.Language;
import com.replyguard.policy.analysis.TextAnalysis;
import com.replyguard.policy.detect.Detector;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Turns one rule file's text into a {@link Rule}, or throws {@link RuleFileException} naming file, line and problem. */
final class RuleLoader {
    private static final Set<String> KEYS = Set.of("kind", "marketplaces", "category", "severity", "languages",
            "message", "source", "fix", "span", "within", "max_tokens", "patterns", "unless", "literals", "detector",
            "suppresses", "domains", "examples", "frames");
    private static final int DEFAULT_WITHIN = 6;

    private final TextAnalysis analysis;

    RuleLoader(TextAnalysis analysis) {
        this.analysis = analysis;
    }

    /** The languages every built-in rule speaks: its reason in all three, its rewrite in each it checks. */
    static final List<Language> UI_LANGUAGES = List.of(Language.EN, Language.BN, Language.MS);

    /**
     * Loads one rule; a built-in rule ({@code builtIn}) must word its message in en, bn and ms and its rewrite in
     * every one of those it checks, while a team's rule may use one wording (English then stands for all).
     */
    Rule load(String file, String id, String yaml, boolean builtIn) {
        YamlNode root;
        try {
            root = YamlNode.parse(yaml);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            throw new RuleFileException(file, line, id, "not valid YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new RuleFileException(file, 1, id, "cannot be read: " + e.getMessage());
        }
        return load(file, id, root, builtIn);
    }

    /** Like {@link #load(String, String, String, boolean)}, from a file already parsed ({@link PackedRules}). */
    Rule load(String file, String id, YamlNode root, boolean builtIn) {
        return new Reader(file, id, root, builtIn).rule();
    }

    /** Reads one parsed file; every error carries the line of the offending value. */
    private final class Reader {
        private final String file;
        private final String id;
        private final YamlNode root;
        private final Map<String, YamlNode> map;
        private final RuleWording wording;

        Reader(String file, String id, YamlNode root, boolean builtIn) {
            this.file = file;
            this.id = id;
            this.root = root;
            if (!root.isMap()) {
                throw fail(root, "the file must be a YAML mapping of rule fields (kind, marketplaces, ...)");
            }
            this.map = root.map();
            for (Map.Entry<String, YamlNode> e : map.entrySet()) {
                if (!KEYS.contains(e.getKey())) {
                    throw fail(e.getValue(), "unknown field '" + e.getKey() + "' (expected one of "
                            + String.join(", ", KEYS.stream().sorted().toList()) + ")");
                }
            }
            this.wording = new RuleWording(root, builtIn, this::fail);
        }

        Rule rule() {
            String kindName = text("kind", true);
            List<Marketplace> markets = marketplaces();
            RuleKind kind = switch (kindName) {
                case "phrase", "frame" -> phrase();
                case "literal" -> new RuleKind.Literal(texts("literals", true));
                case "detector" -> detector();
                case "exception" -> exception();
                default -> throw fail(map.get("kind"), "'kind' must be phrase, frame, literal, detector or exception, not '"
                        + kindName + "'");
            };
            boolean exception = kind instanceof RuleKind.Exception;
            Category category = exception ? null : category();
            Severity severity = null;
            Map<Marketplace, Severity> bySite = new EnumMap<>(Marketplace.class);
            if (!exception) {
                severity = severity(bySite);
            }
            Set<Language> languages = languages(kind instanceof RuleKind.Phrase);
            Map<Language, String> messages = wording.worded("message", !exception,
                    exception ? List.of() : UI_LANGUAGES);
            String message = messages.isEmpty() ? null : messages.getOrDefault(Language.EN,
                    messages.values().iterator().next());
            String source = exception ? text("source", false) : text("source", true);
            Marketplace exampleSite = markets.contains(Marketplace.ALL) ? Marketplace.AMAZON : markets.get(0);
            RuleWording.Fix fix = wording.fix(languages, exampleSite);
            List<Example> bad = examples("bad", true, exampleSite);
            List<Example> good = examples("good", false, exampleSite);
            return new Rule(id, file, new LinkedHashSet<>(markets), category, severity, bySite, languages, message,
                    source, fix.text(), kind, bad, good, messages, fix.rewrites(), fix.examples());
        }

        private RuleKind phrase() {
            int within = integer("within", DEFAULT_WITHIN);
            String span = map.containsKey("span") ? text("span", true) : "sentence";
            if (!span.equals("sentence") && !span.equals("match")) {
                throw fail(map.get("span"), "'span' must be sentence or match, not '" + span + "'");
            }
            List<Frame> frames = frames();
            List<PhrasePattern> patterns = patterns("patterns", within, frames.isEmpty());
            List<PhrasePattern> unless = patterns("unless", within, false);
            return new RuleKind.Phrase(patterns, frames, unless, span.equals("sentence"), integer("max_tokens", 0));
        }

        /** {@code frames: [{all: [REVIEW, REWARD], any: [CONDITION], none: [REFUSAL]}]}: concept names checked here. */
        private List<Frame> frames() {
            List<Frame> out = new ArrayList<>();
            YamlNode node = map.get("frames");
            if (node == null || node.value() == null) {
                return out;
            }
            if (!node.isList() || node.list().isEmpty()) {
                throw fail(node, "'frames' must be a non-empty list of {all: [...], any: [...], none: [...]}");
            }
            for (YamlNode item : node.list()) {
                if (!item.isMap()) {
                    throw fail(item, "a frame is a mapping with 'all', 'any' and 'none' lists of concept names");
                }
                StringBuilder text = new StringBuilder();
                long[] masks = new long[3];
                String[] keys = {"all", "any", "none"};
                for (String k : item.map().keySet()) {
                    if (!List.of(keys).contains(k)) {
                        throw fail(item.map().get(k), "unknown frame field '" + k + "' (expected all, any, none)");
                    }
                }
                for (int k = 0; k < 3; k++) {
                    YamlNode list = item.map().get(keys[k]);
                    if (list == null || list.value() == null) {
                        continue;
                    }
                    List<YamlNode> names = list.isList() ? list.list() : List.of(list);
                    for (YamlNode n : names) {
                        int bit = n.isText() ? analysis.concepts().index(n.text().trim()) : -1;
                        if (bit < 0) {
                            throw fail(n, "unknown concept '" + n.value() + "' (expected one of "
                                    + String.join(", ", analysis.concepts().names()) + ")");
                        }
                        masks[k] |= 1L << bit;
                    }
                    text.append(keys[k]).append(list.value()).append(' ');
                }
                try {
                    out.add(new Frame(masks[0], masks[1], masks[2], text.toString().strip()));
                } catch (IllegalArgumentException e) {
                    throw fail(item, e.getMessage());
                }
            }
            return out;
        }

        private RuleKind detector() {
            String name = text("detector", true);
            try {
                return new RuleKind.Detect(name, Detector.named(name));
            } catch (IllegalArgumentException e) {
                throw fail(map.get("detector"), e.getMessage());
            }
        }

        private RuleKind exception() {
            Set<String> ids = new HashSet<>();
            Set<Category> categories = EnumSet.noneOf(Category.class);
            for (String s : texts("suppresses", true)) {
                if (s.equals(s.toUpperCase(Locale.ROOT)) && !s.contains(".")) {
                    categories.add(parseCategory(s, map.get("suppresses")));
                } else {
                    ids.add(s);
                }
            }
            Set<String> domains = new HashSet<>();
            for (String d : texts("domains", false)) {
                domains.add(d.toLowerCase(Locale.ROOT));
            }
            List<PhrasePattern> patterns = patterns("patterns", integer("within", DEFAULT_WITHIN), false);
            if (domains.isEmpty() && patterns.isEmpty()) {
                throw fail(root, "an exception needs 'domains' or 'patterns' saying when it applies");
            }
            return new RuleKind.Exception(ids, categories, domains, patterns);
        }

        private List<Marketplace> marketplaces() {
            List<Marketplace> out = new ArrayList<>();
            for (String s : texts("marketplaces", true)) {
                try {
                    out.add(Marketplace.parse(s));
                } catch (IllegalArgumentException e) {
                    throw fail(map.get("marketplaces"), e.getMessage());
                }
            }
            return out;
        }

        private Category category() {
            return parseCategory(text("category", true), map.get("category"));
        }

        private Category parseCategory(String s, YamlNode at) {
            try {
                return Category.valueOf(s.trim());
            } catch (IllegalArgumentException e) {
                throw fail(at, "unknown category '" + s + "' (expected one of "
                        + String.join(", ", java.util.Arrays.stream(Category.values()).map(Enum::name).toList()) + ")");
            }
        }

        private Severity severity(Map<Marketplace, Severity> bySite) {
            YamlNode node = require("severity");
            if (node.isText()) {
                return parseSeverity(node.text(), node);
            }
            if (!node.isMap()) {
                throw fail(node, "'severity' must be block, warn, info or a mapping such as {default: block, ebay: info}");
            }
            Severity def = null;
            for (Map.Entry<String, YamlNode> e : node.map().entrySet()) {
                if (!e.getValue().isText()) {
                    throw fail(e.getValue(), "severity for '" + e.getKey() + "' must be block, warn or info");
                }
                Severity s = parseSeverity(e.getValue().text(), e.getValue());
                if (e.getKey().equals("default")) {
                    def = s;
                } else {
                    try {
                        bySite.put(Marketplace.parse(e.getKey()), s);
                    } catch (IllegalArgumentException ex) {
                        throw fail(e.getValue(), ex.getMessage());
                    }
                }
            }
            if (def == null) {
                throw fail(node, "a per-marketplace 'severity' needs a 'default' entry");
            }
            return def;
        }

        private Severity parseSeverity(String s, YamlNode at) {
            try {
                return Severity.parse(s);
            } catch (IllegalArgumentException e) {
                throw fail(at, "'severity' must be block, warn or info, not '" + s + "'");
            }
        }

        private Set<Language> languages(boolean phrase) {
            if (!map.containsKey("languages")) {
                return phrase ? EnumSet.of(Language.EN, Language.BN, Language.MS) : EnumSet.allOf(Language.class);
            }
            Set<Language> out = EnumSet.noneOf(Language.class);
            for (String s : texts("languages", true)) {
                if (s.equals("any")) {
                    out.addAll(EnumSet.allOf(Language.class));
                } else {
                    try {
                        out.add(Language.parse(s));
                    } catch (IllegalArgumentException e) {
                        throw fail(map.get("languages"), e.getMessage() + " or any");
                    }
                }
            }
            return out;
        }

        private List<PhrasePattern> patterns(String key, int within, boolean required) {
            List<PhrasePattern> out = new ArrayList<>();
            YamlNode node = map.get(key);
            if (node == null || node.value() == null) {
                if (required) {
                    throw fail(root, "missing '" + key + "'");
                }
                return out;
            }
            if (!node.isList() || (required && node.list().isEmpty())) {
                throw fail(node, "'" + key + "' must be a non-empty list of patterns");
            }
            for (YamlNode item : node.list()) {
                String source;
                int w = within;
                boolean anyOrder = false;
                if (item.isText()) {
                    source = item.text();
                } else if (item.isMap() && item.map().get("match") != null && item.map().get("match").isText()) {
                    source = item.map().get("match").text();
                    YamlNode wn = item.map().get("within");
                    w = wn == null ? within : parseInt(wn);
                    YamlNode ao = item.map().get("any_order");
                    anyOrder = ao != null && ao.isText() && Boolean.parseBoolean(ao.text());
                } else {
                    throw fail(item, "a pattern is a string or a mapping with 'match' (and optional 'within', 'any_order')");
                }
                try {
                    out.add(new PhrasePattern(source, w, anyOrder, analysis));
                } catch (IllegalArgumentException e) {
                    throw fail(item, e.getMessage());
                }
            }
            return out;
        }

        private List<Example> examples(String key, boolean bad, Marketplace defaultSite) {
            YamlNode ex = map.get("examples");
            if (ex == null || !ex.isMap()) {
                throw fail(ex == null ? root : ex, "missing 'examples' with 'bad' and 'good' lists: every rule"
                        + " carries at least one bad and one good example");
            }
            YamlNode list = ex.map().get(key);
            if (list == null || !list.isList() || list.list().isEmpty()) {
                throw fail(list == null ? ex : list, "needs at least one " + key + " example under 'examples'");
            }
            List<Example> out = new ArrayList<>();
            for (YamlNode item : list.list()) {
                String text;
                Marketplace site = defaultSite;
                String fixed = null;
                if (item.isText()) {
                    text = item.text();
                } else if (item.isMap() && item.map().get("text") != null && item.map().get("text").isText()) {
                    text = item.map().get("text").text();
                    YamlNode m = item.map().get("marketplace");
                    if (m != null) {
                        try {
                            site = Marketplace.parse(m.isText() ? m.text() : null);
                        } catch (IllegalArgumentException e) {
                            throw fail(m, e.getMessage());
                        }
                    }
                    YamlNode f = item.map().get("fixed");
                    fixed = f != null && f.isText() ? f.text() : null;
                } else {
                    throw fail(item, "an example is a string or a mapping with 'text' (and optional 'marketplace', 'fixed')");
                }
                int open = text.indexOf("[[");
                int close = text.lastIndexOf("]]");
                if (bad) {
                    if (open < 0 || close < open + 3) {
                        throw fail(item, "a bad example must mark the offending text with [[ ]]: " + text);
                    }
                    String plain = text.substring(0, open) + text.substring(open + 2, close) + text.substring(close + 2);
                    out.add(new Example(plain, open, close - 2, site, fixed, item.line()));
                } else {
                    if (text.isBlank()) {
                        throw fail(item, "a good example must not be empty");
                    }
                    out.add(new Example(text, -1, -1, site, null, item.line()));
                }
            }
            return out;
        }

        private YamlNode require(String key) {
            YamlNode n = map.get(key);
            if (n == null || n.value() == null) {
                throw fail(root, "missing '" + key + "'");
            }
            return n;
        }

        private String text(String key, boolean required) {
            YamlNode n = map.get(key);
            if (n == null || n.value() == null) {
                if (required) {
                    throw fail(root, "missing '" + key + "'");
                }
                return null;
            }
            if (!n.isText()) {
                throw fail(n, "'" + key + "' must be a single text value");
            }
            if (required && n.text().isBlank()) {
                throw fail(n, "'" + key + "' must not be empty");
            }
            return n.text();
        }

        private List<String> texts(String key, boolean required) {
            YamlNode n = map.get(key);
            if (n == null || n.value() == null) {
                if (required) {
                    throw fail(root, "missing '" + key + "'");
                }
                return List.of();
            }
            if (n.isText()) {
                return List.of(n.text());
            }
            if (!n.isList() || (required && n.list().isEmpty())) {
                throw fail(n, "'" + key + "' must be a list");
            }
            List<String> out = new ArrayList<>();
            for (YamlNode item : n.list()) {
                if (!item.isText() || item.text().isEmpty()) {
                    throw fail(item, "every entry of '" + key + "' must be a non-empty text value");
                }
                out.add(item.text());
            }
            return out;
        }

        private int integer(String key, int fallback) {
            YamlNode n = map.get(key);
            return n == null || n.value() == null ? fallback : parseInt(n);
        }

        private int parseInt(YamlNode n) {
            try {
                int v = Integer.parseInt(n.isText() ? n.text().trim() : "x");
                if (v < 0 || v > 50) {
                    throw new NumberFormatException();
                }
                return v;
            } catch (NumberFormatException e) {
                throw fail(n, "expected a whole number from 0 to 50, not '" + n.value() + "'");
            }
        }

        private RuleFileException fail(YamlNode at, String problem) {
            return new RuleFileException(file, at.line(), id, problem);
        }
    }
}
