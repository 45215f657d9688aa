package com.replyguard.app;

import com.replyguard.app.cli.CommonOptions;
import picocli.CommandLine;

/**
 * The picocli factory of the composition root: every command's {@link CommonOptions} (its data directory, rule
 * folders and the parts behind them) is built here with the root's {@link Composition.Opener}, so a command gets its
 * parts from the root instead of building them, and a test can run the real command line over parts of its own.
 * A command opens its composition only when it runs, and asks only for what it uses: a one-shot {@code check} builds
 * the checker and opens neither SQLite nor Lucene.
 */
public final class CommandFactory implements CommandLine.IFactory {
    private final Composition.Opener opener;

    public CommandFactory(Composition.Opener opener) {
        this.opener = opener;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
        if (cls == CommonOptions.class) {
            return cls.cast(new CommonOptions(opener));
        }
        return CommandLine.defaultFactory().create(cls);
    }
}
