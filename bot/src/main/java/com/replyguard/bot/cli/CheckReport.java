package com.replyguard.bot.cli;

import com.replyguard.policy.CheckResult;
import com.replyguard.policy.Finding;
import com.replyguard.policy.Severity;
import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.util.List;

/**
 * The human-readable check report: the verdict, the draft with every offending part marked (colour on a terminal,
 * {@code [[ ]]} otherwise), each finding with its reason, source and fix, then the fixed draft.
 */
final class CheckReport {
    private static final String RED = "\u001b[1;31m";
    private static final String YELLOW = "\u001b[1;33m";
    private static final String BOLD = "\u001b[1m";
    private static final String RESET = "\u001b[0m";

    private final boolean colour;

    CheckReport(boolean colour) {
        this.colour = colour;
    }

    /** Colour only on an interactive terminal, and never when NO_COLOR is set or TERM is dumb. */
    static boolean colourWanted() {
        if (System.getenv("NO_COLOR") != null || "dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // Java 21: a console exists only on a terminal
        }
    }

    void print(String text, CheckResult r, PrintWriter out) {
        List<Finding> findings = r.findings();
        out.println(paint(BOLD, "Verdict: " + r.verdict().id().toUpperCase(java.util.Locale.ROOT)) + "  ("
                + r.marketplace().id() + ", language " + r.language().code() + ", " + findings.size()
                + (findings.size() == 1 ? " finding)" : " findings)"));
        if (findings.isEmpty()) {
            out.println("No problems found.");
            return;
        }
        out.println();
        out.println(marked(text, findings));
        out.println();
        int n = 1;
        for (Finding f : findings) {
            String head = n++ + ". " + f.severity().id() + " " + f.category().name() + " (" + f.rule() + ") at "
                    + f.start() + "-" + f.end() + ": \"" + shorten(f.excerpt()) + "\"";
            out.println(paint(f.severity() == Severity.BLOCK ? RED : YELLOW, head));
            out.println("   " + f.message());
            if (f.source() != null) {
                out.println("   source: " + f.source());
            }
            out.println("   fix: " + (f.fix() == null ? "rewrite by hand" : f.fix().isEmpty() ? "delete it"
                    : "replace with \"" + f.fix() + "\""));
        }
        if (r.fixed() != null) {
            out.println();
            out.println(paint(BOLD, "Fixed draft:"));
            out.println(r.fixed().isEmpty() ? "(nothing left: every sentence had to go)" : r.fixed());
        }
    }

    /** The text with the union of the findings' spans marked. */
    private String marked(String text, List<Finding> findings) {
        boolean[] bad = new boolean[text.length() + 1];
        boolean[] block = new boolean[text.length() + 1];
        for (Finding f : findings) {
            for (int i = f.start(); i < Math.min(f.end(), text.length()); i++) {
                bad[i] = true;
                block[i] |= f.severity() == Severity.BLOCK;
            }
        }
        StringBuilder sb = new StringBuilder(text.length() + 32);
        int i = 0;
        while (i < text.length()) {
            if (!bad[i]) {
                sb.append(text.charAt(i++));
                continue;
            }
            int j = i;
            boolean anyBlock = false;
            while (j < text.length() && bad[j]) {
                anyBlock |= block[j];
                j++;
            }
            String part = text.substring(i, j);
            sb.append(colour ? (anyBlock ? RED : YELLOW) + part + RESET : "[[" + part + "]]");
            i = j;
        }
        return sb.toString();
    }

    private String paint(String code, String s) {
        return colour ? code + s + RESET : s;
    }

    private static String shorten(String s) {
        String one = s.replace('\n', ' ');
        return one.length() <= 80 ? one : one.substring(0, 77) + "...";
    }
}
