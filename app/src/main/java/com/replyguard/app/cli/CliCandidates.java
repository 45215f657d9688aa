package com.replyguard.app.cli;

import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The values picocli lists in help ({@code ${COMPLETION-CANDIDATES}}) and offers in shell completion, taken from the
 * enums so a new marketplace or language shows up by itself. The options stay strings, parsed by the commands, so a
 * wrong value keeps its one-sentence message.
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

    /** The marketplaces and "all" (check every marketplace's rules). */
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
            return List.of(Language.EN, Language.BN, Language.MS).stream().map(l -> l.name().toLowerCase(java.util.Locale.ROOT)).iterator();
        }
    }

    /**
     * The value of a {@code --lang} option: null when it is not given, else en, bn or ms.
     *
     * @throws IllegalArgumentException naming the bad value
     */
    public static Language language(String lang) {
        if (lang == null || lang.isBlank()) {
            return null;
        }
        String code = lang.trim().toLowerCase(java.util.Locale.ROOT);
        for (String known : new Languages()) {
            if (known.equals(code)) {
                return Language.parse(code);
            }
        }
        throw new IllegalArgumentException(new com.replyguard.bot.core.Messages().get(Language.EN, "cli.check.bad_lang", lang));
    }

    /** The verdicts {@code --fail-on} accepts. */
    public static final class FailLevels implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("block", "warn").iterator();
        }
    }
}
