package com.replyguard.app.soak;

import com.replyguard.app.bench.Machine;
import com.replyguard.app.bench.SampleTexts;
import com.replyguard.bot.soak.Faults;
import com.replyguard.bot.soak.FaultyBotApi;
import com.replyguard.knowledge.KnowledgeBase;
import com.replyguard.policy.analysis.TextAnalysis;
import com.replyguard.policy.rules.RulePacks;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;

/** The bot phases of the soak: injected faults, a flooding user, SIGKILL and restart. */
final class BotSoak {
    /** A token-shaped secret: it must never appear in the bot's output. */
    static final String TOKEN = "5000000001:SOAKtoken-must-never-be-logged-42";
    static final long ADMIN = 3000;
    static final long CALIBRATOR = 2999;

    private BotSoak() {
    }

    /** Texts agents send: pasted buyer messages (drafts), /check of a risky draft, /ask of a policy question. */
    static List<String> texts() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            texts.add(SampleTexts.buyerMessage(i));
        }
        texts.add("/check " + SampleTexts.draft(3, 300));
        texts.add("/ask " + SampleTexts.question(0));
        return texts;
    }

    /** A bot child process with its fake API and data directory, calibrated for the texts. */
    record Rig(FaultyBotApi api, Path data, Path log, String users, AgentSimulation sim, List<String> texts) {
        BotProcess start() throws IOException {
            return BotProcess.start(BotProcess.botEnv(api, TOKEN, data, users), log, "1g", "bot");
        }
    }

    /**
     * A fresh data directory whose config.yaml sets the per-user rate limit: generous where the phase counts every
     * answer (a rate-limit notice would be a different answer), tight enough in the flood phase to catch the flooder.
     */
    static Rig rig(SoakMain.Settings s, String name, List<Long> agents, long seed, int perMinute, int burst)
            throws IOException {
        FaultyBotApi api = new FaultyBotApi(TOKEN, Faults.none(), seed);
        Path data = com.replyguard.app.backup.DataFiles.createDataDir(s.work().resolve(name + "-data-" + System.nanoTime()));
        if (s.emptyKnowledge()) {
            // Seconds instead of loading and checking the built-in knowledge on first start (the short test).
            TextAnalysis analysis = new TextAnalysis();
            KnowledgeBase.open(data, analysis, RulePacks.load(analysis, List.of()), KnowledgeBase.Options.empty()).close();
        }
        Files.writeString(data.resolve("config.yaml"), "rate_limit:\n  per_minute: " + perMinute + "\n  burst: " + burst + "\n");
        List<Long> all = new ArrayList<>(agents);
        all.add(CALIBRATOR);
        return new Rig(api, data, s.work().resolve(name + "-bot.log"), AgentSimulation.usersSetting(all, ADMIN),
                new AgentSimulation(api), new ArrayList<>(texts()));
    }

    /** Measures how many messages each text produces; drops texts the bot does not answer at all. */
    static void calibrate(Rig rig, PrintStream out, SoakMain.Totals totals) throws InterruptedException {
        rig.sim().calibrate(CALIBRATOR, rig.texts(), 120_000, 1_500);
        List<String> silent = rig.texts().stream().filter(t -> rig.sim().expected(t) == 0).toList();
        if (silent.size() == rig.texts().size()) {
            totals.problems.add("the bot answered none of the calibration texts; see " + rig.log());
        }
        silent.forEach(t -> out.println("   (no answer to \"" + abbreviate(t) + "\": left out)"));
        rig.texts().removeAll(silent);
        for (String t : rig.texts()) {
            out.println("   calibrated: " + rig.sim().expected(t) + " message(s) for \"" + abbreviate(t) + "\"");
        }
    }

    static void faults(SoakMain.Settings s, PrintStream out, SoakMain.Totals totals) throws Exception {
        List<Long> agents = AgentSimulation.userIds(3001, s.users());
        Rig rig = rig(s, "faults", agents, s.seed(), 1_000_000, 1_000_000);
        try (FaultyBotApi api = rig.api(); BotProcess bot = rig.start()) {
            calibrate(rig, out, totals);
            if (rig.texts().isEmpty()) {
                return;
            }
            long pid = bot.pid();
            long rssStart = Machine.rssBytes(pid);
            long threadsStart = Machine.threads(pid);
            List<long[]> samples = new ArrayList<>();
            AtomicBoolean sampling = new AtomicBoolean(true);
            Thread sampler = Thread.ofPlatform().daemon().start(() -> {
                while (sampling.get()) {
                    synchronized (samples) {
                        samples.add(new long[] {Machine.rssBytes(pid), Machine.threads(pid)});
                    }
                    try {
                        Thread.sleep(1_000);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            api.faults(Faults.soak());
            int perUser = Math.max(1, s.updates() / s.users());
            AgentSimulation.Result r = rig.sim().run(agents, perUser, i -> rig.texts().get((int) (i % rig.texts().size())),
                    180_000, 5_000);
            api.faults(Faults.none());
            sampling.set(false);
            sampler.join();
            totals.add(r);
            out.println(SoakMain.describe("faults", r));
            out.println("   injected: " + api.injected() + " over " + api.requests() + " requests");
            long rssEnd = Machine.rssBytes(pid);
            long threadsEnd = Machine.threads(pid);
            long rssQuarter;
            long rssMax = 0;
            synchronized (samples) {
                rssQuarter = samples.isEmpty() ? rssStart : samples.get(samples.size() / 4)[0];
                for (long[] sample : samples) {
                    rssMax = Math.max(rssMax, sample[0]);
                }
            }
            out.printf(Locale.ROOT, "   bot memory: rss %d MiB after calibration, %d MiB at a quarter, %d MiB max, %d MiB at"
                    + " the end; threads %d -> %d%n", Machine.mib(rssStart), Machine.mib(rssQuarter), Machine.mib(rssMax),
                    Machine.mib(rssEnd), threadsStart, threadsEnd);
            if (threadsEnd > threadsStart + 16) {
                totals.problems.add("thread leak: " + threadsStart + " threads after calibration, " + threadsEnd + " at the end");
            }
            if (rssEnd > rssQuarter * 3 / 2 + 64L * 1024 * 1024) {
                totals.problems.add("memory grows: rss " + Machine.mib(rssQuarter) + " MiB at a quarter, "
                        + Machine.mib(rssEnd) + " MiB at the end");
            }
            if (r.duplicated() > 0) {
                totals.problems.add("faults: " + r.duplicated() + " duplicated messages without any crash");
            }
            if (!bot.alive()) {
                totals.crashes++;
                totals.problems.add("the bot process died during the fault phase; see " + rig.log());
            }
            checkTokenNeverLogged(rig.log(), totals);
        }
    }

    static void flood(SoakMain.Settings s, PrintStream out, SoakMain.Totals totals) throws Exception {
        List<Long> agents = AgentSimulation.userIds(4001, Math.max(2, s.users() - 1));
        long flooder = 4999;
        List<Long> withFlooder = new ArrayList<>(agents);
        withFlooder.add(flooder);
        Rig rig = rig(s, "flood", withFlooder, s.seed() + 1, 600, 60);
        try (FaultyBotApi api = rig.api(); BotProcess bot = rig.start()) {
            calibrate(rig, out, totals);
            if (rig.texts().isEmpty()) {
                return;
            }
            int perUser = Math.max(2, Math.min(20, s.updates() / s.users() / 4));
            AgentSimulation.Result calm = rig.sim().run(agents, perUser, i -> rig.texts().get((int) (i % rig.texts().size())), 120_000, 2_000);
            out.println(SoakMain.describe("calm", calm));
            AtomicBoolean flooding = new AtomicBoolean(true);
            int[] flooded = {0};
            Thread flood = Thread.ofPlatform().daemon().start(() -> {
                long next = System.nanoTime();
                long stopAt = System.nanoTime() + 60_000_000_000L;
                while (flooding.get() && System.nanoTime() < stopAt) {
                    api.sendText(flooder, "flood " + flooded[0]++);
                    next += 1_000_000_000L / s.floodPerSecond();
                    long wait = next - System.nanoTime();
                    if (wait > 0) {
                        java.util.concurrent.locks.LockSupport.parkNanos(wait);
                    }
                }
            });
            AgentSimulation.Result during = rig.sim().run(agents, perUser, i -> rig.texts().get((int) ((i + 1) % rig.texts().size())), 120_000, 2_000);
            flooding.set(false);
            flood.join();
            totals.add(calm);
            totals.add(during);
            out.println(SoakMain.describe("during a flood of " + flooded[0] + " messages from one user at "
                    + s.floodPerSecond() + "/s", during));
            out.printf(Locale.ROOT, "   others' p99 %.0f ms calm, %.0f ms during the flood (x%.2f); flooder got %d messages%n",
                    calm.latency().p99Millis(), during.latency().p99Millis(),
                    during.latency().p99Millis() / Math.max(1, calm.latency().p99Millis()), api.sentCount(flooder));
            if (during.latency().p99Nanos() > 2 * calm.latency().p99Nanos() + 500_000_000L) {
                totals.problems.add(String.format(Locale.ROOT, "flood: others' p99 rose from %.0f ms to %.0f ms",
                        calm.latency().p99Millis(), during.latency().p99Millis()));
            }
            if (!bot.alive()) {
                totals.crashes++;
                totals.problems.add("the bot process died during the flood; see " + rig.log());
            }
        }
    }

    static void kills(SoakMain.Settings s, PrintStream out, SoakMain.Totals totals) throws Exception {
        List<Long> agents = AgentSimulation.userIds(5001, Math.min(10, s.users()));
        Rig rig = rig(s, "kill", agents, s.seed() + 2, 1_000_000, 1_000_000);
        Random random = SoakMain.random(s, "kill");
        try (FaultyBotApi api = rig.api()) {
            BotProcess[] bot = {rig.start()};
            try {
                calibrate(rig, out, totals);
                if (rig.texts().isEmpty()) {
                    return;
                }
                AtomicBoolean stop = new AtomicBoolean();
                AgentSimulation.Result[] result = new AgentSimulation.Result[1];
                Thread agentsThread = Thread.ofPlatform().start(() -> {
                    try {
                        result[0] = rig.sim().run(agents, 1_000_000, i -> rig.texts().get((int) (i % rig.texts().size())),
                                180_000, 5_000, stop::get);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                int unanswered = 0;
                for (int k = 1; k <= s.kills(); k++) {
                    Thread.sleep(300 + random.nextInt(2_700));
                    bot[0].kill();
                    bot[0] = rig.start();
                    int before = api.sentCount(ADMIN);
                    api.sendText(ADMIN, "/help");
                    long deadline = System.currentTimeMillis() + 120_000;
                    while (api.sentCount(ADMIN) == before && System.currentTimeMillis() < deadline) {
                        Thread.sleep(10);
                    }
                    if (api.sentCount(ADMIN) == before) {
                        unanswered++;
                        totals.problems.add("kill: the bot did not answer within 2 minutes after restart #" + k);
                    }
                }
                stop.set(true);
                agentsThread.join();
                AgentSimulation.Result r = result[0];
                totals.add(r);
                out.println(SoakMain.describe(s.kills() + " SIGKILLs and restarts", r));
                out.println("   after each restart the bot answered a probe: " + (s.kills() - unanswered) + "/" + s.kills());
                out.println("   (a reply is recorded as sent the moment Telegram's answer arrives; a kill while its request"
                        + " is on the wire can still repeat it: at-least-once, as Telegram itself)");
                checkTokenNeverLogged(rig.log(), totals);
            } finally {
                bot[0].close();
            }
        }
    }

    static void checkTokenNeverLogged(Path log, SoakMain.Totals totals) throws IOException {
        if (Files.exists(log) && Files.readString(log).contains(TOKEN.substring(TOKEN.indexOf(':') + 1))) {
            totals.problems.add("the bot token appears in " + log);
        }
    }

    static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    static long rss(BotProcess bot) {
        return Machine.rssBytes(bot.pid());
    }
}
