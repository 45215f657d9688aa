package com.replyguard.knowledge.store;

import java.time.Instant;

/** One line of the audit log: who did what to which entry version, and when. */
public record AuditRecord(long seq, Instant at, String actor, String action, String entryId, Integer version,
                          String detail) {
}
