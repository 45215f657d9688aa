package com.replyguard.policy.rules;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A team rule folder given on the command line or in the config does not exist: the user's error, named by its path
 * so callers can say it in the user's language. An {@link IllegalArgumentException}, as before it had a type.
 */
public final class RuleFolderNotFoundException extends IllegalArgumentException {
    private final transient Path folder;

    public RuleFolderNotFoundException(Path folder) {
        super("rule folder not found: " + folder);
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /** Throws when {@code dir} is not a directory. */
    static void require(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new RuleFolderNotFoundException(dir);
        }
    }
}
