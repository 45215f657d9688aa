package com.replyguard.bot.core;

/**
 * What a button does to the item its payload refers to (approve, edit, show...), for the {@link ButtonAction}s that do
 * several things to one item; each action names the verbs it takes ({@link ButtonAction#verbs()}), and a verb's code
 * is unique within each action that takes it. The code is what the payload carries ({@link Press}); like an action's
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
    REVERT("r"),
    /** Offer the intents for a proposed entry. */
    CHOOSE_INTENT("i"),
    /** Offer the marketplaces for a proposed entry. */
    CHOOSE_MARKETPLACE("m"),
    /** Offer the languages for a proposed entry. */
    CHOOSE_LANGUAGE("l"),
    /** Set a proposed entry's intent to the argument. */
    SET_INTENT("I"),
    /** Set a proposed entry's marketplace to the argument. */
    SET_MARKETPLACE("M"),
    /** Set a proposed entry's language to the argument. */
    SET_LANGUAGE("L"),
    /** Save a proposed entry. */
    SAVE("ok"),
    /** Drop a proposed entry. */
    CANCEL("x");

    private final String code;

    ButtonVerb(String code) {
        if (!code.matches("[A-Za-z]{1,2}")) { // short, and never the payload's separator
            throw new IllegalArgumentException("a verb's code is one or two letters: '" + code + "'");
        }
        this.code = code;
    }

    /** What the payload carries for this verb. */
    public String code() {
        return code;
    }
}
