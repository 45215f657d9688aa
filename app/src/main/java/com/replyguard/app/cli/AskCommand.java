package com.replyguard.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.replyguard.app.Composition;
import com.replyguard.policy.Marketplace;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code replyguard ask}: answers a seller's question about a marketplace's messaging rules. */
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = "Answer a question about marketplace messaging rules, in English, Bengali or Malay.")
public final class AskCommand extends TextCommand {
    @Override
    ObjectNode toJson(Composition services, String text, Marketplace m, DraftOutput output) {
        return output.askJson(services.drafting().ask(text, m));
    }

    @Override
    void printText(Composition services, String text, Marketplace m, DraftOutput output, PrintWriter out) {
        output.askText(services.drafting().ask(text, m), out, textLanguage());
    }
}
