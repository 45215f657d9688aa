package com.replyguard.app.bench;

import java.nio.file.Path;
import java.util.Set;

/** The suites a benchmark child JVM can run, by name; sized suites run once per knowledge-base size. */
final class Suites {
    static final Set<String> SIZED = Set.of("kb");

    private Suites() {
    }

    static void run(String suite, int size, boolean quick, Path dir, Report report) throws Exception {
        switch (suite) {
            case "check" -> CheckBench.run(report, quick);
            case "kb" -> KbBench.run(size, quick, dir, report);
            case "bot" -> com.replyguard.app.soak.BotBench.run(quick, dir, report);
            default -> report.missing(suite + (size == 0 ? "" : " " + size), "not wired yet: waits for the feature to land in main");
        }
        long pid = Machine.selfPid();
        System.gc();
        report.add(suite + (size == 0 ? "" : " " + size), "resident memory of the benchmark JVM",
                Machine.mib(Machine.rssBytes(pid)), "MiB", "VmRSS after the suite and a GC");
    }
}
