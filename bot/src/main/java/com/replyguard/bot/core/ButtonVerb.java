package com.replyguard.bot.core;

/**
 * What a button does to the item its payload refers to (approve, edit, show...), for the {@link ButtonAction}s that do
 * several things to one item; each action names the verbs it takes ({@link ButtonAction#verbs()}), and a verb's code
 * is unique within each action that takes it (a plain verb and one of {@link Form#INDEX} may share one: {@code f}, {@code f2}). The code is what the payload carries ({@link Press}); like an action's
 * code, it never changes once shipped.
 */
public enum ButtonVerb {
    /** 👍 used it (a draft). */
    USED("u"),
    /** 👎 not helpful (a draft). */
    NOT_HELPFUL("d"),
    /** Approve a pending entry or report. */
    APPROVE("a"),
    /** Edit an entry. */
    EDIT("e"),
    /** Reject a pending entry or report (a reason is asked for). */
    REJECT("r"),
    /** Skip to the next pending entry or report. */
    NEXT("n"),
    /** Show an approved entry. */
    SHOW("s"),
    /** Retire an approved entry. */
    RETIRE("x"),
    /** An entry's earlier versions. */
    HISTORY("h"),
    /** Revert an entry to the version given as argument. */
    REVERT("r", Form.ARGUMENT),
    /** Offer the intents for a proposed entry. */
    CHOOSE_INTENT("i"),
    /** Offer the marketplaces for a proposed entry. */
    CHOOSE_MARKETPLACE("m"),
    /** Offer the languages for a proposed entry. */
    CHOOSE_LANGUAGE("l"),
    /** Set a proposed entry's intent to the argument. */
    SET_INTENT("I", Form.ARGUMENT),
    /** Set a proposed entry's marketplace to the argument. */
    SET_MARKETPLACE("M", Form.ARGUMENT),
    /** Set a proposed entry's language to the argument. */
    SET_LANGUAGE("L", Form.ARGUMENT),
    /** Save a proposed entry. */
    SAVE("ok"),
    /** Drop a proposed entry. */
    CANCEL("x"),
    /** Report a check's finding as a false alarm (the finding is chosen next, unless there is one). */
    FALSE_ALARM("f"),
    /** Report a passed check as a missed violation (the category is chosen next). */
    MISSED("m"),
    /** Report the finding numbered by the index as a false alarm. */
    FALSE_ALARM_ON("f", Form.INDEX),
    /** Report a missed violation of the category numbered by the index. */
    MISSED_AS("c", Form.INDEX),
    /** Fill a draft's date with the suggestion numbered by the index. */
    DATE("d", Form.INDEX),
    /** The draft's claim numbered by the index is true: keep it. */
    CLAIM_TRUE("y", Form.INDEX),
    /** The draft's claim numbered by the index is not true: take it out. */
    CLAIM_FALSE("n", Form.INDEX);

    /** What a verb's code carries after it in the payload. */
    public enum Form {
        /** Nothing: {@code ref:verb}. */
        PLAIN,
        /** A value (a version, a chosen name): {@code ref:verb:value}. */
        ARGUMENT,
        /** The number of one of the things shown with the button (a suggestion, a finding, a claim): {@code ref:verbN}. */
        INDEX
    }

    private final String code;
    private final Form form;

    ButtonVerb(String code) {
        this(code, Form.PLAIN);
    }

    ButtonVerb(String code, Form form) {
        if (!code.matches("[A-Za-z]{1,2}")) { // short, and never the payload's separator
            throw new IllegalArgumentException("a verb's code is one or two letters: '" + code + "'");
        }
        this.code = code;
        this.form = form;
    }

    /** What the payload carries after this verb's code. */
    public Form form() {
        return form;
    }

    /** What the payload carries for this verb. */
    public String code() {
        return code;
    }
}
