package com.replyguard.app.soak;

import com.replyguard.app.backup.DataFiles;
import com.replyguard.app.bench.Machine;
import com.replyguard.app.bench.Report;
import com.replyguard.knowledge.bench.SyntheticEntries;
import com.replyguard.bot.soak.Faults;
import com.replyguard.bot.soak.FaultyBotApi;
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
 * The real bot in a child JVM, driven through the fake Bot API with 50 agents, on the shipped default knowledge base
 * and on 100,000 synthetic entries: start-up time (process start to first getUpdates, and to the first answer);
 * reply latency (from getUpdates handing an update out to the bot's first message for it) with the agents pausing
 * between messages so that the answers stay under Telegram's 30 messages a second, which is the bot's own
 * processing time, measured after the back-to-back run; and, with the agents sending back to back, the most updates
 * a second the bot gets through (then Telegram's pacing is the limit and the latency is queueing behind it).
 */
public final class BotBench {
    /** Messages a second the paced run aims at: under Telegram's 30 a second per bot, with room for bursts. */
    private static final double PACED_MESSAGES_PER_SECOND = 20;

    private BotBench() {
    }

    public static void run(boolean quick, Path dir, Report report) throws Exception {
        runOn(0, quick, dir.resolve("default"), report);
        runOn(quick ? 10_000 : 100_000, quick, dir, report);
    }

    private static void runOn(int size, boolean quick, Path dir, Report report) throws Exception {
        String section = size == 0 ? "bot (default knowledge)" : "bot (" + (size / 1000) + "k entries)";
        Files.createDirectories(dir);
        Path data = size == 0 ? emptyDataDir(dir) : prepare(size, dir);
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
                double messagesPerUpdate = texts.stream().mapToInt(sim::expected).average().orElse(1);
                // Back to back first: it measures throughput (Telegram's pacing is the limit) and leaves the bot
                // with a few hundred updates handled, so the paced run below measures its steady state, as an
                // agent meets it after the first minutes of the day (the bot's start-up warm-up covers drafting
                // only).
                AgentSimulation.Result busy = sim.run(agents, quick ? 2 : 10, i -> texts.get((int) ((i + 7) % texts.size())),
                        120_000, 1_000);
                report.add(section, "back to back: updates/s", busy.latency().perSecond(), "updates/s",
                        String.format(java.util.Locale.ROOT, "%d updates, each agent sends as soon as the answer is in;"
                                + " %.1f messages per answer, paced at 30 messages/s", busy.updates(), messagesPerUpdate));
                report.add(section, "back to back: update to first reply p50", busy.latency().p50Millis(), "ms", "queueing behind Telegram's pacing");
                report.add(section, "back to back: update to first reply p99", busy.latency().p99Millis(), "ms", "");
                // 50 agents each pausing this long between messages offer PACED_MESSAGES_PER_SECOND messages a second.
                long think = Math.round(agents.size() * messagesPerUpdate / PACED_MESSAGES_PER_SECOND * 1000);
                int perUser = quick ? 4 : 20;
                AgentSimulation.Result paced = sim.run(agents, perUser, i -> texts.get((int) (i % texts.size())), 120_000,
                        1_000, () -> false, think);
                report.add(section, "paced: updates/s offered", paced.latency().perSecond(), "updates/s",
                        String.format(java.util.Locale.ROOT, "%d updates from 50 agents pausing %.1f s on average; about %.0f"
                                + " messages/s out, under Telegram's 30", paced.updates(), think / 1000.0,
                                paced.latency().perSecond() * messagesPerUpdate));
                report.add(section, "paced: update to first reply p50", paced.latency().p50Millis(), "ms", "the bot's own processing time, after the back-to-back run");
                report.add(section, "paced: update to first reply p99", paced.latency().p99Millis(), "ms", "");
                int lost = paced.lost() + busy.lost();
                int duplicated = paced.duplicated() + busy.duplicated();
                report.add(section, "lost / duplicated", lost + duplicated, "", lost + " lost, " + duplicated + " duplicated");
                report.add(section, "bot resident memory", Machine.mib(Machine.rssBytes(bot.pid())), "MiB", "VmRSS of the bot JVM (-Xmx1g) at the end");
                report.add(section, "bot threads", Machine.threads(bot.pid()), "", "");
            }
        }
    }

    private static Path emptyDataDir(Path dir) throws IOException {
        Path data = dir.resolve("data");
        deleteTree(data);
        return DataFiles.createDataDir(data);
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
