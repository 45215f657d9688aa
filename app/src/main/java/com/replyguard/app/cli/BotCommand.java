package com.replyguard.app.cli;


import com.replyguard.app.Composition;
import com.replyguard.bot.config.BotConfig;
import com.replyguard.bot.telegram.TelegramBot;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code replyguard bot}: runs the Telegram bot until stopped (Ctrl+C). */
@Command(name = "bot", description = "Run the Telegram bot (needs TELEGRAM_BOT_TOKEN or telegram.token in the config).")
public final class BotCommand implements Callable<Integer> {
    /** The form of a token @BotFather gives: the bot's id, a colon, letters, digits, '-' and '_'. */
    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("\\d+:[A-Za-z0-9_-]+");

    @Mixin
    CommonOptions common;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Option(names = "--serve", description = "also serve the HTTP API and check page (see replyguard serve)")
    boolean serve;

    @picocli.CommandLine.Mixin
    com.replyguard.app.cli.serve.ServeCommand.Address address = new com.replyguard.app.cli.serve.ServeCommand.Address();

    @Override
    public Integer call() {
        BotConfig cfg = BotSettings.load(config.file(), common.dataDir());
        com.replyguard.policy.analysis.Language lang = OperatorLanguage.of(spec);
        Path configFile = config.file() != null ? config.file() : common.dataDir().resolve("config.yaml");
        if (!cfg.hasToken()) {
            System.err.println(OperatorLanguage.get(lang, "operator.no_token", configFile));
            return 1;
        }
        if (!TOKEN.matcher(cfg.token().orElseThrow()).matches()) {
            System.err.println(OperatorLanguage.get(lang, "operator.token_invalid", configFile));
            return 1;
        }
        Composition services = common.composition();
        if (serve) {
            // One process, one data directory, one set of services: the API sees what the bot's team approves.
            try {
                com.replyguard.app.cli.serve.ApiServer api = address.start(services, config.file(), common.dataDir(),
                        new java.io.PrintWriter(System.out, true));
                Runtime.getRuntime().addShutdownHook(new Thread(api::close, "replyguard-serve-shutdown"));
            } catch (java.io.IOException | IllegalArgumentException | com.replyguard.bot.config.ConfigException e) {
                System.err.println(e instanceof java.io.IOException
                        ? OperatorLanguage.get(lang, "operator.cannot_listen", "bot", address.host, address.port,
                                e.getMessage())
                        : OperatorLanguage.get(lang, "operator.cannot_serve", "bot",
                                OperatorLanguage.message(e, lang)));
                services.close();
                return 2;
            }
        }
        return run(services, cfg, config.file());
    }

    /**
     * Runs the bot until stopped; the operator reads its start, a missing user list and a token Telegram refuses
     * (at start or later) in their language.
     *
     * @param configFile {@code --config} as given, or null
     */
    static int run(Composition services, BotConfig cfg, Path configFile) {
        java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);
        try (services) {
            TelegramBot bot = services.telegramBot(cfg);
            services.warmUp(bot::busy); // the warm-up stands aside while agents' updates are handled
            // SIGTERM: stop polling at once, finish the replies under way, and let this thread close the services
            // (their queued writes are flushed) before the JVM ends.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                bot.stop();
                try {
                    closed.await(15, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "replyguard-shutdown"));
            com.replyguard.policy.analysis.Language lang = OperatorLanguage.resolve(null, configFile,
                    services.dataDir(), System.getenv());
            Path shownConfig = configFile != null ? configFile : services.dataDir().resolve("config.yaml");
            bot.onToken(new com.replyguard.bot.telegram.TokenListener() {
                @Override
                public void rejected() {
                    System.err.println(OperatorLanguage.get(lang, "operator.token_rejected", shownConfig));
                }

                @Override
                public void acceptedAgain() {
                    System.err.println(OperatorLanguage.get(lang, "operator.token_accepted"));
                }
            });
            if (cfg.users().isEmpty() && !cfg.openAsk()) {
                System.err.println(OperatorLanguage.get(lang, "operator.no_users"));
            }
            System.err.println(OperatorLanguage.get(lang, "operator.running", cfg.apiUrl(), services.dataDir()));
            bot.run();
            return 0;
        } finally {
            closed.countDown();
        }
    }
}
