package com.replyguard.app.cli.serve;

import com.replyguard.app.Composition;
import com.replyguard.app.cli.CommonOptions;
import com.replyguard.app.cli.ConfigOption;
import com.replyguard.app.cli.OperatorLanguage;
import com.replyguard.bot.config.ConfigException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code replyguard serve}: the HTTP API and the check page until stopped. The first line on standard output is
 * {@code listening on http://HOST:PORT}, so scripts started with {@code --port 0} can read the port.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the JSON API (POST /v1/check, /v1/draft, /v1/ask; GET /v1/health, /metrics) and the check page.")
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    ConfigOption config;

    @Mixin
    Address address = new Address();

    @Spec
    CommandSpec spec;

    /** {@code --host} and {@code --port}, shared with {@code bot --serve}. */
    public static final class Address {
        @Option(names = "--host", paramLabel = "H", defaultValue = "${env:REPLYGUARD_HOST:-127.0.0.1}",
                description = "address to bind (default: ${DEFAULT-VALUE}; anything but loopback needs an API token)")
        public String host;

        @Option(names = "--port", paramLabel = "N", defaultValue = "${env:REPLYGUARD_PORT:-8080}",
                description = "port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
        public int port;

        /** Starts the server over {@code services} and prints {@code listening on URL} to {@code out}. */
        public ApiServer start(Composition services, Path configFile, Path dataDir, PrintWriter out) throws IOException {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("--port must be 0..65535: " + port);
            }
            ServeSettings settings = ServeSettings.load(configFile, dataDir, System.getenv());
            ApiServer server = new ApiServer(services, settings, host, port, Runtime.getRuntime().availableProcessors() * 2);
            server.start();
            out.println("listening on " + server.url());
            out.flush();
            return server;
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        Composition services = common.composition();
        ApiServer server;
        try {
            server = address.start(services, config.file(), common.dataDir(), spec.commandLine().getOut());
        } catch (IOException e) {
            err.println(OperatorLanguage.get(OperatorLanguage.of(spec), "operator.cannot_listen", "serve", address.host,
                    address.port, e.getMessage()));
            services.close();
            return 1;
        } catch (IllegalArgumentException | ConfigException e) {
            err.println("replyguard serve: " + OperatorLanguage.message(e, OperatorLanguage.of(spec)));
            err.flush();
            services.close();
            return 2;
        }
        services.warmUp(() -> false);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            services.close();
            stopped.countDown();
        }, "replyguard-serve-shutdown"));
        stopped.await();
        return 0;
    }
}
