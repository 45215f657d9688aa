package com.replyguard.app.cli.kb;

import com.replyguard.app.Composition;
import com.replyguard.app.cli.CommonOptions;
import com.replyguard.knowledge.KnowledgeBase;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every {@code kb} subcommand shares: {@code --help}, the data directory options, the writers and the CLI actor
 * name.
 */
@Command(mixinStandardHelpOptions = true, versionProvider = com.replyguard.app.cli.BuildVersion.class)
abstract class KbSubcommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** CLI writes are audited as {@code cli:$USER}. */
    static String actor() {
        String user = System.getenv("USER");
        if (user == null || user.isBlank()) {
            user = System.getProperty("user.name", "unknown");
        }
        return "cli:" + user;
    }

    /**
     * True when a person is at a terminal. From JDK 22 {@code System.console()} exists even when the streams are
     * redirected, and {@code Console.isTerminal()} (not in the Java 21 API we compile against) tells them apart.
     */
    static boolean interactive() {
        java.io.Console c = System.console();
        if (c == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException ex) {
            return true;
        }
    }

    @Override
    public final Integer call() throws Exception {
        try (Composition services = common.composition()) {
            int code = run(services);
            out().flush();
            return code;
        }
    }

    /** Runs with the whole set of services; most subcommands need only the knowledge base. */
    int run(Composition services) throws Exception {
        return run(services.knowledge());
    }

    abstract int run(KnowledgeBase kb) throws Exception;
}
