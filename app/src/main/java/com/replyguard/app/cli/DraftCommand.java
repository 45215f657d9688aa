package com.replyguard.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.replyguard.app.Composition;
import com.replyguard.policy.Marketplace;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code replyguard draft}: turns a pasted buyer message into checked reply drafts. */
@Command(name = "draft", mixinStandardHelpOptions = true,
        description = "Draft checked replies to a buyer's message (text from the argument or standard input).")
public final class DraftCommand extends TextCommand {
    @Override
    ObjectNode toJson(Composition services, String text, Marketplace m, DraftOutput output) {
        return output.draftJson(services.drafting().draft(text, m));
    }

    @Override
    void printText(Composition services, String text, Marketplace m, DraftOutput output, PrintWriter out) {
        output.draftText(services.drafting().draft(text, m), out, textLanguage());
    }
}
