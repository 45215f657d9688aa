package com.replyguard.app.cli.doctor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.replyguard.app.cli.CommonOptions;
import com.replyguard.app.cli.ConfigOption;
import com.replyguard.app.cli.serve.ServeSettings;
import com.replyguard.bot.config.BotConfig;
import com.replyguard.bot.config.ConfigLoader;
import com.replyguard.bot.logging.Redaction;
import com.replyguard.knowledge.KnowledgeBase;
import com.replyguard.policy.analysis.TextAnalysis;
import com.replyguard.policy.rules.RuleChecker;
import com.replyguard.policy.rules.RulePacks;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code replyguard doctor}: checks an installation in the order things depend on each other (config, Telegram
 * token, data directory, rule folders, knowledge index) and prints one line per check, {@code ok} or {@code FAIL}
 * with what to do. Exit 0 when every check passes, 1 otherwise.
 */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = "Check the configuration, the bot token (getMe), the data directory, the rule folders and the index.")
public final class DoctorCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    ConfigOption config;

    @Option(names = "--offline", description = "do not call Telegram's getMe")
    boolean offline;

    @Spec
    CommandSpec spec;

    /** The environment the checks read; tests replace it. */
    Map<String, String> env = System.getenv();

    private PrintWriter out;
    private int failures;

    @Override
    public Integer call() {
        out = spec.commandLine().getOut();
        Path data = common.dataDir();
        BotConfig cfg = null;
        try {
            cfg = new ConfigLoader(env).load(config.file(), data);
            cfg.token().ifPresent(Redaction::secret);
            ServeSettings serve = ServeSettings.load(config.file(), data, env);
            ok("config", (Files.isRegularFile(config.file() != null ? config.file() : data.resolve(ConfigLoader.FILE_NAME))
                    ? "valid" : "no file, defaults") + "; " + cfg.users().size() + " users; API tokens: "
                    + serve.tokens().size());
        } catch (RuntimeException e) {
            fail("config", e.getMessage());
        }
        if (cfg != null) {
            token(cfg);
        }
        dataDirectory(data);
        RuleChecker rules = null;
        try {
            rules = RulePacks.loadChecker(new TextAnalysis(), common.ruleDirs());
            ok("rules", rules.rules().size() + " rules loaded" + (common.ruleDirs().isEmpty() ? ""
                    : " (with " + common.ruleDirs().size() + " team folder(s))"));
        } catch (RuntimeException e) {
            fail("rules", e.getMessage());
        }
        if (rules != null && Files.isDirectory(data)) {
            index(data, rules);
        }
        out.println(failures == 0 ? "all checks passed" : failures + " check(s) failed");
        out.flush();
        return failures == 0 ? 0 : 1;
    }

    private void token(BotConfig cfg) {
        if (!cfg.hasToken()) {
            ok("telegram", "no token set (only needed for replyguard bot)");
            return;
        }
        if (offline) {
            ok("telegram", "token set; not called (--offline)");
            return;
        }
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(
                    URI.create(cfg.apiUrl() + "/bot" + cfg.token().orElseThrow() + "/getMe"))
                    .timeout(Duration.ofSeconds(15)).GET().build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = new ObjectMapper().readTree(r.body());
            if (r.statusCode() == 200 && body.path("ok").asBoolean()) {
                ok("telegram", "getMe answers: @" + body.path("result").path("username").asText() + " at " + cfg.apiUrl());
            } else {
                fail("telegram", "getMe refused the token (" + r.statusCode() + " "
                        + body.path("description").asText("") + "); get a new token from @BotFather");
            }
        } catch (java.io.IOException e) {
            fail("telegram", "cannot reach " + cfg.apiUrl() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("telegram", "interrupted");
        }
    }

    private void dataDirectory(Path data) {
        if (!Files.exists(data)) {
            ok("data", data + " does not exist yet (created on first use)");
            return;
        }
        if (!Files.isDirectory(data) || !Files.isWritable(data)) {
            fail("data", data + " is not a writable directory");
            return;
        }
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(data);
            if (perms.stream().anyMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"))) {
                fail("data", data + " can be read by other users (" + java.nio.file.attribute.PosixFilePermissions
                        .toString(perms) + "); run: chmod 700 " + data);
                return;
            }
        } catch (UnsupportedOperationException | java.io.IOException e) {
            // not a POSIX file system: nothing more to check
        }
        ok("data", data + " is writable and private");
    }

    private void index(Path data, RuleChecker rules) {
        try (KnowledgeBase kb = KnowledgeBase.open(data, new TextAnalysis(), rules)) {
            KnowledgeBase.Status s = kb.status();
            if (s.changeSeq() == s.indexSeq()) {
                ok("index", s.entries() + " entries, index in sync (change " + s.changeSeq() + ")");
            } else {
                fail("index", "the index is at change " + s.indexSeq() + ", the store at " + s.changeSeq()
                        + "; run: replyguard kb reindex");
            }
        } catch (RuntimeException e) {
            fail("index", "the knowledge base cannot be opened: " + e.getMessage());
        }
    }

    private void ok(String what, String detail) {
        out.printf("ok    %-9s %s%n", what, detail);
    }

    private void fail(String what, String detail) {
        failures++;
        out.printf("FAIL  %-9s %s%n", what, detail);
    }
}
