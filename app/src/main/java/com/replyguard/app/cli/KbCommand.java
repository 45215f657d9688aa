package com.replyguard.app.cli;

import com.replyguard.app.cli.kb.KbAddCommand;
import com.replyguard.app.cli.kb.KbApproveCommand;
import com.replyguard.app.cli.kb.KbEditCommand;
import com.replyguard.app.cli.kb.KbExportCommand;
import com.replyguard.app.cli.kb.KbGapsCommand;
import com.replyguard.app.cli.kb.KbImportCommand;
import com.replyguard.app.cli.kb.KbListCommand;
import com.replyguard.app.cli.kb.KbReindexCommand;
import com.replyguard.app.cli.kb.KbRejectCommand;
import com.replyguard.app.cli.kb.KbReportsCommand;
import com.replyguard.app.cli.kb.KbRetireCommand;
import com.replyguard.app.cli.kb.KbRevertCommand;
import com.replyguard.app.cli.kb.KbSearchCommand;
import com.replyguard.app.cli.kb.KbShowCommand;
import com.replyguard.app.cli.kb.KbStatsCommand;
import picocli.CommandLine.Command;

/** {@code replyguard kb}: manage the knowledge base; every action is a subcommand in {@code cli.kb}. */
@Command(name = "kb", mixinStandardHelpOptions = true,
        description = "Manage the knowledge base: import, export, list, show, add, edit, retire, revert, approve, "
                + "reject, search, reindex, stats, gaps, reports. Writes are audited as cli:$USER.",
        subcommands = {KbImportCommand.class, KbExportCommand.class, KbListCommand.class, KbShowCommand.class,
                KbAddCommand.class, KbEditCommand.class, KbRetireCommand.class, KbRevertCommand.class,
                KbApproveCommand.class, KbRejectCommand.class, KbSearchCommand.class, KbReindexCommand.class,
                KbStatsCommand.class, KbGapsCommand.class, KbReportsCommand.class})
public final class KbCommand extends CommandGroup {
}
