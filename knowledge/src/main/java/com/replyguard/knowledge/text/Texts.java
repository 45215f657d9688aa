package com.replyguard.knowledge.text;

import com.replyguard.policy.analysis.Language;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.Collectors;

/**
 * Every sentence and name a user reads, in English, Bengali and Malay: the one message facility of the product.
 * It merges one or more bundle families ({@code base_en.properties}, {@code _bn}, {@code _ms}, UTF-8): the
 * knowledge module's own ({@link #KNOWLEDGE}: drafting notices, import errors, intent/topic/verdict/language names)
 * and, in the bot, the bot's sentences on top. {@code {0}}, {@code {1}}... are replaced by arguments, without
 * MessageFormat, so apostrophes need no escaping. An argument that is an enum constant is shown by its human name
 * (key {@code intent.ORDER_STATUS}, {@code topic.MARKETING}, {@code role.LEAD}...), a {@link Notice} by its
 * sentence, a collection as its elements joined by commas.
 *
 * <p>Usage: {@code new Texts(Texts.KNOWLEDGE).get(Language.BN, "notice.no.intent")}.
 *
 * <p>Thread safety: thread-safe (a language read on first use is read again at worst, never seen half-read).
 */
public final class Texts {
    /** The bundle family of the knowledge module. */
    public static final String KNOWLEDGE = "com.replyguard.knowledge.text.texts";
    private static final List<Language> LANGUAGES = List.of(Language.EN, Language.BN, Language.MS);

    /** The bundle families merged, in order. */
    private final List<String> bases;
    /**
     * Each language's merged sentences, by ordinal, read on first use (English at construction): a one-shot command
     * speaks one language, and reading the other two languages' bundles was most of its report's set-up (issue #17).
     */
    private final AtomicReferenceArray<Map<String, String>> sentences =
            new AtomicReferenceArray<>(Language.values().length);

    /**
     * Loads the families {@code bases} for every language the product speaks: English now, the others on their first
     * use.
     *
     * @throws IllegalStateException when a family is missing or two families give one key different sentences (for
     *                               Bengali and Malay, on the first use of that language)
     */
    public Texts(String... bases) {
        this.bases = List.of(bases);
        sentences(Language.EN);
    }

    /** {@code language}'s merged sentences, read now when they were not yet; null for a language not spoken. */
    private Map<String, String> sentences(Language language) {
        Map<String, String> m = sentences.get(language.ordinal());
        if (m == null && LANGUAGES.contains(language)) {
            m = load(language);
            sentences.compareAndSet(language.ordinal(), null, m);
        }
        return m;
    }

    private Map<String, String> load(Language l) {
        ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        Map<String, String> merged = new LinkedHashMap<>();
        for (String base : bases) {
            ResourceBundle b = ResourceBundle.getBundle(base, Locale.forLanguageTag(l.code()),
                    Texts.class.getClassLoader(), noFallback);
            for (String key : b.keySet()) {
                String earlier = merged.putIfAbsent(key, b.getString(key));
                if (earlier != null && !earlier.equals(b.getString(key))) {
                    throw new IllegalStateException("message key '" + key + "' is defined twice, differently ("
                            + base + "_" + l.code() + " and an earlier bundle)");
                }
            }
        }
        return Map.copyOf(merged);
    }

    /** The languages the product speaks to its users. */
    public static List<Language> languages() {
        return LANGUAGES;
    }

    /** The knowledge module's texts alone. */
    public static Texts knowledge() {
        return new Texts(KNOWLEDGE);
    }

    /** The sentence {@code key} in {@code language}, English when the language has no sentences of its own. */
    public String get(Language language, String key, Object... args) {
        String s = sentence(language, key);
        if (s == null) {
            throw new IllegalArgumentException("no message '" + key + "'");
        }
        for (int i = 0; i < args.length; i++) {
            s = s.replace("{" + i + "}", render(language, args[i]));
        }
        return s;
    }

    /** The human name of {@code value} (key {@code simpleclassname.CONSTANT}), or its own text when it has none. */
    public String name(Language language, Enum<?> value) {
        String s = sentence(language, nameKey(value));
        return s == null ? String.valueOf(value) : s;
    }

    /**
     * The human name of a code recorded as text (an intent, topic or checker category kept in a log or a report
     * count), trying {@code types} in order; the code itself when none of them has it (a team rule's id, "(none)").
     */
    @SafeVarargs
    public final String codeName(Language language, String code, Class<? extends Enum<?>>... types) {
        for (Class<? extends Enum<?>> type : types) {
            for (Enum<?> e : type.getEnumConstants()) {
                if (e.name().equals(code)) {
                    return name(language, e);
                }
            }
        }
        return code;
    }

    /**
     * The constant of {@code type} that {@code text} names: its code in any case ({@code damaged-or-defective}
     * too) or its human name in any language the product speaks; empty when it names none. For filters, so that an
     * operator can type what the tables show.
     */
    public <E extends Enum<E>> java.util.Optional<E> parse(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return java.util.Optional.empty();
        }
        String wanted = text.strip();
        String code = wanted.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(code)) {
                return java.util.Optional.of(e);
            }
        }
        for (E e : type.getEnumConstants()) {
            for (Language l : LANGUAGES) {
                String name = sentences(l).get(nameKey(e));
                if (name != null && name.strip().equalsIgnoreCase(wanted)) {
                    return java.util.Optional.of(e);
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** True when {@code value} has a human name in every language. */
    public boolean hasName(Enum<?> value) {
        return LANGUAGES.stream().allMatch(l -> sentences(l).containsKey(nameKey(value)));
    }

    /** A notice in {@code language}. */
    public String notice(Language language, Notice notice) {
        return get(language, notice.key(), notice.args().toArray());
    }

    /** All keys of {@code language}, for completeness checks. */
    public Set<String> keys(Language language) {
        Map<String, String> own = sentences(language);
        return Collections.unmodifiableSet((own == null ? Map.<String, String>of() : own).keySet());
    }

    /** The key of an enum constant's human name, for example {@code intent.ORDER_STATUS}. */
    public static String nameKey(Enum<?> value) {
        return value.getDeclaringClass().getSimpleName().toLowerCase(Locale.ROOT) + "." + value.name();
    }

    private String sentence(Language language, String key) {
        Map<String, String> own = sentences(language);
        String s = own == null ? null : own.get(key);
        return s != null ? s : sentences(Language.EN).get(key);
    }

    private String render(Language language, Object arg) {
        if (arg instanceof Enum<?> e) {
            return name(language, e);
        }
        if (arg instanceof Notice n) {
            return notice(language, n);
        }
        if (arg instanceof Collection<?> c) {
            return c.stream().map(x -> render(language, x)).collect(Collectors.joining(", "));
        }
        return String.valueOf(arg);
    }
}
