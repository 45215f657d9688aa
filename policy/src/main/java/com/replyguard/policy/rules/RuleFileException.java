package com.replyguard.policy.rules;

/**
 * A rule file is malformed: the user's error, not a bug. The message names the file, the line, the rule id and what
 * is wrong, e.g. {@code rules/amazon/x.yaml:7: rule amazon.x: 'severity' must be block, warn or info, not 'high'}.
 */
public final class RuleFileException extends RuntimeException {
    private final String file;
    private final int line;
    private final String ruleId;
    private final String problem;

    public RuleFileException(String file, int line, String ruleId, String problem) {
        super(file + ":" + line + ": rule " + ruleId + ": " + problem);
        this.file = file;
        this.line = line;
        this.ruleId = ruleId;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String ruleId() {
        return ruleId;
    }

    public String problem() {
        return problem;
    }
}
