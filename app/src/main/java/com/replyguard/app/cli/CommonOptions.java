package com.replyguard.app.cli;

import com.replyguard.app.Composition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Options every subcommand that opens the data directory shares: the data directory and extra rule folders.
 * The data directory is {@code --data} (given to this command or to any command above it, so
 * {@code replyguard --data X kb list} and {@code replyguard kb list --data X} agree), else {@code REPLYGUARD_DATA},
 * else {@code ~/.replyguard}. Rule folders given at any level add up.
 */
public final class CommonOptions {
    private final Composition.Opener opener;

    /** Options whose parts the root's opener builds (see {@code app.CommandFactory}). */
    public CommonOptions(Composition.Opener opener) {
        this.opener = opener;
    }

    /** Options over the shipped parts, for a command built outside the root (picocli's default factory). */
    public CommonOptions() {
        this(Composition::new);
    }

    @Option(names = "--data", paramLabel = "DIR", description = "data directory (default: $REPLYGUARD_DATA or ~/.replyguard)")
    Path data;

    @Option(names = "--rules", paramLabel = "DIR", description = "an extra rule folder (repeatable)")
    List<Path> rules = new ArrayList<>();

    /** The command this mixin is part of, to find options given to the commands above it. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    public Path dataDir() {
        for (CommonOptions o : chain()) {
            if (o.data != null) {
                return o.data;
            }
        }
        return defaultDataDir();
    }

    /** The data directory when no command is given {@code --data}: {@code REPLYGUARD_DATA}, else {@code ~/.replyguard}. */
    public static Path defaultDataDir() {
        String env = System.getenv("REPLYGUARD_DATA");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".replyguard");
    }

    /** Every rule folder given to this command and the commands above it. */
    public List<Path> ruleDirs() {
        List<Path> all = new ArrayList<>();
        for (CommonOptions o : chain()) {
            all.addAll(o.rules);
        }
        return all;
    }

    /**
     * The parts for this command's data directory and rule folders, from the root's opener (nothing is opened until
     * asked for); the caller closes it.
     */
    public Composition composition() {
        return opener.open(dataDir(), ruleDirs());
    }

    /** This command's options first, then those of each command above it that uses this mixin too. */
    private List<CommonOptions> chain() {
        List<CommonOptions> chain = new ArrayList<>();
        chain.add(this);
        for (CommandSpec c = mixee == null ? null : mixee.parent(); c != null; c = c.parent()) {
            for (CommandSpec m : c.mixins().values()) {
                if (m.userObject() instanceof CommonOptions o && o != this) {
                    chain.add(o);
                }
            }
        }
        return chain;
    }
}
