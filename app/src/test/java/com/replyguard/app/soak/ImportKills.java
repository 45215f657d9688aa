package com.replyguard.app.soak;

import com.replyguard.app.backup.DataFiles;
import com.replyguard.knowledge.bench.SyntheticEntries;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * SIGKILL of {@code replyguard kb import} at random moments. After each kill the knowledge base must hold either none
 * or all of that import (imports are one transaction), checked through {@code kb export} in a fresh process, which
 * also exercises start-up recovery of the store and the index.
 */
final class ImportKills {
    private ImportKills() {
    }

    static void run(SoakMain.Settings s, PrintStream out, SoakMain.Totals totals) throws Exception {
        Path data = DataFiles.createDataDir(s.work().resolve("import-data-" + System.nanoTime()));
        Path log = s.work().resolve("import.log");
        Random random = SoakMain.random(s, "import");
        int perImport = s.importKills() >= 20 ? 20_000 : 3_000;
        long count = exported(data, log);
        if (count < 0) {
            totals.problems.add("import: `kb export` failed on a fresh data directory; see " + log);
            return;
        }
        int killed = 0;
        int completed = 0;
        for (int k = 1; k <= s.importKills(); k++) {
            Path file = s.work().resolve("import-" + k + ".jsonl");
            List<String> lines = new ArrayList<>(perImport);
            for (int i = 0; i < perImport; i++) {
                lines.add(SyntheticEntries.jsonl(SyntheticEntries.entry(k * 1_000_000 + i, s.seed())));
            }
            Files.write(file, lines);
            Process p = cli(data, log, "kb", "import", file.toString());
            if (p.waitFor(200 + random.nextInt(3_800), TimeUnit.MILLISECONDS)) {
                completed++;
                if (p.exitValue() != 0) {
                    totals.problems.add("import #" + k + " failed with status " + p.exitValue() + "; see " + log);
                }
            } else {
                p.destroyForcibly();
                p.waitFor(1, TimeUnit.MINUTES);
                killed++;
            }
            Files.deleteIfExists(file);
            long after = exported(data, log);
            if (after != count && after != count + perImport) {
                totals.problems.add("import #" + k + ": " + after + " entries after the kill, expected " + count
                        + " (none) or " + (count + perImport) + " (all)");
            }
            if (after >= 0) {
                count = after;
            }
        }
        out.printf("import: %d imports of %,d entries, %d killed mid-way, %d finished; %,d entries at the end,"
                + " every check all-or-nothing: %s%n", s.importKills(), perImport, killed, completed, count,
                totals.problems.stream().noneMatch(p -> p.startsWith("import")) ? "yes" : "NO");
    }

    /** Number of entries {@code kb export} writes, or -1 when it fails. */
    private static long exported(Path data, Path log) throws IOException, InterruptedException {
        Path file = Files.createTempFile(data.getParent(), "export-", ".jsonl");
        try {
            Process p = cli(data, log, "kb", "export", "--format", "jsonl", file.toString());
            if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
                p.destroyForcibly();
                return -1;
            }
            try (var lines = Files.lines(file)) {
                return lines.filter(l -> !l.isBlank()).count();
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static Process cli(Path data, Path log, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-XX:+UseSerialGC", "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), "com.replyguard.app.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().putAll(Map.of("REPLYGUARD_DATA", data.toString()));
        return pb.start();
    }
}
