package com.replyguard.policy.detect;

/** A detected stretch of text, UTF-16 offsets, end exclusive; {@code host} is the web host for links, else null. */
public record Span(int start, int end, String host) {
    public Span {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("span must satisfy 0 <= start < end: " + start + ".." + end);
        }
    }
}
