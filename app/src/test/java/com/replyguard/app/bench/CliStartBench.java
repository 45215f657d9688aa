package com.replyguard.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Whole-process start-up of the command line: wall-clock from fork to exit of {@code scripts/replyguard check "hello"}
 * without any archive, with the class-data-sharing archive, and with the JDK's AOT cache (JDK 25+) the launcher
 * trains after each build, plus a plain {@code java -jar} (what a user without the launcher gets), modes alternating.
 */
public final class CliStartBench {
    private CliStartBench() {
    }

    /** The launcher's start-up modes, as environment settings. */
    private enum Mode {
        NONE("REPLYGUARD_CDS", "0"), CDS("REPLYGUARD_AOT", "0"), AOT("REPLYGUARD_AOT", "1");

        final String variable;
        final String value;

        Mode(String variable, String value) {
            this.variable = variable;
            this.value = value;
        }
    }

    /** Runs each mode {@code runs} times, alternating modes, and adds the figures to the report. */
    public static void run(Path root, Path dataDir, int runs, Report report, List<String> args) throws Exception {
        Path launcher = root.resolve("scripts/replyguard");
        String label = String.join(" ", args);
        try (var caches = Files.newDirectoryStream(root.resolve("app/target"), "replyguard*.{jsa,aot}")) {
            for (Path cache : caches) {
                Files.delete(cache); // the first timed runs create them again
            }
        }
        long first = time(List.of(launcher.toString()), dataDir, Mode.CDS, args);
        boolean aot = awaitAotCache(root, launcher, dataDir, args);
        long[][] times = new long[Mode.values().length + 1][runs];
        List<String> javaJar = List.of(System.getProperty("java.home") + "/bin/java", "-XX:+UseSerialGC", "-jar",
                root.resolve("app/target/replyguard.jar").toString());
        for (int i = 0; i < runs; i++) {
            for (Mode m : Mode.values()) {
                if (m != Mode.AOT || aot) {
                    times[m.ordinal()][i] = time(List.of(launcher.toString()), dataDir, m, args);
                }
            }
            times[Mode.values().length][i] = time(javaJar, dataDir, Mode.NONE, args);
        }
        Latencies none = Latencies.of(times[Mode.NONE.ordinal()], runs, 0);
        Latencies cds = Latencies.of(times[Mode.CDS.ordinal()], runs, 0);
        Latencies plainJar = Latencies.of(times[Mode.values().length], runs, 0);
        String section = "CLI start-up";
        report.add(section, "`" + label + "` without CDS, p50", none.p50Millis(), "ms", runs + " runs, whole process via scripts/replyguard, REPLYGUARD_CDS=0");
        report.add(section, "`" + label + "` with CDS, p50", cds.p50Millis(), "ms", runs + " runs, archive app/target/replyguard-<jdk>.jsa present, REPLYGUARD_AOT=0");
        if (aot) {
            Latencies withAot = Latencies.of(times[Mode.AOT.ordinal()], runs, 0);
            report.add(section, "`" + label + "` with the AOT cache, p50", withAot.p50Millis(), "ms", runs + " runs, app/target/replyguard-<jdk>.aot (the launcher's default on JDK 25+)");
            report.add(section, "`" + label + "` with the AOT cache, max", withAot.maxNanos() / 1e6, "ms", "");
        } else {
            report.missing(section, "no AOT cache: the JDK running the launcher is older than 25 or the training run failed");
        }
        report.add(section, "`java -jar replyguard.jar " + label + "`, p50", plainJar.p50Millis(), "ms", "no launcher, no archive");
        report.add(section, "`" + label + "` without CDS, max", none.maxNanos() / 1e6, "ms", "");
        report.add(section, "`" + label + "` with CDS, max", cds.maxNanos() / 1e6, "ms", "");
        report.add(section, "first run (creates the archive)", first / 1e6, "ms", "one-off after each build");
        report.add(section, "saved by CDS", 100.0 * (none.p50Nanos() - cds.p50Nanos()) / Math.max(1, none.p50Nanos()), "%", "p50");
    }

    /** Starts the launcher once with the AOT cache allowed and waits (up to 3 minutes) for its training run to finish. */
    private static boolean awaitAotCache(Path root, Path launcher, Path dataDir, List<String> args) throws Exception {
        time(List.of(launcher.toString()), dataDir, Mode.AOT, args);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            try (var caches = Files.newDirectoryStream(root.resolve("app/target"), "replyguard*.aot")) {
                if (caches.iterator().hasNext()) {
                    return true;
                }
            }
            try (var locks = Files.newDirectoryStream(root.resolve("app/target"), "replyguard*.aot.lock")) {
                if (!locks.iterator().hasNext()) {
                    return false; // no training under way and no cache: this JDK has no AOT cache
                }
            }
            Thread.sleep(500);
        }
        return false;
    }

    static long time(List<String> command, Path dataDir, Mode mode, List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(command);
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = pb.environment();
        env.put("REPLYGUARD_DATA", dataDir.toString());
        env.put(mode.variable, mode.value);
        env.remove("TELEGRAM_BOT_TOKEN");
        env.remove("REPLYGUARD_JAVA_OPTS");
        long start = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("the launcher did not finish in 5 minutes: " + cmd);
        }
        return System.nanoTime() - start;
    }
}
