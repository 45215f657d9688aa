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
            "suppresses", "domains", "examples", "frames", "lists", "unless_not", "patterns_none",
            "patterns_none_unless", "message_unless", "message_unless_not", "sentences_before");
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
        private final RuleFields f;
        private final RuleWording wording;
        private final Map<String, String> lists;

        Reader(String file, String id, YamlNode root, boolean builtIn) {
            this.f = new RuleFields(file, id, root, KEYS);
            this.wording = new RuleWording(root, builtIn, f::fail);
            this.lists = f.wordLists();
        }

        Rule rule() {
            String kindName = f.text("kind", true);
            List<Marketplace> markets = f.marketplaces();
            RuleKind kind = switch (kindName) {
                case "phrase", "frame" -> phrase();
                case "literal" -> new RuleKind.Literal(f.texts("literals", true));
                case "detector" -> detector();
                case "exception" -> exception();
                default -> throw f.fail(f.node("kind"), "'kind' must be phrase, frame, literal, detector or exception, not '"
                        + kindName + "'");
            };
            boolean exception = kind instanceof RuleKind.Exception;
            Category category = exception ? null : f.category();
            Severity severity = null;
            Map<Marketplace, Severity> bySite = new EnumMap<>(Marketplace.class);
            if (!exception) {
                severity = f.severity(bySite);
            }
            Set<Language> languages = f.languages(kind instanceof RuleKind.Phrase);
            Map<Language, String> messages = wording.worded("message", !exception,
                    exception ? List.of() : UI_LANGUAGES);
            String message = messages.isEmpty() ? null : messages.getOrDefault(Language.EN,
                    messages.values().iterator().next());
            String source = exception ? f.text("source", false) : f.text("source", true);
            Marketplace exampleSite = markets.contains(Marketplace.ALL) ? Marketplace.AMAZON : markets.get(0);
            RuleWording.Fix fix = wording.fix(languages, exampleSite);
            List<Example> bad = f.examples("bad", true, exampleSite);
            List<Example> good = f.examples("good", false, exampleSite);
            return new Rule(f.id(), f.file(), new LinkedHashSet<>(markets), category, severity, bySite, languages, message,
                    source, fix.text(), kind, bad, good, messages, fix.rewrites(), fix.examples());
        }

        private RuleKind phrase() {
            int within = f.integer("within", DEFAULT_WITHIN);
            String span = f.has("span") ? f.text("span", true) : "sentence";
            if (!span.equals("sentence") && !span.equals("match")) {
                throw f.fail(f.node("span"), "'span' must be sentence or match, not '" + span + "'");
            }
            List<Frame> frames = frames();
            List<PhrasePattern> patterns = patterns("patterns", within, frames.isEmpty());
            List<PhrasePattern> unless = patterns("unless", within, false);
            return new RuleKind.Phrase(patterns, frames, unless, concepts("unless_not"), concepts("patterns_none"),
                    concepts("patterns_none_unless"), span.equals("sentence"), f.integer("max_tokens", 0),
                    patterns("message_unless", within, false), concepts("message_unless_not"));
        }

        /** {@code unless_not: [SKIP_PLATFORM]}, {@code patterns_none: [BUYER_WISH]}: concept names, as one mask (0 when absent). */
        private long concepts(String key) {
            YamlNode node = f.node(key);
            if (node == null || node.value() == null) {
                return 0;
            }
            long mask = 0;
            for (YamlNode n : node.isList() ? node.list() : List.of(node)) {
                mask |= 1L << conceptBit(n);
            }
            return mask;
        }

        /** The bit of the concept {@code n} names, or a clear error at its line. */
        private int conceptBit(YamlNode n) {
            int bit = n.isText() ? analysis.concepts().index(n.text().trim()) : -1;
            if (bit < 0) {
                throw f.fail(n, "unknown concept '" + n.value() + "' (expected one of "
                        + String.join(", ", analysis.concepts().names()) + ")");
            }
            return bit;
        }

        /** {@code frames: [{all: [REVIEW, REWARD], any: [CONDITION], none: [REFUSAL]}]}: concept names checked here. */
        private List<Frame> frames() {
            List<Frame> out = new ArrayList<>();
            YamlNode node = f.node("frames");
            if (node == null || node.value() == null) {
                return out;
            }
            if (!node.isList() || node.list().isEmpty()) {
                throw f.fail(node, "'frames' must be a non-empty list of {all: [...], any: [...], none: [...]}");
            }
            for (YamlNode item : node.list()) {
                if (!item.isMap()) {
                    throw f.fail(item, "a frame is a mapping with 'all', 'any' and 'none' lists of concept names");
                }
                StringBuilder text = new StringBuilder();
                long[] masks = new long[3];
                String[] keys = {"all", "any", "none"};
                for (String k : item.map().keySet()) {
                    if (!List.of(keys).contains(k)) {
                        throw f.fail(item.map().get(k), "unknown frame field '" + k + "' (expected all, any, none)");
                    }
                }
                for (int k = 0; k < 3; k++) {
                    YamlNode list = item.map().get(keys[k]);
                    if (list == null || list.value() == null) {
                        continue;
                    }
                    List<YamlNode> names = list.isList() ? list.list() : List.of(list);
                    for (YamlNode n : names) {
                        masks[k] |= 1L << conceptBit(n);
                    }
                    text.append(keys[k]).append(list.value()).append(' ');
                }
                try {
                    out.add(new Frame(masks[0], masks[1], masks[2], text.toString().strip()));
                } catch (IllegalArgumentException e) {
                    throw f.fail(item, e.getMessage());
                }
            }
            return out;
        }

        /** {@code detector: link} or {@code detector: [messenger, phone, email]}, with optional frames. */
        private RuleKind detector() {
            List<String> names = f.texts("detector", true);
            List<Detector> detectors = new ArrayList<>();
            for (String name : names) {
                try {
                    detectors.add(Detector.named(name));
                } catch (IllegalArgumentException e) {
                    throw f.fail(f.node("detector"), e.getMessage());
                }
            }
            return new RuleKind.Detect(names.stream().map(String::trim).toList(), detectors, frames());
        }

        private RuleKind exception() {
            Set<String> ids = new HashSet<>();
            Set<Category> categories = EnumSet.noneOf(Category.class);
            for (String s : f.texts("suppresses", true)) {
                if (s.equals(s.toUpperCase(Locale.ROOT)) && !s.contains(".")) {
                    categories.add(f.parseCategory(s, f.node("suppresses")));
                } else {
                    ids.add(s);
                }
            }
            Set<String> domains = new HashSet<>();
            for (String d : f.texts("domains", false)) {
                domains.add(d.toLowerCase(Locale.ROOT));
            }
            List<PhrasePattern> patterns = patterns("patterns", f.integer("within", DEFAULT_WITHIN), false);
            if (domains.isEmpty() && patterns.isEmpty()) {
                throw f.fail(f.root(), "an exception needs 'domains' or 'patterns' saying when it applies");
            }
            // what, said in the same sentence, takes the allowance back ("skip the Etsy checkout" names Etsy too)
            List<PhrasePattern> unless = patterns("unless", f.integer("within", DEFAULT_WITHIN), false);
            // what the sentences just before say counts too ("the courier asked us to check your address. No 8, Jln
            // Mawar 3, tel 013-667 2210"), when the file says so
            int before = f.integer("sentences_before", 0);
            if (before < 0 || before > 2) {
                throw f.fail(f.root(), "'sentences_before' is 0, 1 or 2");
            }
            return new RuleKind.Exception(ids, categories, domains, patterns, unless, before);
        }

        private List<PhrasePattern> patterns(String key, int within, boolean required) {
            List<PhrasePattern> out = new ArrayList<>();
            YamlNode node = f.node(key);
            if (node == null || node.value() == null) {
                if (required) {
                    throw f.fail(f.root(), "missing '" + key + "'");
                }
                return out;
            }
            if (!node.isList() || (required && node.list().isEmpty())) {
                throw f.fail(node, "'" + key + "' must be a non-empty list of patterns");
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
                    w = wn == null ? within : f.parseInt(wn);
                    YamlNode ao = item.map().get("any_order");
                    anyOrder = ao != null && ao.isText() && Boolean.parseBoolean(ao.text());
                } else {
                    throw f.fail(item, "a pattern is a string or a mapping with 'match' (and optional 'within', 'any_order')");
                }
                try {
                    out.add(new PhrasePattern(WordLists.expand(source, lists), w, anyOrder, analysis));
                } catch (IllegalArgumentException e) {
                    throw f.fail(item, e.getMessage());
                }
            }
            return out;
        }
    }
}
