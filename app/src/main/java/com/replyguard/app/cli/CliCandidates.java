package com.replyguard.app.cli;

import com.replyguard.knowledge.text.Texts;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The values picocli lists in help ({@code ${COMPLETION-CANDIDATES}}) and offers in shell completion, taken from the
 * enums so a new marketplace or language shows up by itself, and the one converter of {@code --lang} that every
 * command taking it shares.
 */
public final class CliCandidates {
    private CliCandidates() {
    }

    /** The marketplaces a reply is written for: amazon, ebay, ... (not "all"). */
    public static final class Marketplaces implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            List<String> names = new ArrayList<>();
            for (Marketplace m : Marketplace.values()) {
                if (m != Marketplace.ALL) {
                    names.add(m.id());
                }
            }
            return names.iterator();
        }
    }

    /** The marketplaces and "all" (check every marketplace's rules; an entry for every marketplace). */
    public static final class MarketplacesAndAll implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            List<String> names = new ArrayList<>();
            new Marketplaces().forEach(names::add);
            names.add(Marketplace.ALL.id());
            return names.iterator();
        }
    }

    /** The languages the messages are translated into. */
    public static final class Languages implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Texts.languages().stream().map(Language::code).iterator();
        }
    }

    /**
     * {@code --lang} on every command: en, bn or ms in any case; anything else is a usage error naming the allowed
     * values ({@link UnknownLanguage}, which {@code app.Main} prints in the operator's language), never a silent
     * fall-back to English.
     */
    public static final class LanguageConverter implements ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            String code = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
            for (Language l : Texts.languages()) {
                if (l.code().equals(code)) {
                    return l;
                }
            }
            throw new UnknownLanguage(value);
        }
    }

    /** An unknown {@code --lang} value; its message is the English sentence, {@link #in} gives it in a language. */
    public static final class UnknownLanguage extends TypeConversionException {
        private static final long serialVersionUID = 1L;
        private final String value;

        UnknownLanguage(String value) {
            super(OperatorLanguage.get(Language.EN, "operator.lang_unknown", value));
            this.value = value;
        }

        /** The sentence in {@code language}. */
        public String in(Language language) {
            return OperatorLanguage.get(language, "operator.lang_unknown", value);
        }
    }

    /** The verdicts {@code --fail-on} accepts. */
    public static final class FailLevels implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("block", "warn").iterator();
        }
    }
}
