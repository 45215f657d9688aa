package com.replyguard.app.cli.kb;

import com.replyguard.app.cli.OperatorLangOption;
import com.replyguard.app.cli.OperatorLanguage;
import com.replyguard.knowledge.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code kb retire ID}: takes an entry out of service (history kept; {@code kb revert} brings it back). */
@Command(name = "retire", description = "Take an entry out of service; its history stays and it can be reverted.")
public final class KbRetireCommand extends KbSubcommand {
    @Mixin
    OperatorLangOption lang;

    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Override
    int run(KnowledgeBase kb) {
        Render.write(out(), kb.retire(id, actor()), OperatorLanguage.of(spec));
        return 0;
    }
}
