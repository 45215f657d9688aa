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

    /** The verdicts {@code --fail-on} accepts. */
    public static final class FailLevels implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("block", "warn").iterator();
        }
    }
}
