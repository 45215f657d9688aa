package com.replyguard.bot.core;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every kind of button press the conversation understands: the closed set behind every callback button. Each has a
 * short code that is the part of the button's callback data before the first ':' (Telegram allows 64 bytes, so the
 * codes are two letters); {@link CallbackData} writes and reads the whole callback data. Codes never change once
 * shipped: a button sent before an upgrade is pressed after it. An action that does several things on one item names
 * them with the closed set of {@link #verbs()} (its payload is {@code ref:verb[:argument]}, read by {@link Press}).
 */
public enum ButtonAction {
    /** The next draft for the same message. */
    NEXT_DRAFT("nx"),
    /** The policy notes of a draft. */
    POLICY_NOTES("pn"),
    /** Check an edited draft. */
    CHECK_EDIT("ce"),
    /** 👍 used it / 👎 not helpful on a draft. */
    DRAFT_FEEDBACK("fb", Vote.class),
    /** Draft the part of a long message that has already arrived. */
    DRAFT_PART("dp"),
    /** Show every finding of a check. */
    SHOW_ALL_FINDINGS("ck"),
    /** Choose the default marketplace. */
    MARKETPLACE("mk"),
    /** Choose the reply language. */
    LANGUAGE("lg"),
    /** Fill in a draft's placeholder (a date, or a yes/no confirmation). */
    FILL_IN("fi"),
    /** A proposed entry's intent, marketplace, language, save or cancel. */
    PROPOSAL("cs", OnProposal.class),
    /** Approve, edit, reject or skip a pending entry in /review. */
    REVIEW("rv", Review.class),
    /** Show, edit, retire, see the history of or revert an approved entry. */
    ENTRY("kb", OnEntry.class),
    /** Write the reply for a knowledge gap. */
    GAP_REPLY("gp"),
    /** Confirm importing a knowledge file. */
    IMPORT_CONFIRM("im"),
    /** File a report about the checker (false alarm, missed violation). */
    REPORT("rp"),
    /** Approve, reject or skip a pending report. */
    REPORT_REVIEW("rr", OnReport.class);

    private static final Map<String, ButtonAction> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(ButtonAction::code, Function.identity()));

    private final String code;
    private final Class<? extends ButtonVerb> verbs;

    ButtonAction(String code) {
        this(code, null);
    }

    ButtonAction(String code, Class<? extends ButtonVerb> verbs) {
        this.code = code;
        this.verbs = verbs;
    }

    /** The verbs this action's payload carries after its reference ({@link Press}), or null when it has none. */
    public Class<? extends ButtonVerb> verbs() {
        return verbs;
    }

    /** The code written before the ':' of the callback data. */
    public String code() {
        return code;
    }

    /** The action whose code is {@code code}, or empty for a code this version does not know. */
    public static Optional<ButtonAction> ofCode(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    /** 👍 used it / 👎 not helpful, on a draft ({@link #DRAFT_FEEDBACK}). */
    public enum Vote implements ButtonVerb {
        USED("u"), NOT_HELPFUL("d");

        private final String code;

        Vote(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    /** What a lead does with a pending entry in /review ({@link #REVIEW}). */
    public enum Review implements ButtonVerb {
        APPROVE("a"), EDIT("e"), REJECT("r"), NEXT("n");

        private final String code;

        Review(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    /** What a lead does with a pending report ({@link #REPORT_REVIEW}). */
    public enum OnReport implements ButtonVerb {
        APPROVE("a"), REJECT("r"), NEXT("n");

        private final String code;

        OnReport(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    /** What a lead does with an approved entry ({@link #ENTRY}); {@code REVERT} carries the version as argument. */
    public enum OnEntry implements ButtonVerb {
        SHOW("s"), EDIT("e"), RETIRE("x"), HISTORY("h"), REVERT("r");

        private final String code;

        OnEntry(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    /**
     * What an agent does with a proposed entry ({@link #PROPOSAL}): open a choice of intent, marketplace or language,
     * set one (the value as argument), save or cancel.
     */
    public enum OnProposal implements ButtonVerb {
        CHOOSE_INTENT("i"), CHOOSE_MARKETPLACE("m"), CHOOSE_LANGUAGE("l"),
        SET_INTENT("I"), SET_MARKETPLACE("M"), SET_LANGUAGE("L"), SAVE("ok"), CANCEL("x");

        private final String code;

        OnProposal(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }
}
