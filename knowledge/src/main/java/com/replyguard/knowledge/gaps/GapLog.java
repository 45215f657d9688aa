package com.replyguard.knowledge.gaps;

import java.time.Instant;
import java.util.List;

/** Durable log of knowledge gaps, for the team leads' gap report. Thread-safe. */
public interface GapLog {
    void record(Gap gap);

    List<Gap> since(Instant from);
}
