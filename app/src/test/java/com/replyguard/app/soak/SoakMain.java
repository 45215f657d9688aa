package com.replyguard.app.soak;

import com.replyguard.app.Composition;
import com.replyguard.app.bench.Latencies;
import com.replyguard.app.bench.Machine;
import com.replyguard.app.bench.SampleTexts;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The soak and fault suite behind {@code scripts/soak} (not part of the normal test run; {@code SoakShortTest} runs a
 * small version of it). Phases: {@code faults} (the bot under injected Bot API faults), {@code flood} (one user floods,
 * the others' p99 is compared with a calm run), {@code kill} (SIGKILL of the bot at random moments, checked after each
 * restart), {@code import} (SIGKILL of {@code kb import} at random moments), {@code fuzz} (hostile inputs through
 * check, draft and ask). Its last lines are the totals: updates, lost, duplicated, crashes, p99.
 */
public final class SoakMain {
    private SoakMain() {
    }

    /** Settings of one soak run. */
    record Settings(Path work, Set<String> phases, int users, int updates, int kills, int importKills, int fuzzInputs,
            int floodPerSecond, long seed, boolean emptyKnowledge) {
        static Settings parse(String[] args) {
            Path root = Path.of(".");
            boolean quick = false;
            Set<String> phases = new LinkedHashSet<>(List.of("faults", "flood", "kill", "import", "fuzz"));
            Map<String, Integer> n = new LinkedHashMap<>();
            long seed = 20261122;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--root" -> root = Path.of(args[++i]);
                    case "--quick" -> quick = true;
                    case "--phases" -> phases = new LinkedHashSet<>(Arrays.asList(args[++i].split(",")));
                    case "--seed" -> seed = Long.parseLong(args[++i]);
                    case "--users", "--updates", "--kills", "--import-kills", "--fuzz", "--flood" ->
                            n.put(args[i], Integer.parseInt(args[++i]));
                    default -> throw new IllegalArgumentException("unknown option " + args[i] + " (expected --quick"
                            + " --phases faults,flood,kill,import,fuzz --users N --updates N --kills N --import-kills N"
                            + " --fuzz N --flood PER_SECOND --seed N)");
                }
            }
            return new Settings(root.resolve("bench/work/soak"), phases, n.getOrDefault("--users", 50),
                    n.getOrDefault("--updates", quick ? 1_000 : 10_000), n.getOrDefault("--kills", quick ? 5 : 50),
                    n.getOrDefault("--import-kills", quick ? 5 : 50), n.getOrDefault("--fuzz", quick ? 5_000 : 100_000),
                    n.getOrDefault("--flood", 1_000), seed, false);
        }
    }

    /** The totals over every phase that ran. */
    static final class Totals {
        int updates;
        int lost;
        int duplicated;
        int crashes;
        long p99Nanos;
        final List<String> problems = new ArrayList<>();

        void add(AgentSimulation.Result r) {
            updates += r.updates();
            lost += r.lost();
            duplicated += r.duplicated();
            p99Nanos = Math.max(p99Nanos, r.latency().p99Nanos());
        }

        boolean ok() {
            return lost == 0 && crashes == 0 && problems.isEmpty();
        }

        void print(PrintStream out) {
            problems.forEach(p -> out.println("PROBLEM " + p));
            out.printf(Locale.ROOT, "updates %d%nlost %d%nduplicated %d%ncrashes %d%np99 %.1f ms%n", updates, lost,
                    duplicated, crashes, p99Nanos / 1e6);
        }
    }

    public static void main(String[] args) throws Exception {
        Settings s = Settings.parse(args);
        Files.createDirectories(s.work());
        Totals totals = run(s, System.out);
        totals.print(System.out);
        System.exit(totals.ok() ? 0 : 1);
    }

    static Totals run(Settings s, PrintStream out) throws Exception {
        Totals totals = new Totals();
        for (String phase : s.phases()) {
            out.println("== " + phase);
            long t0 = System.nanoTime();
            switch (phase) {
                case "faults" -> BotSoak.faults(s, out, totals);
                case "flood" -> BotSoak.flood(s, out, totals);
                case "kill" -> BotSoak.kills(s, out, totals);
                case "import" -> ImportKills.run(s, out, totals);
                case "fuzz" -> fuzz(s, out, totals);
                default -> throw new IllegalArgumentException("unknown phase " + phase);
            }
            out.printf(Locale.ROOT, "   (%s took %.0f s)%n", phase, (System.nanoTime() - t0) / 1e9);
        }
        return totals;
    }

    static void fuzz(Settings s, PrintStream out, Totals totals) throws Exception {
        Path data = Files.createDirectories(s.work().resolve("fuzz-data-" + System.nanoTime()));
        try (Composition services = new Composition(data, List.of())) {
            // Warm once so the first inputs do not pay for loading rules and the knowledge base.
            services.drafting().draft(SampleTexts.buyerMessage(1), com.replyguard.policy.Marketplace.AMAZON);
            FuzzRun.Result r = FuzzRun.run(services, s.fuzzInputs(), Runtime.getRuntime().availableProcessors(), s.seed());
            totals.crashes += r.crashes();
            r.firstFailures().forEach(f -> totals.problems.add("fuzz: " + f));
            out.printf(Locale.ROOT, "fuzz: %d inputs x (check, draft, ask): %d crashes; slowest call per input p50 %.2f ms,"
                    + " p99 %.2f ms, max %.0f ms; %.0f inputs/s%n", r.inputs(), r.crashes(), r.latency().p50Millis(),
                    r.latency().p99Millis(), r.latency().maxNanos() / 1e6, r.latency().perSecond());
        }
    }

    static String describe(String what, AgentSimulation.Result r) {
        Latencies l = r.latency();
        return String.format(Locale.ROOT, "%s: %d updates, %d answered, %d lost, %d duplicated messages, %d missing"
                + " messages; first reply p50 %.0f ms, p99 %.0f ms; %.1f updates/s", what, r.updates(), r.answered(),
                r.lost(), r.duplicated(), r.missingMessages(), l.p50Millis(), l.p99Millis(), l.perSecond());
    }

    static String memory(long pid) {
        return "rss " + Machine.mib(Machine.rssBytes(pid)) + " MiB, threads " + Machine.threads(pid);
    }

    static Random random(Settings s, String phase) {
        return new Random(s.seed() ^ phase.hashCode());
    }
}
