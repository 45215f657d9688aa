package com.replyguard.bot.core;

import java.io.IOException;

/** Downloads a file a user sent (a document to import, for example); implemented by each adapter. */
@FunctionalInterface
public interface FileFetcher {
    /** The file's bytes; refuses files above {@code maxBytes} with an IOException. */
    byte[] fetch(Input.FileRef file, long maxBytes) throws IOException;

    FileFetcher NONE = (file, max) -> {
        throw new IOException("files cannot be downloaded here");
    };
}
