package com.replyguard.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.replyguard.app.Composition;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.function.BiFunction;

/**
 * The JSON of the contract for callers outside the command line (the HTTP server): the very objects that
 * {@code check --json}, {@code draft --json} and {@code ask --json} print, and the same JSONL batch, so a change to
 * how findings are rendered reaches every way in at once.
 */
public final class ApiJson {
    private final ObjectMapper mapper = CheckJson.mapper();

    public ObjectMapper mapper() {
        return mapper;
    }

    /** {@code check --json}'s object for {@code text}. */
    public ObjectNode check(Composition services, String text, Marketplace m) {
        return CheckJson.result(mapper, null, text, services.checker().check(text, m));
    }

    /** {@code draft --json}'s object for a buyer's message. */
    public ObjectNode draft(Composition services, String text, Marketplace m) {
        return new DraftOutput(mapper).draftJson(services.drafting().draft(text, m));
    }

    /** {@code ask --json}'s object for a question. */
    public ObjectNode ask(Composition services, String text, Marketplace m) {
        return new DraftOutput(mapper).askJson(services.drafting().ask(text, m));
    }

    /** The contract's error object {@code {"id": ..., "error": ...}}. */
    public ObjectNode error(String message) {
        return CheckJson.error(mapper, null, message);
    }

    /** Why {@code text} cannot be handled (empty, too long, binary), as a sentence, or null when it can. */
    public static String problem(String text) {
        return InputText.problem(text);
    }

    /** The {@code --jsonl} batch: one result or error line per input line, in order; returns the worst verdict. */
    public Verdict batch(InputStream in, PrintWriter out, Marketplace defaultSite,
                         BiFunction<String, Marketplace, ObjectNode> handle) throws IOException {
        return new JsonlBatch(mapper, defaultSite).run(in, out, (text, m) -> {
            String problem = InputText.problem(text);
            if (problem != null) {
                throw new IllegalArgumentException(problem);
            }
            return handle.apply(text, m);
        });
    }

    /** {@code CheckJson.write}: the compact JSON text of a node. */
    public String write(com.fasterxml.jackson.databind.JsonNode node) {
        return CheckJson.write(mapper, node);
    }
}
