package com.replyguard.app.cli;

import com.replyguard.drafting.DraftResult;
import picocli.CommandLine.Command;

/** {@code replyguard draft}: turns a pasted buyer message into checked reply drafts. */
@Command(name = "draft", mixinStandardHelpOptions = true,
        description = "Draft checked replies to a buyer's message (text from the argument or standard input).")
public final class DraftCommand extends TextCommand<DraftResult> {
    public DraftCommand() {
        super((services, text, m) -> services.drafting().draft(text, m), DraftOutput::draftJson,
                DraftOutput::draftText);
    }
}
