package com.replyguard.app.cli;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes and vets a draft's text so odd input gets a clear sentence instead of a stack trace. */
final class InputText {
    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_CHARS = 2_000_000;

    private InputText() {
    }

    static String decode(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new CheckCommand.InputProblem("the input is larger than 2 MB; check one draft at a time.");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new CheckCommand.InputProblem("the input is not valid UTF-8 text.");
        }
    }

    /** Throws {@link CheckCommand.InputProblem} for empty, oversized or binary text. */
    static void validate(String text) {
        String problem = problem(text);
        if (problem != null) {
            throw new CheckCommand.InputProblem(problem);
        }
    }

    /** The problem with {@code text} as a sentence, or null when it can be checked. */
    static String problem(String text) {
        if (text == null || text.isBlank()) {
            return "there is no text to check (the draft is empty).";
        }
        if (text.length() > MAX_CHARS) {
            return "the draft is too long to check (" + text.length() + " characters; the limit is " + MAX_CHARS + ").";
        }
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return "the input looks like binary data, not text.";
            }
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                controls++;
            }
        }
        if (controls > 16 && controls * 10 > text.length()) {
            return "the input looks like binary data, not text.";
        }
        return null;
    }
}
