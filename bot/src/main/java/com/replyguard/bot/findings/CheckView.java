package com.replyguard.bot.findings;

import com.replyguard.bot.core.Messages;
import com.replyguard.bot.core.RichText;
import com.replyguard.policy.CheckResult;
import com.replyguard.policy.Finding;
import com.replyguard.policy.FindingGroup;
import com.replyguard.policy.Rewrite;
import com.replyguard.policy.Severity;
import com.replyguard.policy.analysis.Language;
import com.replyguard.policy.text.AnalysedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A check result as an agent reads it, in one language: the verdict line naming the worst problem, the draft with
 * the offending parts marked, and one entry per rule and sentence (occurrences listed inside it) saying why and how
 * to fix it. Telegram, the terminal chat and the CLI's text report all render this same view.
 *
 * <p>Usage: {@code new CheckView(messages, Language.BN).report(text, result, CheckView.SHOWN_GROUPS)}.
 * Thread safety: immutable.
 */
public final class CheckView {
    /** How many problems a report lists before it says "and N more". */
    public static final int SHOWN_GROUPS = 5;
    private static final int EXCERPT = 80;
    private static final int LISTED_OCCURRENCES = 6;

    private final Messages messages;
    private final Language language;
    private final boolean ruleIds;

    public CheckView(Messages messages, Language language) {
        this(messages, language, false);
    }

    /** {@code ruleIds}: name each entry's rule (the CLI does, for {@code report false-alarm --rule ID}). */
    public CheckView(Messages messages, Language language, boolean ruleIds) {
        this.ruleIds = ruleIds;
        this.messages = messages;
        this.language = language == null || language == Language.OTHER ? Language.EN : language;
    }

    /** The language of a report: {@code chosen} when given, else the draft's (English for other languages). */
    public static Language reportLanguage(CheckResult result, Language chosen) {
        if (chosen != null && chosen != Language.OTHER) {
            return chosen;
        }
        return result.language() == Language.OTHER ? Language.EN : result.language();
    }

    public Language language() {
        return language;
    }

    private String t(String key, Object... args) {
        return messages.get(language, key, args);
    }

    /** The whole report: verdict line, marked draft (only its marked sentences when {@code compact}), problems. */
    public Built report(String text, CheckResult result, int shown, boolean compact) {
        RichText.Builder b = RichText.builder();
        b.bold(verdictLine(result, text)).newline();
        int hidden = 0;
        if (!result.findings().isEmpty()) {
            b.newline();
            appendMarked(b, text, result.findings(), compact);
            b.newline();
            hidden = appendGroups(b, text, result, shown);
        }
        return new Built(b.build(), hidden);
    }

    /** A rendered report and how many problems it left out. */
    public record Built(RichText text, int hidden) {
    }

    /** "⛔ Do not send as it is - main problem: contact details (and 2 more)", or the plain verdict when all is well. */
    public String verdictLine(CheckResult result, String text) {
        String verdict = t(switch (result.verdict()) {
            case OK -> "verdict.ok";
            case WARN -> "verdict.warn";
            case BLOCK -> "verdict.block";
        });
        List<FindingGroup> groups = new ArrayList<>(result.groups(text));
        groups.removeIf(g -> g.severity() == Severity.INFO);
        if (groups.isEmpty()) {
            return verdict;
        }
        FindingGroup worst = groups.stream().max(Comparator.comparing(FindingGroup::severity)).orElseThrow();
        String name = categoryName(worst.first());
        int others = result.groups(text).size() - 1;
        return others == 0 ? t("findings.verdict_line", verdict, name)
                : t("findings.verdict_more", verdict, name, others);
    }

    private String categoryName(Finding f) {
        return t("report.category." + f.category().name());
    }

    /** Appends one entry per rule and sentence, at most {@code shown} of them; returns how many were left out. */
    public int appendGroups(RichText.Builder b, String text, CheckResult result, int shown) {
        List<FindingGroup> groups = result.groups(text);
        Set<String> sources = new HashSet<>();
        Set<String> rules = new HashSet<>();
        int n = 0;
        for (FindingGroup g : groups) {
            if (n == shown) {
                break;
            }
            n++;
            Finding f = g.first();
            String excerpts = g.occurrences().size() > 1
                    ? t("findings.occurrences", g.occurrences().size()) + " " + listed(g)
                    : "\"" + shorten(f.excerpt(), EXCERPT) + "\"";
            if (!rules.add(f.rule() + "\u0000" + f.message(language))) {
                // The same rule again in another sentence: its reason and source were just given.
                b.text(icon(g.severity()) + " ").bold(categoryName(f)).text(ruleId(f) + " " + t("findings.same", excerpts,
                        fixLine(result, g))).newline();
                continue;
            }
            b.newline().text(icon(g.severity()) + " ").bold(categoryName(f)).text(ruleId(f) + ": " + f.message(language))
                    .newline();
            b.text("   " + excerpts).newline();
            b.text("   \u270f\ufe0f " + fixLine(result, g)).newline();
            if (f.source() != null && !f.source().isBlank() && sources.add(f.source())) {
                b.text("   ").italic(t("notes.source", f.source())).newline();
            }
        }
        int hidden = groups.size() - n;
        if (hidden > 0) {
            b.newline().text(t("findings.hidden", hidden)).newline();
        }
        return hidden;
    }

    private String ruleId(Finding f) {
        return ruleIds ? " (" + f.rule() + ")" : "";
    }

    private String fixLine(CheckResult result, FindingGroup g) {
        Rewrite rw = result.fixed() == null ? null : result.rewriteOf(g.sentenceStart(), g.sentenceEnd());
        if (rw != null) {
            return rw.replacement().isEmpty() ? t("findings.deleted") : t("findings.fixed", rw.replacement());
        }
        if (result.leavesNothing() && result.rewriteOf(g.sentenceStart(), g.sentenceEnd()) != null) {
            return t("findings.dont_send");
        }
        String fix = g.first().fix();
        return fix != null && !fix.isEmpty() ? t("findings.rewrite_like", fix) : t("findings.rewrite");
    }

    private static String listed(FindingGroup g) {
        List<String> parts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Finding f : g.occurrences()) {
            String e = shorten(f.excerpt(), 40);
            if (seen.add(e) && parts.size() < LISTED_OCCURRENCES) {
                parts.add("\"" + e + "\"");
            }
        }
        if (seen.size() > parts.size()) {
            parts.add("...");
        }
        return String.join(", ", parts);
    }

    public static String icon(Severity s) {
        return switch (s) {
            case BLOCK -> "\u26d4";
            case WARN -> "\u26a0\ufe0f";
            case INFO -> "\u2139\ufe0f";
        };
    }

    /**
     * Appends {@code text} with every finding's span marked (overlapping spans merged). {@code compact} keeps only
     * the sentences holding a mark, with the elision sign between them, so a long draft's report stays short.
     */
    public void appendMarked(RichText.Builder b, String text, List<Finding> findings, boolean compact) {
        if (!compact) {
            appendMarkedRange(b, text, 0, text.length(), findings);
            return;
        }
        List<int[]> kept = new ArrayList<>();
        for (int[] s : AnalysedText.sentences(text)) {
            boolean marked = findings.stream().anyMatch(f -> f.start() < s[1] && f.end() > s[0]);
            if (!marked) {
                continue;
            }
            int from = s[0];
            int to = s[1];
            for (Finding f : findings) {
                if (f.start() < to && f.end() > from) {
                    from = Math.min(from, f.start());
                    to = Math.max(to, Math.min(f.end(), text.length()));
                }
            }
            if (!kept.isEmpty() && kept.get(kept.size() - 1)[1] >= from) {
                kept.get(kept.size() - 1)[1] = Math.max(kept.get(kept.size() - 1)[1], to);
            } else {
                kept.add(new int[] {from, to});
            }
        }
        int pos = 0;
        for (int[] k : kept) {
            if (k[0] > pos) {
                b.text(pos == 0 ? t("findings.elided") + " " : " " + t("findings.elided") + " ");
            }
            appendMarkedRange(b, text, k[0], k[1], findings);
            pos = k[1];
        }
        if (pos < text.strip().length()) {
            b.text(" " + t("findings.elided"));
        }
    }

    private static void appendMarkedRange(RichText.Builder b, String text, int from, int to, List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparingInt(Finding::start));
        int pos = from;
        int i = 0;
        while (i < sorted.size()) {
            int start = Math.min(Math.max(sorted.get(i).start(), pos), to);
            int end = Math.min(sorted.get(i).end(), to);
            i++;
            while (i < sorted.size() && sorted.get(i).start() < end) {
                end = Math.min(Math.max(end, sorted.get(i).end()), to);
                i++;
            }
            if (start >= end) {
                continue;
            }
            b.text(text.substring(pos, start));
            b.marked(text.substring(start, end));
            pos = end;
        }
        b.text(text.substring(pos, to));
    }

    /** The size of a rich text as Telegram HTML (tags and escapes counted), to keep a report in one message. */
    public static int htmlSize(RichText text) {
        int n = 0;
        for (RichText.Span s : text.spans()) {
            n += s instanceof RichText.Plain ? 0 : 16;
            for (int i = 0; i < s.text().length(); i++) {
                char c = s.text().charAt(i);
                n += c == '<' || c == '>' ? 4 : c == '&' ? 5 : 1;
            }
        }
        return n;
    }

    private static String shorten(String s, int max) {
        String one = s.replace('\n', ' ');
        return one.length() <= max ? one : one.substring(0, max - 3) + "...";
    }
}
