package com.replyguard.app.cli.kb;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.replyguard.app.cli.OperatorLangOption;
import com.replyguard.app.cli.OperatorLanguage;
import com.replyguard.knowledge.KnowledgeBase;
import com.replyguard.knowledge.KnowledgeException;
import com.replyguard.knowledge.curation.WriteResult;
import com.replyguard.knowledge.entry.Entry;
import com.replyguard.knowledge.io.EntryCodec;
import com.replyguard.knowledge.io.EntryFormatException;
import java.time.Instant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kb add}: a new entry from a JSON/YAML file, standard input or flags. */
@Command(name = "add", description = "Add an entry from a JSON or YAML file (--file, `-` for stdin), standard input, "
        + "or flags. Replies the checker blocks are kept pending.")
public final class KbAddCommand extends KbSubcommand {
    @Mixin
    OperatorLangOption lang;

    @Mixin
    EntryInput input;

    @Option(names = "--propose", description = "add it as pending, for a lead to approve")
    boolean propose;

    @Override
    int run(KnowledgeBase kb) throws Exception {
        Entry e = toEntry(input.read(new YAMLMapper()), actor());
        WriteResult r = propose ? kb.propose(e, actor()) : kb.add(e, actor());
        Render.write(out(), r, OperatorLanguage.of(spec));
        return 0;
    }

    static Entry toEntry(com.fasterxml.jackson.databind.JsonNode node, String actor) {
        try {
            return new EntryCodec().fromJson(node, Instant.now(), actor);
        } catch (EntryFormatException ex) {
            throw new KnowledgeException("The entry is not valid: " + ex.getMessage() + ".");
        }
    }
}
