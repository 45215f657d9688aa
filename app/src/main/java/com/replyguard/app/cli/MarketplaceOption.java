package com.replyguard.app.cli;

import com.replyguard.knowledge.text.Notice;
import com.replyguard.policy.Marketplace;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code -m/--marketplace}, declared once for every command that takes it, with one converter and one list of
 * candidates. Three mixins, because the option means three things: the marketplace a text is for ({@link
 * MarketplaceOption}: check, draft, ask, report; its default is {@code $REPLYGUARD_MARKETPLACE}, else the command's
 * own), the entries a listing keeps ({@link Filter}: kb list, search, export; no default), and the marketplaces an
 * entry serves ({@link Several}: kb add, edit).
 *
 * <p>Usage: {@code @Mixin MarketplaceOption marketplace = new MarketplaceOption(Marketplace.ALL);} then
 * {@code marketplace.get()} when the command runs.
 */
public final class MarketplaceOption {
    /** The environment variable that sets the default of the marketplace a text is for. */
    public static final String ENV = "REPLYGUARD_MARKETPLACE";

    /**
     * Kept as given and read by {@link #get()}, so a wrong value (or a wrong {@code $REPLYGUARD_MARKETPLACE}) is the
     * command's own one-sentence usage error.
     */
    @Option(names = {"-m", "--marketplace"}, paramLabel = "M",
            completionCandidates = CliCandidates.MarketplacesAndAll.class,
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; $REPLYGUARD_MARKETPLACE sets it)")
    String name;

    /** The option defaulting to {@code $REPLYGUARD_MARKETPLACE}, else to {@code fallback}. */
    public MarketplaceOption(Marketplace fallback) {
        String env = System.getenv(ENV);
        this.name = env != null && !env.isBlank() ? env.strip() : fallback.id();
    }

    /** For picocli's factory; commands give their own default. */
    public MarketplaceOption() {
        this(Marketplace.ALL);
    }

    /**
     * The marketplace given, else the default.
     *
     * @throws IllegalArgumentException naming the wrong value and the valid ones
     */
    public Marketplace get() {
        return Marketplace.parse(name);
    }

    /** What is wrong with the value given, as a sentence for the operator (after {@link #get()} refused it). */
    public Notice problem() {
        return Notice.of("input.marketplace_unknown", name, String.join(", ", new CliCandidates.MarketplacesAndAll()));
    }

    /** The one converter: a marketplace's id in any case; a wrong one is a usage error that lists the valid ones. */
    public static final class Converter extends ParsingConverter<Marketplace> {
        public Converter() {
            super(Marketplace::parse);
        }
    }

    /** {@code -m} of a listing: only entries serving this marketplace (entries for every marketplace included). */
    public static final class Filter {
        @Option(names = {"-m", "--marketplace"}, paramLabel = "M", converter = Converter.class,
                completionCandidates = CliCandidates.MarketplacesAndAll.class,
                description = "entries serving this marketplace (entries for `all` included): ${COMPLETION-CANDIDATES}")
        Marketplace marketplace;

        /** The marketplace given, or null for every one. */
        public Marketplace get() {
            return marketplace;
        }
    }

    /** {@code -m} of an entry: the marketplaces it serves. */
    public static final class Several {
        @Option(names = {"-m", "--marketplace"}, paramLabel = "M", split = ",", converter = Converter.class,
                completionCandidates = CliCandidates.MarketplacesAndAll.class,
                description = "marketplaces (repeat or comma-separate; `all` for every one): ${COMPLETION-CANDIDATES}")
        List<Marketplace> marketplaces;

        /** The marketplaces given, or null when the option was not given. */
        public List<Marketplace> get() {
            return marketplaces;
        }
    }
}
