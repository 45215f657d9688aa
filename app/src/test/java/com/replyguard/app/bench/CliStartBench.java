package com.replyguard.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Whole-process start-up of a one-shot {@code check}: wall-clock from fork to exit, each configuration in turn (so
 * load on the machine falls on all alike), the median reported. The configurations are the start-up work step by
 * step (issue #17): an earlier build's jar when given ({@code --baseline DIR}, its {@code replyguard.jar} and
 * {@code lib/}), then this build with {@code java -jar} without and with what the build precomputed (packed rule
 * files and phrase terms, {@code -Dreplyguard.precomputed=false} turns them off), with the quick JIT only
 * ({@code -XX:TieredStopAtLevel=1}, what the launcher gives one-shot commands), and the launcher itself without an
 * archive, with the class-data-sharing archive and with the JDK's AOT cache (JDK 25+, its default), then round 2:
 * the AOT cache without replaying its method profiles, and the checker built on a second thread while picocli parses
 * (off, {@code REPLYGUARD_PREFETCH=0}, in every {@code java -jar} row); round 5: the launcher without and with
 * transparent huge pages for the heap ({@code REPLYGUARD_THP=0}; the default where the kernel gives them on request).
 * With a baseline whose tree holds {@code scripts/replyguard}, that launcher is measured too ("before", launcher).
 * The data directory holds a knowledge.db (as any in use does), so the check opens SQLite for the team's approved
 * false alarms.
 */
public final class CliStartBench {
    private CliStartBench() {
    }

    /** The launcher's start-up modes, as environment settings. */
    private enum Mode {
        NONE("REPLYGUARD_CDS", "0"), CDS("REPLYGUARD_AOT", "0"), AOT("REPLYGUARD_AOT", "1"),
        AOT_NO_PREFETCH("REPLYGUARD_PREFETCH", "0"), AOT_NO_THP("REPLYGUARD_THP", "0");

        final String variable;
        final String value;

        Mode(String variable, String value) {
            this.variable = variable;
            this.value = value;
        }
    }

    /** One measured configuration: a label, the command before the arguments and the launcher mode (or none). */
    private record Config(String label, List<String> command, Mode mode, String note) {
    }

    /** Runs each configuration {@code runs} times, in turn, and adds the medians to the report. */
    public static void run(Path root, Path dataDir, int runs, Report report, List<String> args, Path baseline)
            throws Exception {
        Path launcher = root.resolve("scripts/replyguard");
        if (!Files.exists(dataDir.resolve("knowledge.db"))) {
            try (var parts = new com.replyguard.app.Composition(dataDir, List.of())) {
                parts.knowledge(); // creates knowledge.db, as in a data directory in use
            }
        }
        String label = "check " + String.join(" ", args.subList(1, args.size()));
        try (var caches = Files.newDirectoryStream(root.resolve("app/target"), "replyguard*.{jsa,aot}")) {
            for (Path cache : caches) {
                Files.delete(cache); // the first timed runs create them again
            }
        }
        long first = time(List.of(launcher.toString()), dataDir, Mode.CDS, args);
        boolean aot = awaitAotCache(root, launcher, dataDir, args);
        String java = System.getProperty("java.home") + "/bin/java";
        String jar = root.resolve("app/target/replyguard.jar").toString();
        List<Config> configs = new ArrayList<>();
        Path baselineLauncher = baseline == null ? null : baseline.resolve("../../scripts/replyguard").normalize();
        if (baseline != null) {
            configs.add(new Config("before: the baseline build, `java -jar`", List.of(java, "-XX:+UseSerialGC", "-jar",
                    baseline.resolve("replyguard.jar").toString()), Mode.NONE, baseline.toString()));
            if (Files.isExecutable(baselineLauncher)) {
                awaitAotCache(baselineLauncher.getParent().getParent(), baselineLauncher, dataDir, args);
                configs.add(new Config("before: the baseline's launcher (its AOT cache)", List.of(baselineLauncher.toString()),
                        Mode.AOT, baselineLauncher.toString()));
            }
        }
        configs.add(new Config("`java -jar`, nothing precomputed", List.of(java, "-XX:+UseSerialGC",
                "-Dreplyguard.precomputed=false", "-jar", jar), Mode.AOT_NO_PREFETCH,
                "this build; rule files parsed and phrases analysed at start"));
        configs.add(new Config("`java -jar`", List.of(java, "-XX:+UseSerialGC", "-jar", jar), Mode.AOT_NO_PREFETCH,
                "+ packed rule files and phrase terms from the build"));
        configs.add(new Config("`java -jar`, quick JIT only", List.of(java, "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-jar", jar), Mode.AOT_NO_PREFETCH, "+ -XX:TieredStopAtLevel=1"));
        configs.add(new Config("launcher, no archive", List.of(launcher.toString()), Mode.NONE,
                "scripts/replyguard with REPLYGUARD_CDS=0 (quick JIT)"));
        configs.add(new Config("launcher, class-data sharing", List.of(launcher.toString()), Mode.CDS,
                "REPLYGUARD_AOT=0: archive app/target/replyguard-<jdk>.jsa"));
        if (aot) {
            String cache;
            try (var caches = Files.newDirectoryStream(root.resolve("app/target"), "replyguard*.aot")) {
                cache = caches.iterator().next().toString();
            }
            configs.add(new Config("`java -jar`, quick JIT, AOT cache with profile replay", List.of(java,
                    "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:AOTCache=" + cache, "-Xlog:aot=off",
                    "-Xlog:cds=off", "-jar", jar), Mode.AOT_NO_PREFETCH, "the cache the launcher trained (checks in en, bn, ms)"));
            configs.add(new Config("`java -jar`, quick JIT, AOT cache without profile replay", List.of(java,
                    "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:+UnlockDiagnosticVMOptions",
                    "-XX:-AOTReplayTraining", "-XX:AOTCache=" + cache, "-Xlog:aot=off", "-Xlog:cds=off", "-jar", jar),
                    Mode.AOT_NO_PREFETCH, "+ -XX:-AOTReplayTraining (the launcher's one-shot option on JDK 25)"));
            configs.add(new Config("launcher, AOT cache, checker after parsing", List.of(launcher.toString()),
                    Mode.AOT_NO_PREFETCH, "REPLYGUARD_PREFETCH=0: the launcher's default otherwise"));
            configs.add(new Config("launcher, AOT cache, 4 KB pages", List.of(launcher.toString()), Mode.AOT_NO_THP,
                    "REPLYGUARD_THP=0; + the checker built on a second thread while picocli parses"));
            configs.add(new Config("launcher, AOT cache", List.of(launcher.toString()), Mode.AOT,
                    "the default on JDK 25+: + transparent huge pages for the heap when the kernel gives them on request"));
        } else {
            report.missing("CLI start-up", "no AOT cache: the JDK running the launcher is older than 25 or the training run failed");
        }
        long[][] times = new long[configs.size()][runs];
        long[][] cpu = new long[configs.size()][runs];
        for (int i = 0; i < runs; i++) {
            for (int c = 0; c < configs.size(); c++) {
                long before = childCpuMillis();
                times[c][i] = time(configs.get(c).command(), dataDir, configs.get(c).mode(), args);
                cpu[c][i] = childCpuMillis() - before;
            }
        }
        String section = "CLI start-up";
        for (int c = 0; c < configs.size(); c++) {
            Latencies l = Latencies.of(times[c], runs, 0);
            long[] used = cpu[c].clone();
            Arrays.sort(used);
            String cpuNote = used[used.length - 1] > 0 ? ", CPU (user+sys) p50 " + used[used.length / 2] + " ms" : "";
            report.add(section, "`" + label + "`: " + configs.get(c).label() + ", p50", l.p50Millis(), "ms",
                    runs + " runs" + cpuNote + "; " + configs.get(c).note());
        }
        Latencies last = Latencies.of(times[configs.size() - 1], runs, 0);
        report.add(section, "`" + label + "`: " + configs.get(configs.size() - 1).label() + ", max",
                last.maxNanos() / 1e6, "ms", "");
        report.add(section, "first run after a build (creates the archive)", first / 1e6, "ms", "one-off");
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

    /**
     * CPU time (user + system) of this process's finished children, from /proc/self/stat (Linux), in milliseconds;
     * 0 elsewhere. Unlike wall time it hardly moves when other work shares the cores.
     */
    static long childCpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // After "pid (comm) ": field 3 is f[0]; cutime and cstime are fields 16 and 17, in clock ticks (100/s).
            return (Long.parseLong(f[13]) + Long.parseLong(f[14])) * 10;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
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
