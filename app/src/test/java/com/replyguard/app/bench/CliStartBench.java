package com.replyguard.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Whole-process start-up of the command line through the real launcher ({@code scripts/replyguard check "hello"}):
 * wall-clock from fork to exit, without and with the class-data-sharing archive the launcher maintains.
 */
public final class CliStartBench {
    private CliStartBench() {
    }

    /** Runs the launcher {@code runs} times per mode, alternating modes, and adds the figures to the report. */
    public static void run(Path root, Path dataDir, int runs, Report report, List<String> args) throws Exception {
        Path launcher = root.resolve("scripts/replyguard");
        String label = String.join(" ", args);
        try (var archives = Files.newDirectoryStream(root.resolve("app/target"), "replyguard*.jsa")) {
            for (Path archive : archives) {
                Files.delete(archive); // the first timed run creates it again
            }
        }
        long first = time(launcher, dataDir, true, args);
        long[] plain = new long[runs];
        long[] cds = new long[runs];
        for (int i = 0; i < runs; i++) {
            plain[i] = time(launcher, dataDir, false, args);
            cds[i] = time(launcher, dataDir, true, args);
        }
        Latencies before = Latencies.of(plain, runs, 0);
        Latencies after = Latencies.of(cds, runs, 0);
        String section = "CLI start-up";
        report.add(section, "`" + label + "` without CDS, p50", before.p50Millis(), "ms", runs + " runs, whole process via scripts/replyguard, REPLYGUARD_CDS=0");
        report.add(section, "`" + label + "` with CDS, p50", after.p50Millis(), "ms", runs + " runs, archive app/target/replyguard-<jdk>.jsa present");
        report.add(section, "`" + label + "` without CDS, max", before.maxNanos() / 1e6, "ms", "");
        report.add(section, "`" + label + "` with CDS, max", after.maxNanos() / 1e6, "ms", "");
        report.add(section, "first run (creates the archive)", first / 1e6, "ms", "one-off after each build");
        report.add(section, "saved by CDS", 100.0 * (before.p50Nanos() - after.p50Nanos()) / Math.max(1, before.p50Nanos()), "%", "p50");
    }

    static long time(Path launcher, Path dataDir, boolean cds, List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(launcher.toString());
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = pb.environment();
        env.put("REPLYGUARD_DATA", dataDir.toString());
        env.put("REPLYGUARD_CDS", cds ? "1" : "0");
        env.remove("TELEGRAM_BOT_TOKEN");
        long start = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("the launcher did not finish in 5 minutes: " + cmd);
        }
        return System.nanoTime() - start;
    }
}
