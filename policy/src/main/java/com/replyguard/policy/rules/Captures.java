package com.replyguard.policy.rules;

import com.replyguard.policy.analysis.Language;
import com.replyguard.policy.text.Resources;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a rewrite template may keep from the sentence it replaces, so the compliant wording still names what the
 * agent wrote about: {@code {order_id}}, an order number the sentence names ("123-4567890-1234567", "order #58213"),
 * and {@code {item}}, the item it names ("the blender", "lampu ini", "ব্লেন্ডারটি"; word lists in
 * {@code items_{en,bn,ms}.txt}). A capture may be missing, so a template either gives a fallback
 * ({@code {item|your purchase}}) or puts the capture in an optional part ({@code "an honest review[ of {item}]"}),
 * which is left out whole when a capture in it is missing: no dangling "of" or "for".
 *
 * <p>Thread safety: immutable after class loading.
 */
final class Captures {
    /** The capture placeholders a fix wording may hold. */
    static final Set<String> NAMES = Set.of("order_id", "item");
    private static final Pattern CAPTURE = Pattern.compile("\\{(order_id|item)(?:\\|([^{}\\[\\]]*))?}");
    private static final Pattern OPTIONAL = Pattern.compile("\\[([^\\[\\]]*)]");
    private static final String NOT_WORD = "(?![\\p{L}\\p{M}\\p{Nd}])";
    private static final String NO_WORD_BEFORE = "(?<![\\p{L}\\p{M}\\p{Nd}])";
    private static final List<Pattern> ORDER_IDS = List.of(
            // Amazon 3-7-7 and eBay 2-5-5 order numbers, wherever they stand
            Pattern.compile(NO_WORD_BEFORE + "(\\p{Nd}{3}-\\p{Nd}{7}-\\p{Nd}{7})" + NOT_WORD),
            Pattern.compile(NO_WORD_BEFORE + "(\\p{Nd}{2}-\\p{Nd}{5}-\\p{Nd}{5})" + NOT_WORD),
            // "order #58213", "order no. A-58213", "pesanan 58213", "অর্ডার নম্বর ৫৮২১৩"
            Pattern.compile("(?iU)" + NO_WORD_BEFORE + "(?:order|pesanan|অর্ডার)\\s*(?:(?:no|number|nombor|id|নম্বর|নং)"
                    + "\\.?\\s*)?[#:]?\\s*#?([\\p{Nd}A-Za-z][\\p{Nd}A-Za-z-]{2,}[\\p{Nd}A-Za-z])" + NOT_WORD),
            Pattern.compile(NO_WORD_BEFORE + "#(\\p{Nd}{4,})" + NOT_WORD));
    /** Words between a determiner and the item that would name a reward rather than the item ("your free bulb"). */
    private static final Set<String> NOT_ITEM_WORDS = Set.of("free", "extra", "bonus", "gift", "replacement", "spare",
            "next", "other", "another", "new-order");
    private static final Map<Language, Pattern> ITEMS = new EnumMap<>(Map.of(
            Language.EN, Pattern.compile("(?iU)" + NO_WORD_BEFORE + "(the|your|this|that|our)\\s+(?:([\\p{L}-]+)\\s+)?("
                    + alternatives("items_en.txt") + ")(?:e?s)?" + NOT_WORD),
            Language.MS, Pattern.compile("(?iU)" + NO_WORD_BEFORE + "(" + alternatives("items_ms.txt")
                    + ")(?:\\s+(ini|itu|tersebut|anda))?" + NOT_WORD),
            Language.BN, Pattern.compile(NO_WORD_BEFORE + "(" + alternatives("items_bn.txt")
                    + ")(টি|টা)?(?:র|তে|কে|ের|য়ের|এর|ে)?" + NOT_WORD)));

    private Captures() {
    }

    /** Whether {@code template} holds a capture placeholder (so the sentence needs reading). */
    static boolean uses(String template) {
        return template != null && CAPTURE.matcher(template).find();
    }

    /** What {@code sentence} (in {@code language}) names: "order_id" and "item", each only when found. */
    static Map<String, String> of(String sentence, Language language) {
        Map<String, String> out = new HashMap<>();
        for (Pattern p : ORDER_IDS) {
            Matcher m = p.matcher(sentence);
            while (m.find()) {
                String id = m.group(1);
                if (id.codePoints().filter(Character::isDigit).count() >= 4) {
                    out.put("order_id", id);
                    break;
                }
            }
            if (out.containsKey("order_id")) {
                break;
            }
        }
        String item = item(sentence, language);
        if (item != null) {
            out.put("item", item);
        }
        return out;
    }

    private static String item(String sentence, Language language) {
        Pattern p = ITEMS.get(language);
        if (p == null) {
            return null;
        }
        Matcher m = p.matcher(sentence);
        while (m.find()) {
            switch (language) {
                case EN -> {
                    String between = m.group(2);
                    if (between == null || !NOT_ITEM_WORDS.contains(between.toLowerCase(Locale.ROOT))) {
                        return m.group(1).toLowerCase(Locale.ROOT) + sentence.substring(m.end(1), m.end());
                    }
                }
                case BN -> {
                    return m.group(1) + (m.group(2) == null ? "" : m.group(2));
                }
                default -> {
                    String s = m.group(2) == null ? m.group(1) : sentence.substring(m.start(), m.end(2));
                    return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
                }
            }
        }
        return null;
    }

    /**
     * {@code template} with its captures filled from {@code captured}: an optional part {@code [...]} is kept (without
     * its brackets) only when every capture in it was found; {@code {item|fallback}} takes the fallback when the item
     * was not found. Brackets holding no capture are ordinary text.
     */
    static String fill(String template, Map<String, String> captured) {
        if (template == null || template.indexOf('{') < 0) {
            return template;
        }
        Matcher g = OPTIONAL.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (g.find()) {
            String inner = g.group(1);
            String kept = g.group();
            if (uses(inner)) {
                boolean all = true;
                Matcher c = CAPTURE.matcher(inner);
                while (c.find()) {
                    all &= captured.containsKey(c.group(1));
                }
                kept = all ? inner : "";
            }
            g.appendReplacement(sb, Matcher.quoteReplacement(kept));
        }
        g.appendTail(sb);
        Matcher c = CAPTURE.matcher(sb.toString());
        StringBuilder out = new StringBuilder();
        while (c.find()) {
            String v = captured.get(c.group(1));
            c.appendReplacement(out, Matcher.quoteReplacement(v != null ? v : c.group(2) == null ? "" : c.group(2)));
        }
        c.appendTail(out);
        return out.toString();
    }

    /**
     * Why {@code template} cannot be filled safely, or null: a capture outside an optional part needs a fallback,
     * since the sentence may not name an order or an item.
     */
    static String problem(String template) {
        String outside = OPTIONAL.matcher(template).replaceAll(m -> uses(m.group(1)) ? "" : Matcher.quoteReplacement(m.group()));
        Matcher c = CAPTURE.matcher(outside);
        while (c.find()) {
            if (c.group(2) == null) {
                return c.group() + " may be missing from the sentence: give it a fallback {" + c.group(1)
                        + "|...} or put it inside an optional part [ ... ]";
            }
        }
        return null;
    }

    private static String alternatives(String file) {
        return Resources.lines(Captures.class, file).stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q"))
                .reduce((a, b) -> a + "|" + b).orElseThrow();
    }
}
