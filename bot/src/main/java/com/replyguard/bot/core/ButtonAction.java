package com.replyguard.bot.core;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every kind of button press the conversation understands: the closed set behind every callback button. Each has a
 * short code that is the part of the button's callback data before the first ':' (Telegram allows 64 bytes, so the
 * codes are two letters); {@link CallbackData} writes and reads the whole callback data. Codes never change once
 * shipped: a button sent before an upgrade is pressed after it. An action that does several things to one item names
 * the {@link ButtonVerb}s it takes ({@link #verbs()}; its payload is {@code ref:verb[:argument]}, read by
 * {@link Press}).
 */
public enum ButtonAction {
    /** The next draft for the same message. */
    NEXT_DRAFT("nx"),
    /** The policy notes of a draft. */
    POLICY_NOTES("pn"),
    /** Check an edited draft. */
    CHECK_EDIT("ce"),
    /** 👍 used it / 👎 not helpful on a draft. */
    DRAFT_FEEDBACK("fb", ButtonVerb.USED, ButtonVerb.NOT_HELPFUL),
    /** Draft the part of a long message that has already arrived. */
    DRAFT_PART("dp"),
    /** Show every finding of a check. */
    SHOW_ALL_FINDINGS("ck"),
    /** Choose the default marketplace. */
    MARKETPLACE("mk"),
    /** Choose the reply language. */
    LANGUAGE("lg"),
    /** Fill in a draft's placeholder (a date, or a yes/no confirmation). */
    FILL_IN("fi", ButtonVerb.DATE, ButtonVerb.CLAIM_TRUE, ButtonVerb.CLAIM_FALSE),
    /** A proposed entry's intent, marketplace, language, save or cancel. */
    PROPOSAL("cs", ButtonVerb.CHOOSE_INTENT, ButtonVerb.CHOOSE_MARKETPLACE, ButtonVerb.CHOOSE_LANGUAGE,
            ButtonVerb.SET_INTENT, ButtonVerb.SET_MARKETPLACE, ButtonVerb.SET_LANGUAGE, ButtonVerb.SAVE, ButtonVerb.CANCEL),
    /** Approve, edit, reject or skip a pending entry in /review. */
    REVIEW("rv", ButtonVerb.APPROVE, ButtonVerb.EDIT, ButtonVerb.REJECT, ButtonVerb.NEXT),
    /** Show, edit, retire, see the history of or revert an approved entry. */
    ENTRY("kb", ButtonVerb.SHOW, ButtonVerb.EDIT, ButtonVerb.RETIRE, ButtonVerb.HISTORY, ButtonVerb.REVERT),
    /** Write the reply for a knowledge gap. */
    GAP_REPLY("gp"),
    /** Confirm importing a knowledge file. */
    IMPORT_CONFIRM("im"),
    /** File a report about the checker (false alarm, missed violation). */
    REPORT("rp", ButtonVerb.FALSE_ALARM, ButtonVerb.MISSED, ButtonVerb.FALSE_ALARM_ON, ButtonVerb.MISSED_AS),
    /** Approve, reject or skip a pending report. */
    REPORT_REVIEW("rr", ButtonVerb.APPROVE, ButtonVerb.REJECT, ButtonVerb.NEXT);

    private static final Map<String, ButtonAction> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(ButtonAction::code, Function.identity()));

    private final String code;
    private final Set<ButtonVerb> verbs;

    ButtonAction(String code, ButtonVerb... verbs) {
        this.code = code;
        this.verbs = verbs.length == 0 ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(Arrays.asList(verbs)));
    }

    /** The verbs this action's payload carries after its reference ({@link Press}); empty when it has none. */
    public Set<ButtonVerb> verbs() {
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
}
