package com.replyguard.policy.rules;

import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The words of a rule file a user reads: its message and its fix, each one wording or one per language, and the fix
 * examples. Split from {@link RuleLoader}, which reads the rest of the file; errors carry the offending value's line.
 */
final class RuleWording {
    private static final List<Language> UI_LANGUAGES = RuleLoader.UI_LANGUAGES;

    /** A rule's fix: the English (or only) text, "" to delete the match, null for none; rewrites per language. */
    record Fix(String text, Map<Language, String> rewrites, List<Example> examples) {
    }

    private final YamlNode root;
    private final Map<String, YamlNode> map;
    private final boolean builtIn;
    private final BiFunction<YamlNode, String, RuleFileException> fail;

    RuleWording(YamlNode root, boolean builtIn, BiFunction<YamlNode, String, RuleFileException> fail) {
        this.root = root;
        this.map = root.map();
        this.builtIn = builtIn;
        this.fail = fail;
    }

    /** {@code fix:} as {@code delete: match}, a wording per language, or (a team's rule) one text. */
    Fix fix(Set<Language> languages, Marketplace exampleSite) {
        YamlNode fixNode = map.get("fix");
        if (fixNode != null && fixNode.isMap() && fixNode.map().containsKey("delete")) {
            YamlNode d = fixNode.map().get("delete");
            if (!d.isText() || !d.text().equals("match") || fixNode.map().size() > 2) {
                throw fail(d, "'fix.delete' must be 'match' (delete the offending part), beside only 'examples'");
            }
            return new Fix("", Map.of(), fixExamples(fixNode, exampleSite));
        }
        if (fixNode != null && fixNode.isMap()) {
            List<Language> checked = UI_LANGUAGES.stream().filter(languages::contains).toList();
            Map<Language, String> rewrites = worded("fix", true, checked);
            for (String w : rewrites.values()) {
                String unknown = OrderPages.unknownPlaceholder(w);
                if (unknown != null) {
                    throw fail(fixNode, "unknown placeholder " + unknown + " in the fix; a fix may use "
                            + OrderPages.PLACEHOLDERS.stream().sorted().map(x -> "{" + x + "}").toList());
                }
                String problem = Captures.problem(w);
                if (problem != null) {
                    throw fail(fixNode, problem);
                }
            }
            return new Fix(rewrites.getOrDefault(Language.EN, rewrites.values().iterator().next()), rewrites,
                    fixExamples(fixNode, exampleSite));
        }
        if (fixNode != null && fixNode.value() != null) {
            if (!fixNode.isText()) {
                throw fail(fixNode, "'fix' must be a single text value");
            }
            if (builtIn && !fixNode.text().isEmpty()) {
                throw fail(fixNode, "a built-in rule's rewrite needs a wording per language: fix: {en: ..., bn: ..., ms: ...}");
            }
            return new Fix(fixNode.text(), Map.of(), List.of());
        }
        return new Fix(null, Map.of(), List.of());
    }

    /**
     * A text that is either one wording or a mapping {@code {en: ..., bn: ..., ms: ...}}. A built-in rule's
     * mapping must cover {@code required}; a team rule's single wording (or its English) stands for the others.
     */
    Map<Language, String> worded(String key, boolean required, List<Language> needed) {
        YamlNode n = map.get(key);
        if (n == null || n.value() == null) {
            if (required) {
                throw fail(root, "missing '" + key + "'");
            }
            return Map.of();
        }
        Map<Language, String> out = new EnumMap<>(Language.class);
        if (n.isText()) {
            if (required && n.text().isBlank()) {
                throw fail(n, "'" + key + "' must not be empty");
            }
            if (builtIn && !needed.isEmpty()) {
                throw fail(n, "'" + key + "' of a built-in rule needs a wording per language: {"
                        + String.join(": ..., ", needed.stream().map(Language::code).toList()) + ": ...}");
            }
            for (Language l : needed.isEmpty() ? List.of(Language.EN) : UI_LANGUAGES) {
                out.put(l, n.text());
            }
            return out;
        }
        if (!n.isMap()) {
            throw fail(n, "'" + key + "' must be a text or a mapping such as {en: ..., bn: ..., ms: ...}");
        }
        for (Map.Entry<String, YamlNode> e : n.map().entrySet()) {
            if (e.getKey().equals("examples") && key.equals("fix")) {
                continue;
            }
            Language l;
            try {
                l = Language.parse(e.getKey());
            } catch (IllegalArgumentException ex) {
                throw fail(e.getValue(), "'" + key + "' has an entry for " + ex.getMessage());
            }
            if (!e.getValue().isText() || (key.equals("message") && e.getValue().text().isBlank())) {
                throw fail(e.getValue(), "'" + key + "." + e.getKey() + "' must be a non-empty text");
            }
            out.put(l, e.getValue().text());
        }
        for (Language l : needed) {
            if (!out.containsKey(l)) {
                if (builtIn) {
                    throw fail(n, "'" + key + "' has no " + l.code() + " wording (a built-in rule needs "
                            + String.join(", ", needed.stream().map(Language::code).toList()) + ")");
                }
            }
        }
        if (out.isEmpty()) {
            throw fail(n, "'" + key + "' needs at least one wording, such as en: ...");
        }
        if (!builtIn && out.containsKey(Language.EN)) {
            for (Language l : UI_LANGUAGES) {
                out.putIfAbsent(l, out.get(Language.EN)); // a team's rule: English stands in
            }
        }
        return out;
    }

    /** {@code fix: {examples: [{text: "... [[match]] ...", fixed: "..."}]}}: each must state the fixed draft. */
    private List<Example> fixExamples(YamlNode fixNode, Marketplace defaultSite) {
        YamlNode list = fixNode.map().get("examples");
        if (list == null || list.value() == null) {
            return List.of();
        }
        if (!list.isList()) {
            throw fail(list, "'fix.examples' must be a list of {text: ..., fixed: ...}");
        }
        List<Example> out = new ArrayList<>();
        for (YamlNode item : list.list()) {
            YamlNode t = item.isMap() ? item.map().get("text") : null;
            YamlNode f = item.isMap() ? item.map().get("fixed") : null;
            if (t == null || !t.isText() || f == null || !f.isText()) {
                throw fail(item, "a fix example is a mapping with 'text' (the offending part in [[ ]]) and 'fixed'");
            }
            Marketplace site = RuleFields.site(item.map().get("marketplace"), defaultSite, this::fail);
            String text = t.text();
            int open = text.indexOf("[[");
            int close = text.lastIndexOf("]]");
            if (open < 0 || close < open + 3) {
                throw fail(item, "a fix example must mark the offending text with [[ ]]: " + text);
            }
            String plain = text.substring(0, open) + text.substring(open + 2, close) + text.substring(close + 2);
            out.add(new Example(plain, open, close - 2, site, f.text(), item.line()));
        }
        return out;
    }

    private RuleFileException fail(YamlNode at, String problem) {
        return fail.apply(at, problem);
    }
}
