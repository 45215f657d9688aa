package com.replyguard.knowledge;

import com.replyguard.knowledge.curation.EntryChanges;
import com.replyguard.knowledge.entry.Entry;
import com.replyguard.knowledge.entry.Intent;
import com.replyguard.policy.analysis.TextAnalysis;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The child JVM of {@link KnowledgeBaseCrashTest}: imports many entries, then edits them one after another forever,
 * printing a line for every write only after the call returned (that is, after it was acknowledged).
 */
public final class CrashChild {
    private CrashChild() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        try (KnowledgeBase kb = KnowledgeBase.open(dir, new TextAnalysis(), TestEntries.starsChecker(),
                KnowledgeBase.Options.empty())) {
            List<Entry> entries = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                entries.add(TestEntries.reply("c" + i, Intent.ORDER_STATUS, "Imported body number i" + i,
                        "question about order i" + i));
            }
            kb.importEntries(entries, false, "crash:child");
            System.out.println("IMPORTED " + n);
            System.out.flush();
            for (int k = 0; ; k++) {
                String id = "c" + (k * 7919 % n);
                int version = kb.get(id).orElseThrow().version();
                Entry e = kb.edit(id, EntryChanges.none().body("Edited body marker m" + k), "crash:child", version)
                        .entry();
                System.out.println("ACK " + e.id() + " " + e.version() + " " + k);
                System.out.flush();
            }
        }
    }
}
