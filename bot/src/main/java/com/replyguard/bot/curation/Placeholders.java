package com.replyguard.bot.curation;

import com.replyguard.drafting.extract.Entities;
import com.replyguard.drafting.extract.EntityExtractor;
import com.replyguard.drafting.read.WordList;
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
    private static final Set<String> GREETINGS = WordList.set(Placeholders.class, "greetings.txt");
    private static final Set<String> NOT_NAMES = WordList.set(Placeholders.class, "not-names.txt");

    private final EntityExtractor extractor = new EntityExtractor();

    /** Closings a reply is signed off with; the name (and store) under or after one is the agent's. */
    private static final List<String> FORMAL_CLOSINGS = WordList.list(Placeholders.class, "formal-closings.txt");
    private static final List<String> CLOSINGS = WordList.list(Placeholders.class, "closings.txt");

    /** The agent's sign-off under a reply: the name and, on the line after it, the store (may be null). */
    record SignOff(String name, String store) {
    }

    /** {@code text} with known and found personal details replaced by placeholders. */
    String generalise(String text, Map<String, String> known, Marketplace marketplace) {
        return generalise(text, known, Map.of(), marketplace);
    }

    /**
     * As {@link #generalise(String, Map, Marketplace)}; the agent's own name and store ({@code signature} from /sign,
     * and the sign-off under the text) become {@code {agent_name}} and {@code {store_name}}, never
     * {@code {buyer_name}}.
     */
    String generalise(String text, Map<String, String> known, Map<String, String> signature, Marketplace marketplace) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : List.of("agent_name", "store_name")) {
            String v = signature.get(key);
            if (v != null && v.strip().length() >= 2) {
                values.put(v.strip(), key);
            }
        }
        SignOff signOff = signOff(text, CLOSINGS);
        if (signOff != null) {
            values.putIfAbsent(signOff.name(), "agent_name");
            if (signOff.store() != null) {
                values.putIfAbsent(signOff.store(), "store_name");
            }
        }
        for (String key : PERSONAL) {
            String v = known.get(key);
            if (v != null && v.strip().length() >= 2) {
                values.putIfAbsent(v.strip(), key);
            }
        }
        Map<String, String> found;
        try {
            found = extractor.extract(text, text, marketplace).asPlaceholders();
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

    /** The agent's sign-off under a reply after a formal closing ("Kind regards,\nNadia"), or null. */
    static SignOff signOff(String text) {
        return signOff(text, List.of());
    }

    private static SignOff signOff(String text, List<String> moreClosings) {
        String[] lines = text.strip().split("\n");
        for (int i = lines.length - 1; i >= 0 && i >= lines.length - 4; i--) {
            String line = lines[i].strip();
            String lower = line.toLowerCase(Locale.ROOT);
            String closing = closing(lower, FORMAL_CLOSINGS);
            if (closing == null) {
                closing = closing(lower, moreClosings);
            }
            if (closing == null) {
                continue;
            }
            String rest = line.substring(closing.length()).replaceFirst("^[\\s,.!:;-]+", "").strip();
            if (!rest.isEmpty()) {
                return isName(rest) ? new SignOff(rest, null) : null;
            }
            String name = i + 1 < lines.length ? lines[i + 1].strip() : "";
            if (!isName(name)) {
                return null;
            }
            String store = i + 2 < lines.length ? lines[i + 2].strip() : "";
            return new SignOff(name, isName(store) || looksLikeStore(store) ? store : null);
        }
        return null;
    }

    private static String closing(String lower, List<String> closings) {
        for (String c : closings) {
            if (lower.startsWith(c) && (lower.length() == c.length() || !Character.isLetter(lower.charAt(c.length())))) {
                return c;
            }
        }
        return null;
    }

    private static boolean isName(String s) {
        if (s.length() < 2 || s.length() > 40 || s.startsWith("{") || !Character.isLetter(s.charAt(0))) {
            return false;
        }
        String[] words = s.split("\\s+");
        if (words.length > 3) {
            return false;
        }
        for (String w : words) {
            if (Character.isLowerCase(w.charAt(0))) {
                return false; // "Thanks for your patience" is not a name; names are capitalised (or not Latin)
            }
            if (!w.chars().allMatch(c -> Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK || c == '.' || c == '\'' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksLikeStore(String s) {
        return s.length() >= 2 && s.length() <= 60 && !s.startsWith("{") && s.chars().noneMatch(c -> c == '?');
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
