package com.replyguard.app.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The benchmark runner behind {@code scripts/bench}: runs each suite in a fresh child JVM (so memory and JIT state of
 * one suite never colour another), gathers the figures, prints a table and writes {@code bench/results.md}.
 *
 * <p>Usage: {@code BenchMain --root DIR [--quick] [--suites check,kb,bot,cli] [--sizes 1000,100000]
 * [--out FILE]}. A suite that fails is reported as n/a with the reason; the others still run.
 */
public final class BenchMain {
    static final String ROW = "ROW\t";
    static final String NOTE = "NOTE\t";

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--child")) {
            child(args[1], Integer.parseInt(args[2]), args[3].equals("quick"), Path.of(args[4]));
            return;
        }
        Options o = Options.parse(args);
        long start = System.currentTimeMillis();
        Report report = new Report();
        Path work = Files.createDirectories(o.root.resolve("bench/work"));
        for (String suite : o.suites) {
            if (suite.equals("cli") || suite.equals("startup")) { // "startup": the name issue #17 uses
                runGuarded(report, "CLI start-up", () -> CliStartBench.run(o.root, work.resolve("cli-data"), o.quick ? 5 : 15,
                        report, List.of("check", "-m", "amazon", "Thanks for your order"), o.baseline));
            } else if (Suites.SIZED.contains(suite)) {
                for (int size : o.sizes) {
                    fork(report, suite, size, o, work);
                }
            } else {
                fork(report, suite, 0, o, work);
            }
            report.print(System.out);
            System.out.println();
        }
        report.note("Each suite ran in its own JVM (-Xmx" + o.heap + ", -XX:+UseSerialGC unless noted) on this machine"
                + " while nothing else was meant to run; the other engineers' builds may have shared the 2 cores.");
        report.print(System.out);
        String command = "scripts/bench " + String.join(" ", o.raw);
        report.writeMarkdown(o.out, command.trim(), System.currentTimeMillis() - start);
        System.out.println("wrote " + o.out);
    }

    /** Runs one suite (and size) in a child JVM with this JVM's class path and collects its ROW/NOTE lines. */
    static void fork(Report report, String suite, int size, Options o, Path work) throws Exception {
        String section = size == 0 ? suite : suite + " " + size;
        Path dir = Files.createDirectories(work.resolve(suite + "-" + size));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + o.heap, "-XX:+UseSerialGC", "--enable-native-access=ALL-UNNAMED", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                BenchMain.class.getName(), "--child", suite, Integer.toString(size), o.quick ? "quick" : "full",
                dir.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        List<String> tail = new ArrayList<>();
        int rows = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith(ROW)) {
                    String[] f = line.split("\t", -1);
                    report.add(new Report.Row(f[1], f[2], f[3], f[4], f[5]));
                    rows++;
                } else if (line.startsWith(NOTE)) {
                    report.note(line.substring(NOTE.length()));
                } else {
                    tail.add(line);
                    if (tail.size() > 20) {
                        tail.removeFirst();
                    }
                }
            }
        }
        if (!p.waitFor(30, TimeUnit.MINUTES)) {
            p.destroyForcibly();
        }
        if (p.exitValue() != 0 || rows == 0) {
            String why = tail.isEmpty() ? "exit " + p.exitValue() : tail.getLast();
            report.missing(section, "suite failed: " + why);
            System.err.println("--- " + section + " output tail:\n" + String.join("\n", tail));
        }
    }

    /** Child side: run one suite, print its figures as ROW/NOTE lines on standard output. */
    static void child(String suite, int size, boolean quick, Path dir) throws Exception {
        Report report = new Report();
        Suites.run(suite, size, quick, dir, report);
        for (Report.Row r : report.rows()) {
            System.out.println(ROW + String.join("\t", r.section(), r.metric(), r.value(), r.unit(), r.note()));
        }
        for (String n : report.notes()) {
            System.out.println(NOTE + n);
        }
        System.out.flush();
        System.exit(0);
    }

    interface Body {
        void run() throws Exception;
    }

    static void runGuarded(Report report, String section, Body body) {
        try {
            body.run();
        } catch (Exception | Error e) {
            report.missing(section, "suite failed: " + e);
        }
    }

    record Options(Path root, boolean quick, Set<String> suites, List<Integer> sizes, Path out, String heap, List<String> raw,
                   Path baseline) {
        static Options parse(String[] args) {
            Path root = Path.of(".");
            boolean quick = false;
            Set<String> suites = new LinkedHashSet<>(List.of("check", "kb", "bot", "cli"));
            List<Integer> sizes = List.of(0, 1_000, 100_000);
            Path out = null;
            String heap = "2g";
            Path baseline = null;
            List<String> raw = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--root" -> root = Path.of(args[++i]);
                    case "--quick" -> { quick = true; raw.add("--quick"); }
                    case "--suites" -> { suites = new LinkedHashSet<>(Arrays.asList(args[++i].split(","))); raw.add("--suites " + args[i]); }
                    case "--sizes" -> { sizes = Arrays.stream(args[++i].split(",")).map(Integer::parseInt).toList(); raw.add("--sizes " + args[i]); }
                    case "--out" -> out = Path.of(args[++i]);
                    case "--heap" -> { heap = args[++i]; raw.add("--heap " + heap); }
                    case "--baseline" -> { baseline = Path.of(args[++i]).toAbsolutePath(); raw.add("--baseline " + args[i]); }
                    default -> throw new IllegalArgumentException("unknown option " + args[i]
                            + " (expected --root DIR --quick --suites a,b --sizes n,m --out FILE --heap SIZE --baseline DIR)");
                }
            }
            return new Options(root, quick, suites, sizes, out == null ? root.resolve("bench/results.md") : out, heap, raw,
                    baseline);
        }
    }
}
