package com.replyguard.app.soak;

import com.replyguard.bot.soak.FaultyBotApi;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real bot ({@code replyguard bot}) in a child JVM, configured only through the documented environment variables,
 * so it can be killed with SIGKILL ({@link #kill}) and restarted on the same data directory.
 */
final class BotProcess implements AutoCloseable {
    private final Process process;

    private BotProcess(Process process) {
        this.process = process;
    }

    /**
     * Starts {@code java -cp <this class path> com.replyguard.app.Main ARGS} with the given environment on top of
     * this one's (minus any real token), appending its output to {@code log}.
     */
    static BotProcess start(Map<String, String> env, Path log, String heap, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-XX:+UseSerialGC", "--enable-native-access=ALL-UNNAMED", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                "com.replyguard.app.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().remove("TELEGRAM_BOT_TOKEN");
        pb.environment().putAll(env);
        return new BotProcess(pb.start());
    }

    static Map<String, String> botEnv(FaultyBotApi api, String token, Path dataDir, String users) {
        return Map.of("TELEGRAM_API_URL", api.baseUrl().toString(), "TELEGRAM_BOT_TOKEN", token,
                "REPLYGUARD_DATA", dataDir.toString(), "REPLYGUARD_USERS", users);
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    Process process() {
        return process;
    }

    /** SIGKILL: no shutdown hook, no flush, exactly like a power cut of the process. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(1, TimeUnit.MINUTES);
    }

    /** SIGTERM, then SIGKILL after {@code graceSeconds}; returns the exit status. */
    int stop(int graceSeconds) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(graceSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(1, TimeUnit.MINUTES);
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop(10);
        }
    }
}
