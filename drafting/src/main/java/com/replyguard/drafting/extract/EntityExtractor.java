package com.replyguard.drafting.extract;

import com.replyguard.drafting.read.WordList;
import com.replyguard.policy.Marketplace;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds order ids, tracking numbers (and their carrier), the buyer's name, ASINs, amounts, dates and the product
 * the buyer says they bought ({@link ProductFinder}) in a message.
 *
 * <p>The text is split into tokens in one pass and each token (at most {@value #MAX_TOKEN} characters) is tested
 * against small patterns without nested repetition, so the cost is linear in the text. Thread safety: immutable.
 */
public final class EntityExtractor {
    static final int MAX_TOKEN = 64;
    private static final Pattern AMAZON_ORDER = Pattern.compile("\\d{3}-\\d{7}-\\d{7}");
    private static final Pattern EBAY_ORDER = Pattern.compile("\\d{2}-\\d{5}-\\d{5}");
    private static final Pattern LONG_NUMBER = Pattern.compile("\\d{15,19}");
    private static final Pattern ASIN = Pattern.compile("B0[A-Z0-9]{8}");
    private static final Pattern AMOUNT = Pattern.compile(
            "(?:US\\$|\\$|£|€|৳|¥|RM|TK\\.?|USD|GBP|EUR|MYR|BDT)\\d{1,7}(?:[.,]\\d{1,3}){0,3}");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,7}(?:[.,]\\d{1,3}){0,3}");
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{2,4}");
    private static final Pattern DAY = Pattern.compile("\\d{1,2}(?:st|nd|rd|th)?");
    private static final Set<String> CURRENCY_WORDS = WordList.set(EntityExtractor.class, "currency-words.txt");
    private static final Set<String> MONTHS = WordList.set(EntityExtractor.class, "months.txt");
    private static final Set<String> ORDER_WORDS = WordList.set(EntityExtractor.class, "order-words.txt");

    private final Carriers carriers = new Carriers();
    private final NameFinder names = new NameFinder();
    private final ProductFinder products = new ProductFinder();

    /**
     * Extracts entities from the buyer's own words ({@code body}, where sign-offs are searched for a name) and from
     * the whole paste ({@code original}, whose notification headers often carry the order id).
     */
    public FoundEntities extract(String body, String original, Marketplace marketplace) {
        Map<String, String> found = new LinkedHashMap<>();
        scan(body, marketplace, found);
        if (!original.equals(body)) {
            scan(original.length() > 20_000 ? original.substring(0, 20_000) : original, marketplace, found);
        }
        String name = names.find(body);
        if (name != null) {
            found.putIfAbsent(Entities.BUYER_NAME, name);
        }
        String product = products.find(body);
        if (product != null && !product.equalsIgnoreCase(found.get(Entities.BUYER_NAME))) {
            found.put(Entities.PRODUCT, product);
        }
        return FoundEntities.of(found);
    }

    private void scan(String text, Marketplace marketplace, Map<String, String> found) {
        List<Token> tokens = Tokens.of(text);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.text().length() > MAX_TOKEN) {
                continue;
            }
            String upper = t.text().toUpperCase(Locale.ROOT);
            if (AMAZON_ORDER.matcher(t.text()).matches() || EBAY_ORDER.matcher(t.text()).matches()) {
                found.putIfAbsent(Entities.ORDER_ID, t.text());
                continue;
            }
            Carriers.Match tracking = carriers.match(tokens, i, upper);
            if (tracking != null) {
                found.putIfAbsent(Entities.TRACKING_NUMBER, tracking.number());
                found.putIfAbsent(Entities.CARRIER, tracking.carrier());
                i += tracking.tokensUsed() - 1;
                continue;
            }
            if (LONG_NUMBER.matcher(t.text()).matches()
                    && (marketplace == Marketplace.ALIEXPRESS || follows(tokens, i, ORDER_WORDS)
                    || !found.containsKey(Entities.ORDER_ID))) {
                found.putIfAbsent(Entities.ORDER_ID, t.text());
                continue;
            }
            if (ASIN.matcher(upper).matches()) {
                found.putIfAbsent(Entities.ASIN, upper);
                continue;
            }
            if (AMOUNT.matcher(upper).matches() && upper.chars().anyMatch(Character::isDigit)) {
                found.putIfAbsent(Entities.AMOUNT, t.text());
                continue;
            }
            if (NUMBER.matcher(t.text()).matches()) {
                String amount = amountAround(tokens, i);
                if (amount != null) {
                    found.putIfAbsent(Entities.AMOUNT, amount);
                    continue;
                }
                String date = dateAround(tokens, i);
                if (date != null) {
                    found.putIfAbsent(Entities.DATE, date);
                    continue;
                }
            }
            if (NUMERIC_DATE.matcher(t.text()).matches()) {
                found.putIfAbsent(Entities.DATE, t.text());
            }
        }
    }

    private static String amountAround(List<Token> tokens, int i) {
        String number = tokens.get(i).text();
        if (i > 0 && CURRENCY_WORDS.contains(tokens.get(i - 1).lower())) {
            return tokens.get(i - 1).text() + " " + number;
        }
        if (i + 1 < tokens.size() && CURRENCY_WORDS.contains(tokens.get(i + 1).lower())) {
            return number + " " + tokens.get(i + 1).text();
        }
        return null;
    }

    private static String dateAround(List<Token> tokens, int i) {
        String day = tokens.get(i).lower();
        if (!DAY.matcher(day).matches()) {
            return null;
        }
        if (i + 1 < tokens.size() && MONTHS.contains(tokens.get(i + 1).lower())) {
            return tokens.get(i).text() + " " + tokens.get(i + 1).text();
        }
        if (i > 0 && MONTHS.contains(tokens.get(i - 1).lower())) {
            return tokens.get(i - 1).text() + " " + tokens.get(i).text();
        }
        return null;
    }

    /** True when one of the two tokens before {@code i} is one of {@code words}. */
    static boolean follows(List<Token> tokens, int i, Set<String> words) {
        for (int j = Math.max(0, i - 3); j < i; j++) {
            if (words.contains(tokens.get(j).lower())) {
                return true;
            }
        }
        return false;
    }
}
