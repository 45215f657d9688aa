package com.replyguard.app.cli;

import com.replyguard.knowledge.text.Notice;
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
            throw new CheckCommand.InputProblem(Notice.of("input.too_big"));
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new CheckCommand.InputProblem(Notice.of("input.not_utf8"));
        }
    }

    /** Throws {@link CheckCommand.InputProblem} for empty, oversized or binary text. */
    static void validate(String text) {
        Notice problem = notice(text);
        if (problem != null) {
            throw new CheckCommand.InputProblem(problem);
        }
    }

    /** The problem with {@code text} as an English sentence (a JSONL batch's error), or null when it can be checked. */
    static String problem(String text) {
        Notice n = notice(text);
        return n == null ? null : n.toString();
    }

    /** The problem with {@code text}, or null when it can be checked. */
    private static Notice notice(String text) {
        if (text == null || text.isBlank()) {
            return Notice.of("input.empty");
        }
        if (text.length() > MAX_CHARS) {
            return Notice.of("input.too_long", text.length(), MAX_CHARS);
        }
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return Notice.of("input.binary");
            }
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                controls++;
            }
        }
        if (controls > 16 && controls * 10 > text.length()) {
            return Notice.of("input.binary");
        }
        return null;
    }
}
