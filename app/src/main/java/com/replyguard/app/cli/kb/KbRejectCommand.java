package com.replyguard.app.cli.kb;

import com.replyguard.app.cli.OperatorLangOption;
import com.replyguard.app.cli.OperatorLanguage;
import com.replyguard.knowledge.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kb reject ID --reason TEXT}: sends a pending entry back to draft with the reason. */
@Command(name = "reject", description = "Send a pending entry back to draft, with the reason for its author.")
public final class KbRejectCommand extends KbSubcommand {
    @Mixin
    OperatorLangOption lang;

    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Option(names = "--reason", required = true, paramLabel = "TEXT")
    String reason;

    @Override
    int run(KnowledgeBase kb) {
        Render.write(out(), kb.reject(id, actor(), reason), OperatorLanguage.of(spec));
        return 0;
    }
}
