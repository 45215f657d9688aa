package com.replyguard.drafting.extract;

import com.replyguard.drafting.read.WordList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the product a buyer refers to, conservatively: only a short noun phrase inside a frame that says it is
 * the thing bought ("the blue kettle I ordered", "I bought a desk lamp", "আমার অর্ডার করা শাড়িটা",
 * "je headphone ta order korsi", "baju kurung yang saya beli", "kasut yg sy order"). A phrase is refused when it is
 * longer than {@value #MAX_WORDS} words, holds a digit (an order number), a generic word ("order", "item",
 * "barang", "জিনিস"), a person ("my husband"), a word of complaint ("broken", "rosak", "ভাঙা") or a function word
 * (so never a whole clause). Nothing found is null: the reply keeps its neutral wording ("your item").
 *
 * <p>Every pattern is a bounded sequence of words without nested repetition, on a message of at most
 * {@value #MAX_TEXT} characters, so the cost is linear. Thread safety: immutable.
 */
final class ProductFinder {
    static final int MAX_WORDS = 4;
    static final int MAX_TEXT = 4000;

    private static final String W = "[\\p{L}][\\p{L}'-]{0,30}";
    private static final String NP = "(" + W + "(?:\\s+" + W + "){0,3})";
    private static final String NP3 = "(" + W + "(?:\\s+" + W + "){0,2})";

    /** A frame, and whether its phrase stands before the purchase words (kept from its end) or after them. */
    private record Frame(Pattern pattern, boolean before) {
    }

    private static final List<Frame> FRAMES = List.of(
            // en: "the blue kettle (that) I ordered", "my new headphones we bought"
            new Frame(en("\\b(?:the|my|this|that|these|those|our)\\s+" + NP + "\\s+(?:(?:that|which)\\s+)?(?:i|we)\\s+"
                    + "(?:have\\s+|had\\s+|just\\s+|recently\\s+)?(?:ordered|bought|purchased|got|received)\\b"), true),
            // en: "I ordered a blue kettle", "we bought two desk lamps"
            new Frame(en("\\b(?:i|we)\\s+(?:have\\s+|had\\s+|just\\s+|recently\\s+)?(?:ordered|bought|purchased)\\s+"
                    + "(?:a|an|the|some|two|three|this|these|your)\\s+" + NP), false),
            // bn script: "অর্ডার করা শাড়িটা", "কেনা ব্লেন্ডারটি"
            new Frame(Pattern.compile("(?:অর্ডার\\s+করা|অর্ডার\\s+দেওয়া|অর্ডার\\s+দেয়া|কেনা)\\s+(\\p{IsBengali}+)"), false),
            // bn script: "যে শাড়িটা অর্ডার করেছিলাম / কিনেছি"
            new Frame(Pattern.compile("যে\\s+(\\p{IsBengali}+)\\s+(?:অর্ডার|কিনে|কিনলাম|কিনেছি|কিনেছিলাম)"), true),
            // romanized bn: "je headphone ta order korsi", "je jama ta kinsi"
            new Frame(en("\\bje\\s+" + NP3 + "\\s+(?:ta|ti|gula|gulo|take|tike)\\s+(?:order|kinsi|kinchi|kinechi|"
                    + "kinlam|kinechilam|kinsilam|kena)\\b"), true),
            // romanized bn: "order kora headphone ta", "kena jama ta"
            new Frame(en("\\b(?:order\\s+kora|order\\s+dewa|kena)\\s+" + NP3 + "\\s+(?:ta|ti|gula|gulo)\\b"), true),
            // ms: "baju kurung yang saya beli", "kasut yg sy order"
            new Frame(en("\\b" + NP3 + "\\s+(?:yang|yg)\\s+(?:saya|sy|aku|i|kami)\\s+(?:dah\\s+|telah\\s+|sudah\\s+)?"
                    + "(?:beli|order|tempah|pesan|oder)\\b"), true),
            // ms: "saya beli baju kurung", "sy order kasut"
            new Frame(en("\\b(?:saya|sy|aku|kami)\\s+(?:dah\\s+|telah\\s+|sudah\\s+|ada\\s+)?"
                    + "(?:beli|order|tempah|pesan|oder)\\s+" + NP3), false));

    /**
     * Words that end a product phrase: function words (so never a clause), generic things, people, complaint
     * (data: {@code extract/not-product-words.txt}).
     */
    private static final Set<String> REFUSED = WordList.set(ProductFinder.class, "not-product-words.txt");

    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Set<String> RELATIVE = Set.of("that", "which");
    private static final Pattern NUMBER_NEXT = Pattern.compile("\\s*\\d");

    /** The product the buyer names, as they wrote it (a romanized or Bengali classifier such as "ta" dropped). */
    String find(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        String text = body.length() > MAX_TEXT ? body.substring(0, MAX_TEXT) : body;
        for (Frame f : FRAMES) {
            Matcher m = f.pattern().matcher(text);
            while (m.find()) {
                if (!f.before() && NUMBER_NEXT.matcher(text).region(m.end(1), text.length()).lookingAt()) {
                    continue; // "the black size 10 ...", "set 3 pieces": a measure or a quantity, not a name
                }
                String phrase = accept(m.group(1), f.before());
                if (phrase != null) {
                    return phrase;
                }
            }
        }
        return null;
    }

    /**
     * The product's words of a matched phrase: those next to the purchase words (from the phrase's end when it
     * stands before them, from its start when after), up to the first word that cannot be part of a product's name
     * ("about the blue kettle" keeps "blue kettle"); null when none is left or a digit is among them.
     */
    private static String accept(String phrase, boolean before) {
        String p = phrase.strip().replaceAll("\\s+", " ");
        if (p.isEmpty()) {
            return null;
        }
        List<String> words = new ArrayList<>(List.of(p.split(" ")));
        if (before) {
            // "the mouse that I bought": the relative word the frame allows may have been taken into the phrase
            while (!words.isEmpty() && RELATIVE.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
                words.remove(words.size() - 1);
            }
            Collections.reverse(words);
        }
        List<String> kept = new ArrayList<>();
        for (String w : words) {
            if (DIGIT.matcher(w).find()) {
                return null; // an order number, a quantity with a unit: not a product's name
            }
            if (REFUSED.contains(w.toLowerCase(Locale.ROOT)) || REFUSED.contains(w) || refusedBengali(w)) {
                break;
            }
            kept.add(w);
        }
        if (kept.isEmpty() || kept.size() > MAX_WORDS) {
            return null;
        }
        if (before) {
            Collections.reverse(kept);
        }
        return String.join(" ", kept);
    }

    /** A Bengali word that is a refused word with a classifier ("জিনিসটা") or a complaint ("ভাঙা"). */
    private static boolean refusedBengali(String w) {
        for (String suffix : new String[] {"টা", "টি", "গুলো", "খানা"}) {
            if (w.endsWith(suffix) && REFUSED.contains(w.substring(0, w.length() - suffix.length()))) {
                return true;
            }
        }
        return false;
    }

    private static Pattern en(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
