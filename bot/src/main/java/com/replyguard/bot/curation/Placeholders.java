package com.replyguard.bot.curation;

import com.replyguard.knowledge.draft.extract.Entities;
import com.replyguard.knowledge.draft.extract.EntityExtractor;
import com.replyguard.policy.Marketplace;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns one buyer's details in a reply (name, order id, tracking number, e-mail, phone) back into the placeholders
 * reply templates use ({@code {buyer_name}}, {@code {order_id}}...), so a saved reply fits the next buyer too.
 * Values come from the buyer message drafted last and from the text itself; replacement is plain substring work,
 * linear in the text.
 */
final class Placeholders {
    /** Details that belong to one buyer or order, by placeholder name. */
    private static final List<String> PERSONAL = List.of(Entities.ORDER_ID, Entities.TRACKING_NUMBER,
            Entities.BUYER_NAME, Entities.EMAIL, Entities.PHONE);
    private static final Set<String> GREETINGS = Set.of("hi", "hello", "hey", "dear", "hai", "helo", "salam",
            "assalamualaikum", "prezado", "প্রিয়", "হ্যালো", "হাই", "সালাম");
    private static final Set<String> NOT_NAMES = Set.of("there", "customer", "buyer", "sir", "madam", "team", "all",
            "friend", "pelanggan", "tuan", "puan", "encik", "cik", "গ্রাহক");

    private final EntityExtractor extractor = new EntityExtractor();

    /** {@code text} with known and found personal details replaced by placeholders. */
    String generalise(String text, Map<String, String> known, Marketplace marketplace) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : PERSONAL) {
            String v = known.get(key);
            if (v != null && v.strip().length() >= 2) {
                values.put(v.strip(), key);
            }
        }
        Map<String, String> found;
        try {
            found = extractor.extract(text, text, marketplace);
        } catch (RuntimeException e) {
            found = Map.of(); // the extractor is a helper here; the lead still sees and can edit the text
        }
        for (String key : PERSONAL) {
            String v = found.get(key);
            if (v != null && v.strip().length() >= 2 && !key.equals(Entities.BUYER_NAME)) {
                values.putIfAbsent(v.strip(), key);
            }
        }
        String greeted = greetedName(text);
        if (greeted != null) {
            values.putIfAbsent(greeted, Entities.BUYER_NAME);
        }
        List<String> ordered = new ArrayList<>(values.keySet());
        ordered.sort(Comparator.comparingInt(String::length).reversed()); // "112-445" must not break "112-4456789"
        String out = text;
        for (String v : ordered) {
            out = out.replace(v, "{" + values.get(v) + "}");
        }
        return out;
    }

    /** The name after a greeting at the start of the text ("Hi Sarah," gives "Sarah"), or null. */
    static String greetedName(String text) {
        String first = text.strip();
        int nl = first.indexOf('\n');
        if (nl >= 0) {
            first = first.substring(0, nl);
        }
        String[] words = first.split("[\\s,!.:;]+", 4);
        if (words.length < 2 || !GREETINGS.contains(words[0].toLowerCase(Locale.ROOT))) {
            return null;
        }
        String name = words[1];
        if (name.length() < 2 || name.startsWith("{") || NOT_NAMES.contains(name.toLowerCase(Locale.ROOT))
                || !Character.isLetter(name.charAt(0))) {
            return null;
        }
        return Character.isUpperCase(name.charAt(0)) || !Character.isLowerCase(name.charAt(0)) ? name : null;
    }
}
