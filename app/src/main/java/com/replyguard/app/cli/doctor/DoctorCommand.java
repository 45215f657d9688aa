package com.replyguard.app.cli.doctor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.replyguard.app.cli.CommonOptions;
import com.replyguard.app.cli.ConfigOption;
import com.replyguard.app.cli.OperatorLangOption;
import com.replyguard.app.cli.OperatorLanguage;
import com.replyguard.app.cli.serve.ServeSettings;
import com.replyguard.bot.config.BotConfig;
import com.replyguard.bot.config.ConfigLoader;
import com.replyguard.bot.logging.Redaction;
import com.replyguard.knowledge.KnowledgeBase;
import com.replyguard.policy.analysis.Language;
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
 * with what to do, in the operator's language ({@link OperatorLanguage}). Exit 0 when every check passes, 1
 * otherwise.
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

    @Mixin
    OperatorLangOption lang;

    @Spec
    CommandSpec spec;

    /** The environment the checks read; tests replace it. */
    Map<String, String> env = System.getenv();

    private PrintWriter out;
    private int failures;
    /** The operator's language (--lang, $REPLYGUARD_LANG, the config's language:, the locale, English). */
    private Language language = Language.EN;

    @Override
    public Integer call() {
        out = spec.commandLine().getOut();
        Path data = common.dataDir();
        language = OperatorLanguage.resolve(lang.given() == null ? null : lang.given().code(), config.file(), data,
                env);
        BotConfig cfg = null;
        try {
            cfg = new ConfigLoader(env).load(config.file(), data);
            cfg.token().ifPresent(Redaction::secret);
            ServeSettings serve = ServeSettings.load(config.file(), data, env);
            boolean file = Files.isRegularFile(config.file() != null ? config.file()
                    : data.resolve(ConfigLoader.FILE_NAME));
            ok("config", t("doctor.config_ok", t(file ? "doctor.config_file" : "doctor.config_defaults"),
                    cfg.users().size(), serve.tokens().size()));
        } catch (RuntimeException e) {
            fail("config", OperatorLanguage.message(e, language));
        }
        if (cfg != null) {
            token(cfg);
        }
        dataDirectory(data);
        RuleChecker rules = null;
        try {
            rules = RulePacks.loadChecker(new TextAnalysis(), common.ruleDirs());
            ok("rules", common.ruleDirs().isEmpty() ? t("doctor.rules_ok", rules.rules().size())
                    : t("doctor.rules_ok_team", rules.rules().size(), common.ruleDirs().size()));
        } catch (RuntimeException e) {
            fail("rules", OperatorLanguage.message(e, language));
        }
        if (rules != null && Files.isDirectory(data)) {
            index(data, rules);
        }
        out.println(failures == 0 ? t("doctor.all_passed") : t("doctor.failed", failures));
        out.flush();
        return failures == 0 ? 0 : 1;
    }

    private void token(BotConfig cfg) {
        if (!cfg.hasToken()) {
            ok("telegram", t("doctor.telegram_no_token"));
            return;
        }
        if (offline) {
            ok("telegram", t("doctor.telegram_offline"));
            return;
        }
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(
                    URI.create(cfg.apiUrl() + "/bot" + cfg.token().orElseThrow() + "/getMe"))
                    .timeout(Duration.ofSeconds(15)).GET().build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = new ObjectMapper().readTree(r.body());
            if (r.statusCode() == 200 && body.path("ok").asBoolean()) {
                ok("telegram", t("doctor.telegram_ok", body.path("result").path("username").asText(), cfg.apiUrl()));
            } else {
                fail("telegram", t("doctor.telegram_refused", r.statusCode(), body.path("description").asText("")));
            }
        } catch (java.io.IOException e) {
            fail("telegram", t("doctor.telegram_unreachable", cfg.apiUrl(), e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("telegram", t("doctor.interrupted"));
        }
    }

    private void dataDirectory(Path data) {
        if (!Files.exists(data)) {
            ok("data", t("doctor.data_missing", data));
            return;
        }
        if (!Files.isDirectory(data) || !Files.isWritable(data)) {
            fail("data", t("doctor.data_not_writable", data));
            return;
        }
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(data);
            if (perms.stream().anyMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"))) {
                fail("data", t("doctor.data_open", data, java.nio.file.attribute.PosixFilePermissions.toString(perms)));
                return;
            }
        } catch (UnsupportedOperationException | java.io.IOException e) {
            // not a POSIX file system: nothing more to check
        }
        ok("data", t("doctor.data_ok", data));
    }

    private void index(Path data, RuleChecker rules) {
        try (KnowledgeBase kb = KnowledgeBase.open(data, new TextAnalysis(), rules)) {
            KnowledgeBase.Status s = kb.status();
            if (s.changeSeq() == s.indexSeq()) {
                ok("index", t("doctor.index_ok", s.entries(), s.changeSeq()));
            } else {
                fail("index", t("doctor.index_behind", s.indexSeq(), s.changeSeq()));
            }
        } catch (RuntimeException e) {
            fail("index", t("doctor.index_unopenable", OperatorLanguage.message(e, language)));
        }
    }

    /** A sentence in the operator's language. */
    private String t(String key, Object... args) {
        return OperatorLanguage.get(language, key, args);
    }

    /** One result line: ok or FAIL (in the operator's language), the check's name, what was found or what to do. */
    private void line(String mark, String what, String detail) {
        out.printf("%-5s %-9s %s%n", t(mark), what, detail);
    }

    private void ok(String what, String detail) {
        line("doctor.ok", what, detail);
    }

    private void fail(String what, String detail) {
        failures++;
        line("doctor.fail", what, detail);
    }
}
