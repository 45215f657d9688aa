package com.replyguard.app.cli.kb;

import com.replyguard.knowledge.curation.ImportSummary;
import com.replyguard.knowledge.curation.WriteResult;
import com.replyguard.knowledge.entry.Entry;
import com.replyguard.knowledge.io.LineProblem;
import com.replyguard.knowledge.text.Texts;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;
import java.io.PrintWriter;
import java.util.Map;
import java.util.stream.Collectors;

/** Plain-text layouts of entries and results for the terminal. */
final class Render {
    private static final Texts CATEGORY_NAMES = Texts.knowledge();
    private Render() {
    }

    /** One line of the table; the intent or topic by its human name in the entry's own language. */
    static String row(Entry e, Texts names) {
        return String.format("%-40s v%-3d %-8s %-6s %-3s %-22s %-28s %s", e.id(), e.version(), e.status().id(),
                e.kind().id(), e.language().code(),
                e.marketplaces().stream().map(Marketplace::id).collect(Collectors.joining(",")),
                e.intent() != null ? names.name(e.language(), e.intent())
                        : e.topic() != null ? names.name(e.language(), e.topic()) : "",
                e.title() == null ? "" : oneLine(e.title(), 60));
    }

    static String oneLine(String s, int max) {
        String flat = s.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }

    /** What a write did, in {@code l} (the operator's language), and each finding that held it back. */
    static void write(PrintWriter out, WriteResult r, Language l) {
        out.println(CATEGORY_NAMES.notice(l, r.notice()));
        for (var f : r.blocking()) {
            // the category by its name, as in every text output (JSON keeps codes)
            out.println("  " + f.severity() + " " + CATEGORY_NAMES.name(l, f.category()) + " " + f.start()
                    + "-" + f.end() + ": \"" + f.excerpt() + "\" " + f.messages().getOrDefault(l, f.message()));
        }
    }

    /** What an import did, in {@code l} (the operator's language); each refused line's reason too. */
    static void summary(PrintWriter out, ImportSummary s, int maxLines, Language l) {
        Texts t = CATEGORY_NAMES;
        out.println(t.get(l, "operator.import.counts", s.added().size(), s.changed().size(), s.unchanged().size(),
                s.rejectedCount()) + (s.heldBack().isEmpty() ? "" : ", " + t.get(l, "operator.import.held_count",
                s.heldBack().size())) + (s.dryRun() ? " " + t.get(l, "operator.import.dry_run")
                : s.applied() ? "" : " " + t.get(l, "operator.import.not_saved")));
        int shown = 0;
        for (LineProblem p : s.rejected()) {
            if (shown++ == maxLines) {
                out.println(t.get(l, "operator.import.more", s.rejectedCount() - maxLines));
                break;
            }
            out.println("  " + t.get(l, "operator.import.rejected", p.line(), p.id() == null ? "" : " (" + p.id() + ")",
                    t.notice(l, p.notice())));
        }
        if (s.rejectedCount() > s.rejected().size()) {
            out.println("  " + t.get(l, "operator.import.truncated", s.rejected().size(), s.rejectedCount()));
        }
        for (Map.Entry<String, String> h : s.heldBack().entrySet()) {
            out.println("  " + t.get(l, "operator.import.pending", h.getKey(), h.getValue()));
        }
    }
}
