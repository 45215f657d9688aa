package com.replyguard.policy.analysis;

/** The writing system of a text: Bengali is typed both in its own script and in Latin letters. */
public enum Script {
    LATIN("latin"), BENGALI("bengali"), OTHER("other");

    private final String code;

    Script(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return code;
    }
}
