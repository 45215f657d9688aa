package com.replyguard.policy.rules;

import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a rewrite template may name from the draft's context: {@code {orders}}, the marketplace's own order page in
 * the draft's language ("Your Orders on Amazon", "Purchases in My eBay", "মার্কেটপ্লেসের অর্ডার" when the
 * marketplace is not known), from {@code order_pages_XX.properties} (UTF-8).
 *
 * <p>Thread safety: immutable after class loading.
 */
final class OrderPages {
    /** The placeholders a fix wording may hold: {@code {orders}} here, and what {@link Captures} keeps. */
    static final Set<String> PLACEHOLDERS = Set.of("orders", "order_id", "item");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)(?:\\|[^{}]*)?}");
    private static final Map<Language, Properties> PAGES = new EnumMap<>(Map.of(Language.EN, load("en"),
            Language.BN, load("bn"), Language.MS, load("ms")));

    private OrderPages() {
    }

    /** {@code template} with its placeholders filled for {@code marketplace} in {@code language}; null stays null. */
    static String fill(String template, Language language, Marketplace marketplace) {
        if (template == null || template.indexOf('{') < 0) {
            return template;
        }
        Properties pages = PAGES.getOrDefault(language, PAGES.get(Language.EN));
        String page = pages.getProperty(marketplace == null ? Marketplace.ALL.id() : marketplace.id(),
                pages.getProperty(Marketplace.ALL.id()));
        return template.replace("{orders}", page);
    }

    /** The first placeholder of {@code wording} that no template can fill, or null when all are known. */
    static String unknownPlaceholder(String wording) {
        Matcher m = PLACEHOLDER.matcher(wording);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                return m.group();
            }
        }
        return null;
    }

    private static Properties load(String code) {
        String name = "order_pages_" + code + ".properties";
        Properties p = new Properties();
        try (InputStream in = OrderPages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + "; rebuild the project");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Marketplace m : Marketplace.values()) {
            if (p.getProperty(m.id()) == null) {
                throw new IllegalStateException(name + " has no order page for " + m.id());
            }
        }
        return p;
    }
}
