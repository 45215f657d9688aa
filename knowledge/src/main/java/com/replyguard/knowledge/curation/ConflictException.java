package com.replyguard.knowledge.curation;

import com.replyguard.knowledge.KnowledgeException;

/** Someone else changed the entry since the caller read it: nothing was written; reload and try again. */
public final class ConflictException extends KnowledgeException {
    private final String entryId;
    private final int expectedVersion;
    private final int currentVersion;

    public ConflictException(String entryId, int expectedVersion, int currentVersion) {
        super("Entry '" + entryId + "' was changed by someone else: you edited version " + expectedVersion
                + " but it is now at version " + currentVersion + ". Nothing was saved; reload it and edit again.");
        this.entryId = entryId;
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
    }

    public String entryId() {
        return entryId;
    }

    public int expectedVersion() {
        return expectedVersion;
    }

    public int currentVersion() {
        return currentVersion;
    }
}
