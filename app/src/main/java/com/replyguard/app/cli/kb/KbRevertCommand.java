package com.replyguard.app.cli.kb;

import com.replyguard.app.cli.OperatorLangOption;
import com.replyguard.app.cli.OperatorLanguage;
import com.replyguard.knowledge.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code kb revert ID VERSION}: makes an earlier version current again, as a new version. */
@Command(name = "revert", description = "Make an earlier version of an entry current again (saved as a new version).")
public final class KbRevertCommand extends KbSubcommand {
    @Mixin
    OperatorLangOption lang;

    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Parameters(index = "1", paramLabel = "VERSION")
    int version;

    @Override
    int run(KnowledgeBase kb) {
        Render.write(out(), kb.revert(id, version, actor()), OperatorLanguage.of(spec));
        return 0;
    }
}
