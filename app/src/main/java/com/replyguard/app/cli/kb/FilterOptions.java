package com.replyguard.app.cli.kb;

import com.replyguard.app.cli.MarketplaceOption;
import com.replyguard.knowledge.entry.Intent;
import com.replyguard.knowledge.entry.Kind;
import com.replyguard.knowledge.entry.Status;
import com.replyguard.knowledge.entry.Topic;
import com.replyguard.knowledge.search.EntryFilter;
import com.replyguard.knowledge.search.SearchQuery;
import com.replyguard.policy.analysis.Language;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The entry filters of {@code kb list}, {@code kb search} and {@code kb export}. */
final class FilterOptions {
    @Option(names = "--kind", paramLabel = "reply|policy", converter = Converters.KindConverter.class,
            description = "only replies or only policy entries")
    Kind kind;

    @Mixin
    MarketplaceOption.Filter marketplace = new MarketplaceOption.Filter();

    @Option(names = "--status", paramLabel = "S", converter = Converters.StatusConverter.class,
            description = "draft, pending, approved or retired")
    Status status;

    @Option(names = "--any-status", description = "entries in every status")
    boolean anyStatus;

    @Option(names = "--language", paramLabel = "L", converter = Converters.LanguageConverter.class,
            description = "en, bn or ms")
    Language language;

    @Option(names = "--intent", paramLabel = "I", converter = Converters.IntentConverter.class,
            description = "a buyer-message intent, e.g. ORDER_STATUS")
    Intent intent;

    @Option(names = "--topic", paramLabel = "T", converter = Converters.TopicConverter.class,
            description = "a policy topic, e.g. REVIEW_REQUEST")
    Topic topic;

    @Option(names = "--group", paramLabel = "G", description = "translations of one entry")
    String group;

    EntryFilter filter(Status defaultStatus) {
        Status s = anyStatus ? null : status != null ? status : defaultStatus;
        return new EntryFilter(kind, marketplace.get(), s, language, intent, topic, group);
    }

    SearchQuery query(String text, int limit) {
        Status s = anyStatus ? null : status != null ? status : Status.APPROVED;
        return new SearchQuery(text, kind, marketplace.get(), s, language, intent, topic, limit);
    }
}
