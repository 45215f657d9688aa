package com.replyguard.policy.analysis;

/** One analysed token: its normalised term and its UTF-16 span in the original text (end exclusive). */
public record Token(String term, int start, int end) {
    public Token {
        if (term == null || term.isEmpty()) {
            throw new IllegalArgumentException("term must not be empty: " + term);
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad token span: " + start + ".." + end);
        }
    }
}
