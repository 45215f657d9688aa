package com.replyguard.app.cli.kb;

import com.replyguard.app.cli.OperatorLangOption;
import com.replyguard.app.cli.OperatorLanguage;
import com.replyguard.knowledge.KnowledgeBase;
import com.replyguard.knowledge.curation.WriteResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code kb approve ID}: approves a pending entry unless the checker blocks it. */
@Command(name = "approve", description = "Approve a pending or draft entry (refused while the checker blocks it).")
public final class KbApproveCommand extends KbSubcommand {
    @Mixin
    OperatorLangOption lang;

    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Override
    int run(KnowledgeBase kb) {
        WriteResult r = kb.approve(id, actor());
        Render.write(out(), r, OperatorLanguage.of(spec));
        return r.heldBack() ? 1 : 0;
    }
}
