package com.replyguard.app.cli.kb;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.replyguard.knowledge.KnowledgeBase;
import com.replyguard.knowledge.KnowledgeException;
import com.replyguard.knowledge.entry.Entry;
import com.replyguard.knowledge.io.EntryCodec;
import com.replyguard.knowledge.store.AuditRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kb show ID}: the current version as JSON, and with {@code --history} every version and the audit log. */
@Command(name = "show", description = "Show an entry (contract JSON); --history adds every version and the audit log.")
public final class KbShowCommand extends KbSubcommand {
    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Option(names = "--history", description = "list every version with author, approver and time, and the audit log")
    boolean history;

    @Override
    int run(KnowledgeBase kb) throws Exception {
        Entry e = kb.get(id).orElseThrow(() -> new KnowledgeException("There is no entry with id '" + id + "'."));
        ObjectMapper pretty = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        out().println(pretty.writeValueAsString(new EntryCodec().toJson(e)));
        if (history) {
            out().println("versions:");
            for (Entry v : kb.history(id)) {
                out().printf("  v%-3d %-8s by %-20s approved by %-20s %s  %s%n", v.version(), v.status().id(),
                        v.author(), v.approver() == null ? "-" : v.approver(), v.updated(),
                        Render.oneLine(v.body(), 50));
            }
            out().println("audit:");
            for (AuditRecord a : kb.auditLog(id, 1000)) {
                out().printf("  %s %-20s %-8s v%s%s%n", a.at(), a.actor(), a.action(), a.version(),
                        a.detail() == null ? "" : "  " + a.detail());
            }
        }
        return 0;
    }
}
