package com.replyguard.app.cli.kb;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.replyguard.app.cli.OperatorLangOption;
import com.replyguard.app.cli.OperatorLanguage;
import com.replyguard.knowledge.KnowledgeBase;
import com.replyguard.knowledge.KnowledgeException;
import com.replyguard.knowledge.curation.EntryChanges;
import com.replyguard.knowledge.curation.WriteResult;
import com.replyguard.knowledge.entry.Entry;
import com.replyguard.knowledge.io.EntryCodec;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kb edit ID}: changes the fields given (file, stdin or flags) and leaves the rest; with
 * {@code --expect-version} a concurrent change is refused instead of overwritten.
 */
@Command(name = "edit", description = "Change the given fields of an entry (from --file, standard input or flags); "
        + "--expect-version N refuses the edit if someone changed the entry since version N.")
public final class KbEditCommand extends KbSubcommand {
    @Mixin
    OperatorLangOption lang;

    /** Fields the store manages itself; an edit may carry them (e.g. an exported line) but they are not applied. */
    private static final List<String> MANAGED = List.of("version", "author", "approver", "created", "updated");

    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Option(names = "--expect-version", paramLabel = "N",
            description = "the version you edited; default: the current one (last writer wins)")
    Integer expectVersion;

    @Mixin
    EntryInput input;

    @Override
    int run(KnowledgeBase kb) throws Exception {
        Entry cur = kb.get(id).orElseThrow(() -> new KnowledgeException("There is no entry with id '" + id + "'."));
        ObjectNode given = input.read(new YAMLMapper());
        if (given.has("id") && !id.equals(given.get("id").asText())) {
            throw new KnowledgeException("The entry given has id '" + given.get("id").asText() + "', not '" + id
                    + "'; ids cannot be changed (add a new entry and retire this one).");
        }
        if (given.has("kind") && !cur.kind().id().equals(given.get("kind").asText())) {
            throw new KnowledgeException("The kind of an entry cannot be changed.");
        }
        EntryCodec codec = new EntryCodec();
        ObjectNode merged = codec.toJson(cur);
        given.properties().forEach(f -> {
            if (!MANAGED.contains(f.getKey())) {
                merged.set(f.getKey(), f.getValue());
            }
        });
        Entry next = KbAddCommand.toEntry(merged, actor());
        EntryChanges changes = EntryChanges.from(next);
        if (given.has("status")) {
            changes = changes.status(next.status());
        }
        WriteResult r = kb.edit(id, changes, actor(), expectVersion == null ? cur.version() : expectVersion);
        Render.write(out(), r, OperatorLanguage.of(spec));
        return 0;
    }
}
