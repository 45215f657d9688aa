package com.replyguard.app.cli.kb;

import com.replyguard.knowledge.KnowledgeBase;
import com.replyguard.knowledge.entry.Entry;
import com.replyguard.knowledge.text.Texts;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kb list}: current entries matching the filters, one per line. */
@Command(name = "list", description = "List current entries (every status unless --status is given), by id.")
public final class KbListCommand extends KbSubcommand {
    @Mixin
    FilterOptions filters;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "1000", description = "at most N lines (default 1000)")
    int limit;

    @Override
    int run(KnowledgeBase kb) {
        Texts names = Texts.knowledge();
        List<Entry> entries = kb.entries(filters.filter(null));
        entries.stream().limit(limit).forEach(e -> out().println(Render.row(e, names)));
        if (entries.size() > limit) {
            out().println("... " + (entries.size() - limit) + " more (use --limit)");
        }
        err().println(entries.size() + " entries");
        return 0;
    }
}
