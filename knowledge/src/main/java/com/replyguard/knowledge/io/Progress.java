package com.replyguard.knowledge.io;

/** Receives progress of a long operation (import): a phase name and how far it is. Called from the working thread. */
@FunctionalInterface
public interface Progress {
    Progress NONE = (phase, done, total) -> { };

    void update(String phase, long done, long total);
}
