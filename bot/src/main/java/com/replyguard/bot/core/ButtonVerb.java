package com.replyguard.bot.core;

import static com.replyguard.bot.core.ButtonVerb.Form.ARGUMENT;
import static com.replyguard.bot.core.ButtonVerb.Form.INDEX;
import static com.replyguard.bot.core.ButtonVerb.Form.PLAIN;

/**
 * What a button does to the item its payload refers to (approve, edit, show...), for the {@link ButtonAction}s that do
 * several things to one item; each action names the verbs it takes ({@link ButtonAction#verbs()}), and a verb's code
 * is unique within each action that takes it (a plain verb and one of {@link Form#INDEX} may share one: {@code f},
 * {@code f2}). The code is what the payload carries ({@link Press}); like an action's code, it never changes once
 * shipped.
 */
public enum ButtonVerb {
    // a draft's 👍 / 👎 (DRAFT_FEEDBACK)
    USED("u", PLAIN), NOT_HELPFUL("d", PLAIN),
    // a pending entry or report (REVIEW, REPORT_REVIEW); rejecting asks for a reason
    APPROVE("a", PLAIN), EDIT("e", PLAIN), REJECT("r", PLAIN), NEXT("n", PLAIN),
    // an approved entry (ENTRY); REVERT carries the version to go back to
    SHOW("s", PLAIN), RETIRE("x", PLAIN), HISTORY("h", PLAIN), REVERT("r", ARGUMENT),
    // a proposed entry (PROPOSAL): offer the choices, set the one chosen (the argument), save or drop it
    CHOOSE_INTENT("i", PLAIN), CHOOSE_MARKETPLACE("m", PLAIN), CHOOSE_LANGUAGE("l", PLAIN),
    SET_INTENT("I", ARGUMENT), SET_MARKETPLACE("M", ARGUMENT), SET_LANGUAGE("L", ARGUMENT),
    SAVE("ok", PLAIN), CANCEL("x", PLAIN),
    // a report on a check (REPORT): start one, then name the finding or the category by its number
    FALSE_ALARM("f", PLAIN), MISSED("m", PLAIN), FALSE_ALARM_ON("f", INDEX), MISSED_AS("c", INDEX),
    // a draft's blanks and claims (FILL_IN): the suggested date, or the claim true or not, by number
    DATE("d", INDEX), CLAIM_TRUE("y", INDEX), CLAIM_FALSE("n", INDEX);

    /** What a verb's code carries after it in the payload. */
    public enum Form {
        /** Nothing: {@code ref:verb}. */
        PLAIN,
        /** A value (a version, a chosen name): {@code ref:verb:value}. */
        ARGUMENT,
        /** The number of one of the things shown with the button (a finding, a claim...): {@code ref:verbN}. */
        INDEX
    }

    private static final String NUMBER = "\\d{1,6}";

    private final String code;
    private final Form form;

    ButtonVerb(String code, Form form) {
        if (!code.matches("[A-Za-z]{1,2}")) { // short, and never the payload's separator
            throw new IllegalArgumentException("a verb's code is one or two letters: '" + code + "'");
        }
        this.code = code;
        this.form = form;
    }

    /** What the payload carries for this verb. */
    public String code() {
        return code;
    }

    /** True when this verb's payload can carry {@code argument} ("" for none). */
    public boolean accepts(String argument) {
        return switch (form) {
            case PLAIN -> argument.isEmpty();
            case ARGUMENT -> !argument.isEmpty() && !argument.contains(":");
            case INDEX -> argument.matches(NUMBER);
        };
    }

    /** This verb with {@code argument}, as it follows the reference and ':' in a payload. */
    String write(String argument) {
        return switch (form) {
            case PLAIN -> code;
            case ARGUMENT -> code + ":" + argument;
            case INDEX -> code + argument;
        };
    }

    /**
     * The argument a payload carries when {@code word} (what follows the reference) and {@code rest} (what follows the
     * next ':', or null) are this verb; null when they are not.
     */
    String read(String word, String rest) {
        String argument = switch (form) {
            case PLAIN -> word.equals(code) && rest == null ? "" : null;
            case ARGUMENT -> word.equals(code) ? rest : null;
            case INDEX -> rest == null && word.startsWith(code) ? word.substring(code.length()) : null;
        };
        return argument != null && accepts(argument) ? argument : null;
    }

    /** True for a verb that carries the number of one of the things shown with its button. */
    boolean indexed() {
        return form == Form.INDEX;
    }
}
