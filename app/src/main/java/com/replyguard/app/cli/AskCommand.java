package com.replyguard.app.cli;

import com.replyguard.drafting.AskResult;
import picocli.CommandLine.Command;

/** {@code replyguard ask}: answers a seller's question about a marketplace's messaging rules. */
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = "Answer a question about marketplace messaging rules, in English, Bengali or Malay.")
public final class AskCommand extends TextCommand<AskResult> {
    public AskCommand() {
        super((services, text, m) -> services.drafting().ask(text, m), DraftOutput::askJson, DraftOutput::askText);
    }
}
