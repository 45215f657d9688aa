package com.replyguard.bot.soak;

import com.replyguard.bot.backup.DataFiles;
import com.replyguard.bot.bench.Machine;
import com.replyguard.bot.bench.Report;
import com.replyguard.bot.bench.SyntheticEntries;
import com.replyguard.knowledge.KnowledgeBase;
import com.replyguard.knowledge.entry.Entry;
import com.replyguard.policy.analysis.TextAnalysis;
import com.replyguard.policy.rules.RulePacks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real bot in a child JVM on a knowledge base of 100,000 entries, driven through the fake Bot API: start-up time
 * (process start to first getUpdates, and to the first answer), then 50 agents working in parallel: updates/s and
 * the time from an update being handed out to the bot's first reply.
 */
public final class BotBench {
    private BotBench() {
    }

    public static void run(boolean quick, Path dir, Report report) throws Exception {
        int size = quick ? 10_000 : 100_000;
        String section = "bot (" + (size / 1000) + "k entries)";
        Path data = prepare(size, dir);
        Files.writeString(data.resolve("config.yaml"), "rate_limit:\n  per_minute: 1000000\n  burst: 1000000\n");
        List<Long> agents = AgentSimulation.userIds(6001, 50);
        List<Long> all = new ArrayList<>(agents);
        all.add(BotSoak.CALIBRATOR);
        String users = AgentSimulation.usersSetting(all, BotSoak.ADMIN);
        try (FaultyBotApi api = new FaultyBotApi(BotSoak.TOKEN, Faults.none(), 1)) {
            long t0 = System.nanoTime();
            try (BotProcess bot = BotProcess.start(BotProcess.botEnv(api, BotSoak.TOKEN, data, users), dir.resolve("bot.log"), "1g", "bot")) {
                while (api.firstPollNanos() == 0 && bot.alive() && System.nanoTime() - t0 < 300_000_000_000L) {
                    Thread.sleep(5);
                }
                if (api.firstPollNanos() == 0) {
                    throw new IllegalStateException("the bot never polled; see " + dir.resolve("bot.log"));
                }
                report.add(section, "start-up to first getUpdates", (api.firstPollNanos() - t0) / 1e6, "ms", "child JVM, whole process");
                api.sendText(BotSoak.ADMIN, "/help");
                while (api.sentCount(BotSoak.ADMIN) == 0 && System.nanoTime() - t0 < 300_000_000_000L) {
                    Thread.sleep(2);
                }
                report.add(section, "start-up to first answer (/help)", (api.sentTo(BotSoak.ADMIN).getFirst().atNanos() - t0) / 1e6, "ms", "");
                AgentSimulation sim = new AgentSimulation(api);
                List<String> texts = new ArrayList<>(BotSoak.texts());
                sim.calibrate(BotSoak.CALIBRATOR, texts, 120_000, 1_000);
                texts.removeIf(t -> sim.expected(t) == 0);
                int perUser = quick ? 4 : 20;
                AgentSimulation.Result r = sim.run(agents, perUser, i -> texts.get((int) (i % texts.size())), 120_000, 1_000);
                report.add(section, "updates/s, 50 agents", r.latency().perSecond(), "updates/s",
                        r.updates() + " updates; each agent waits for the reply before the next message; pastes, /check, /ask");
                report.add(section, "update to first reply p50", r.latency().p50Millis(), "ms", "");
                report.add(section, "update to first reply p99", r.latency().p99Millis(), "ms", "");
                report.add(section, "lost / duplicated", r.lost() + r.duplicated(), "", r.lost() + " lost, " + r.duplicated() + " duplicated");
                report.add(section, "bot resident memory", Machine.mib(Machine.rssBytes(bot.pid())), "MiB", "VmRSS of the bot JVM (-Xmx1g) at the end");
                report.add(section, "bot threads", Machine.threads(bot.pid()), "", "");
            }
        }
    }

    /** A data directory with {@code size} entries: a copy of the kb suite's when it has one, else imported now. */
    static Path prepare(int size, Path dir) throws IOException {
        Path data = dir.resolve("data");
        deleteTree(data);
        Path fromKb = dir.getParent().resolve("kb-" + size).resolve("data");
        if (Files.isRegularFile(fromKb.resolve("knowledge.db"))) {
            DataFiles.createDataDir(data);
            try (Stream<Path> walk = Files.walk(fromKb)) {
                for (Path p : walk.toList()) {
                    Path target = data.resolve(fromKb.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            return data;
        }
        TextAnalysis analysis = new TextAnalysis();
        try (KnowledgeBase kb = KnowledgeBase.open(data, analysis, RulePacks.load(analysis, List.of()))) {
            for (int from = 0; from < size; from += 50_000) {
                List<Entry> batch = new ArrayList<>();
                for (int i = from; i < Math.min(size, from + 50_000); i++) {
                    batch.add(SyntheticEntries.entry(i, 42));
                }
                kb.importEntries(batch, false, "bench:import");
            }
        }
        return data;
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path f : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
