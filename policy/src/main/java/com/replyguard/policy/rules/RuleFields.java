package com.replyguard.policy.rules;

import com.replyguard.policy.Category;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.Severity;
import com.replyguard.policy.analysis.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The typed fields of one parsed rule file: each accessor checks the value's shape and throws a
 * {@link RuleFileException} naming the file, the line of the offending value and what was expected.
 */
final class RuleFields {
    private final String file;
    private final String id;
    private final YamlNode root;
    private final Map<String, YamlNode> map;

    RuleFields(String file, String id, YamlNode root, Set<String> keys) {
        this.file = file;
        this.id = id;
        this.root = root;
        if (!root.isMap()) {
            throw fail(root, "the file must be a YAML mapping of rule fields (kind, marketplaces, ...)");
        }
        this.map = root.map();
        for (Map.Entry<String, YamlNode> e : map.entrySet()) {
            if (!keys.contains(e.getKey())) {
                throw fail(e.getValue(), "unknown field '" + e.getKey() + "' (expected one of "
                        + String.join(", ", keys.stream().sorted().toList()) + ")");
            }
        }
    }

    String file() {
        return file;
    }

    String id() {
        return id;
    }

    YamlNode root() {
        return root;
    }

    /** The raw node of a field, or null when the file has none. */
    YamlNode node(String key) {
        return map.get(key);
    }

    /**
     * {@code lists: {reason: "changed my mind|no longer needed", ...}}: named alternatives that several patterns
     * of the rule share, written {@code @reason} inside a pattern ({@link WordLists}).
     */
    Map<String, String> wordLists() {
        YamlNode node = map.get("lists");
        if (node == null || node.value() == null) {
            return Map.of();
        }
        if (!node.isMap() || node.map().isEmpty()) {
            throw fail(node, "'lists' must be a mapping of names to alternatives such as {reason: \"a|b|c\"}");
        }
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, YamlNode> e : node.map().entrySet()) {
            if (!WordLists.NAME.matcher(e.getKey()).matches()) {
                throw fail(e.getValue(), "a list name is letters, digits and '_' starting with a letter, not '"
                        + e.getKey() + "'");
            }
            YamlNode v = e.getValue();
            List<String> alternatives = new ArrayList<>();
            for (YamlNode item : v.isList() ? v.list() : List.of(v)) {
                if (!item.isText() || item.text().isBlank()) {
                    throw fail(item, "list '" + e.getKey() + "' must hold text alternatives (\"a|b\" or a list)");
                }
                alternatives.add(item.text().strip());
            }
            out.put(e.getKey(), String.join("|", alternatives));
        }
        return Map.copyOf(out);
    }

    boolean has(String key) {
        return map.containsKey(key);
    }

    List<Marketplace> marketplaces() {
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

    Category category() {
        return parseCategory(text("category", true), map.get("category"));
    }

    Category parseCategory(String s, YamlNode at) {
        try {
            return Category.valueOf(s.trim());
        } catch (IllegalArgumentException e) {
            throw fail(at, "unknown category '" + s + "' (expected one of "
                    + String.join(", ", Arrays.stream(Category.values()).map(Enum::name).toList()) + ")");
        }
    }

    Severity severity(Map<Marketplace, Severity> bySite) {
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

    Severity parseSeverity(String s, YamlNode at) {
        try {
            return Severity.parse(s);
        } catch (IllegalArgumentException e) {
            throw fail(at, "'severity' must be block, warn or info, not '" + s + "'");
        }
    }

    Set<Language> languages(boolean phrase) {
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

    List<Example> examples(String key, boolean bad, Marketplace defaultSite) {
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
                site = site(item.map().get("marketplace"), defaultSite, this::fail);
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

    YamlNode require(String key) {
        YamlNode n = map.get(key);
        if (n == null || n.value() == null) {
            throw fail(root, "missing '" + key + "'");
        }
        return n;
    }

    String text(String key, boolean required) {
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

    List<String> texts(String key, boolean required) {
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

    int integer(String key, int fallback) {
        YamlNode n = map.get(key);
        return n == null || n.value() == null ? fallback : parseInt(n);
    }

    int parseInt(YamlNode n) {
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

    RuleFileException fail(YamlNode at, String problem) {
        return new RuleFileException(file, at.line(), id, problem);
    }

    /** An example's own {@code marketplace:}, or {@code fallback} when it names none. */
    static Marketplace site(YamlNode m, Marketplace fallback,
                            java.util.function.BiFunction<YamlNode, String, RuleFileException> fail) {
        if (m == null) {
            return fallback;
        }
        try {
            return Marketplace.parse(m.isText() ? m.text() : null);
        } catch (IllegalArgumentException e) {
            throw fail.apply(m, e.getMessage());
        }
    }
}
