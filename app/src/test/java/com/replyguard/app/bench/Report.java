package com.replyguard.app.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The benchmark report: rows of figures grouped by section, printed as a table and written as Markdown. */
public final class Report {
    /**
     * One measured figure.
     *
     * @param section what was measured (e.g. "check", "search 100k")
     * @param metric the figure's name
     * @param value the number, already formatted
     * @param unit its unit
     * @param note how it was measured or why it is missing
     */
    public record Row(String section, String metric, String value, String unit, String note) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public synchronized void add(String section, String metric, double value, String unit, String note) {
        rows.add(new Row(section, metric, format(value), unit, note == null ? "" : note));
    }

    public synchronized void add(Row row) {
        rows.add(row);
    }

    public synchronized List<String> notes() {
        return List.copyOf(notes);
    }

    public synchronized void missing(String section, String why) {
        rows.add(new Row(section, "-", "n/a", "", why));
    }

    public synchronized void note(String text) {
        notes.add(text);
    }

    public synchronized List<Row> rows() {
        return List.copyOf(rows);
    }

    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%,.0f", v)
                : Math.abs(v) >= 1 ? String.format(Locale.ROOT, "%.2f", v) : String.format(Locale.ROOT, "%.3f", v);
    }

    /** Prints the rows as an aligned plain-text table. */
    public synchronized void print(PrintStream out) {
        int[] w = {7, 6, 5, 4};
        for (Row r : rows) {
            w[0] = Math.max(w[0], r.section().length());
            w[1] = Math.max(w[1], r.metric().length());
            w[2] = Math.max(w[2], r.value().length());
            w[3] = Math.max(w[3], r.unit().length());
        }
        String fmt = "%-" + w[0] + "s  %-" + w[1] + "s  %" + w[2] + "s  %-" + w[3] + "s  %s%n";
        out.printf(fmt, "section", "metric", "value", "unit", "note");
        for (Row r : rows) {
            out.printf(fmt, r.section(), r.metric(), r.value(), r.unit(), r.note());
        }
    }

    /** Writes the report as Markdown with the machine's details and the command that produced it. */
    public synchronized void writeMarkdown(Path file, String command, long elapsedMillis) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# ReplyGuard benchmark results\n\n");
        md.append("Written by `").append(command).append("` on ")
                .append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append(" in ")
                .append(elapsedMillis / 1000).append(" s. Re-run it to refresh this file; numbers vary by machine.\n\n");
        md.append("## Machine\n\n");
        for (String line : Machine.describe()) {
            md.append("- ").append(line).append('\n');
        }
        md.append("\n## Figures\n\n| section | metric | value | unit | how / note |\n|---|---|---:|---|---|\n");
        for (Row r : rows) {
            md.append("| ").append(r.section()).append(" | ").append(r.metric()).append(" | ").append(r.value())
                    .append(" | ").append(r.unit()).append(" | ").append(r.note().replace("|", "\\|")).append(" |\n");
        }
        if (!notes.isEmpty()) {
            md.append("\n## Notes\n\n");
            for (String n : notes) {
                md.append("- ").append(n).append('\n');
            }
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, md.toString());
    }
}
