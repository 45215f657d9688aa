package com.replyguard.app.cli;

import picocli.CommandLine.Option;

/**
 * The machine-readable outputs {@code check}, {@code draft} and {@code ask} offer, used as an exclusive picocli group
 * (at most one): one JSON object, or a JSONL batch read from standard input. {@code check} adds {@code --format}.
 */
class OutputModes {
    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Option(names = "--jsonl", description = "batch: one JSON object per input line ({\"id\", \"marketplace\", \"text\"}) and per output line")
    boolean jsonl;
}
