package com.replyguard.bot.agent;

import com.replyguard.bot.core.Button;
import com.replyguard.bot.core.ButtonAction;
import com.replyguard.bot.core.ButtonVerb;
import com.replyguard.bot.core.Context;
import com.replyguard.bot.core.HandlerRegistry;
import com.replyguard.bot.core.Press;
import com.replyguard.bot.core.Reply;
import com.replyguard.bot.core.RichText;
import com.replyguard.drafting.Draft;
import com.replyguard.knowledge.entry.Claims;
import com.replyguard.policy.ComplianceChecker;
import com.replyguard.policy.analysis.Language;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Fill-ins the bot asks for: when a draft still has blanks the message did not fill ({@code [TRACKING NUMBER]},
 * {@code [DATE]}) or claims the agent must confirm ({@code [✔ enquiry opened | ...]}, see {@link Confirmations}), one
 * message asks for all of them; the agent answers with the values (one per line, or one value the bot can place: a
 * tracking number, an order id), taps a suggested date, and taps done / not yet for each claim. The finished draft
 * comes back with its copy button and the checker's verdict on it, checked again with the values in. A reply that
 * does not look like values (a new buyer message pasted instead) is drafted as usual.
 */
final class FillIns {
    static final String MODE = "draft.fill";
    private static final int MAX_VALUE = 80;
    private static final Pattern TRACKING = Pattern.compile("(?i)^(?=.*\\d)[A-Z0-9]{8,34}$");
    private static final Pattern ORDER = Pattern.compile("^\\d{2,4}(-\\d{4,8}){1,2}$|^\\d{10,20}$");
    /** Suggested dates, written in the draft's language (they go into the buyer's reply). */
    static final Map<Language, List<String>> DATES = Map.of(
            Language.EN, List.of("in 3-5 days", "within 7-10 working days", "tomorrow"),
            Language.BN, List.of("৩-৫ দিনের মধ্যে", "৭-১০ কর্মদিবসের মধ্যে", "আগামীকাল"),
            Language.MS, List.of("dalam 3-5 hari", "dalam 7-10 hari bekerja", "esok"));

    /** A draft waiting for its blanks and confirmations. */
    record Pending(String text, List<String> needs, Language language) {
    }

    private final BiFunction<Context, String, List<Reply>> paste;
    private final ComplianceChecker checker;

    FillIns(BiFunction<Context, String, List<Reply>> paste, ComplianceChecker checker) {
        this.paste = paste;
        this.checker = checker;
    }

    void register(HandlerRegistry r) {
        r.textMode(MODE, this::values);
        r.callback(ButtonAction.FILL_IN, com.replyguard.bot.access.Role.AGENT, this::tap);
    }

    /** True when a draft can only be sent after the agent answers (blanks or claims to confirm). */
    static boolean waits(Draft d) {
        return !d.needsInput().isEmpty() || Claims.any(d.text());
    }

    /** The one-step question for a draft's blanks and claims, or nothing when it has none. */
    List<Reply> ask(Context ctx, Draft d, Language language) {
        if (!waits(d)) {
            return List.of();
        }
        Language lang = language == Language.BN || language == Language.MS ? language : Language.EN;
        return List.of(question(ctx, new Pending(d.text(), d.needsInput(), lang)));
    }

    /** One message asking for everything the pending draft still waits for, with its suggestion buttons. */
    private Reply question(Context ctx, Pending p) {
        String id = ctx.chat().remember(p);
        RichText.Builder b = RichText.builder();
        List<List<Button>> rows = new ArrayList<>();
        if (!p.needs().isEmpty()) {
            ctx.chat().awaitText(MODE, id);
            List<String> markers = p.needs().stream().map(FillIns::marker).toList();
            b.text(ctx.t(markers.size() == 1 ? "fill.ask_one" : "fill.ask_many", String.join(", ", markers)))
                    .newline();
            if (p.needs().contains("date")) {
                List<Button> row = new ArrayList<>();
                List<String> dates = DATES.get(p.language());
                for (int i = 0; i < dates.size(); i++) {
                    row.add(Button.callback(dates.get(i), ButtonAction.FILL_IN, id, ButtonVerb.DATE,
                            String.valueOf(i)));
                }
                rows.add(row);
            }
        }
        List<Claims.Claim> claims = Claims.find(p.text());
        if (!claims.isEmpty()) {
            b.text(ctx.t("fill.confirm_intro")).newline();
            for (int k = 0; k < claims.size(); k++) {
                String n = claims.size() == 1 ? "" : " " + (k + 1);
                if (claims.size() > 1) {
                    b.text((k + 1) + ". ");
                }
                b.italic(claims.get(k).said()).newline();
                rows.add(List.of(
                        Button.callback(ctx.t("fill.confirm_yes", n).strip(), ButtonAction.FILL_IN, id,
                                ButtonVerb.CLAIM_TRUE, String.valueOf(k)),
                        Button.callback(ctx.t("fill.confirm_no", n).strip(), ButtonAction.FILL_IN, id,
                                ButtonVerb.CLAIM_FALSE, String.valueOf(k))));
            }
            b.text(ctx.t("fill.confirm_hint")).newline();
        }
        return new Reply.Message(b.build(), rows);
    }

    /** A suggested date ({@code d}), or a claim confirmed ({@code y}) or not ({@code n}). */
    private List<Reply> tap(Context ctx, String payload) {
        Press press = Press.parse(ButtonAction.FILL_IN, payload).orElse(null);
        Pending p = press == null ? null : ctx.chat().recall(press.ref(), Pending.class).orElse(null);
        if (p == null) {
            return List.of(new Reply.Toast(ctx.t("button.expired")));
        }
        int i = press.index();
        if (press.verb() == ButtonVerb.DATE) {
            List<String> dates = DATES.get(p.language());
            if (i >= dates.size() || !p.needs().contains("date")) {
                return List.of(new Reply.Toast(ctx.t("button.expired")));
            }
            return finish(ctx, p, Map.of("date", dates.get(i)));
        }
        if (i < Claims.find(p.text()).size()) { // CLAIM_TRUE or CLAIM_FALSE: the only other verbs FILL_IN takes
            return step(ctx, new Pending(Claims.resolve(p.text(), i, press.verb() == ButtonVerb.CLAIM_TRUE),
                    p.needs(), p.language()));
        }
        return List.of(new Reply.Toast(ctx.t("button.expired")));
    }

    private List<Reply> values(Context ctx, String text, String ref) {
        Pending p = ref == null ? null : ctx.chat().recall(ref, Pending.class).orElse(null);
        if (p == null || p.needs().isEmpty()) {
            return paste.apply(ctx, text);
        }
        Map<String, String> values = place(text, p.needs());
        if (values == null) {
            return paste.apply(ctx, text); // not values: a new buyer message
        }
        return finish(ctx, p, values);
    }

    /** The values in {@code text} by placeholder, or null when it does not read as values for these blanks. */
    static Map<String, String> place(String text, List<String> needs) {
        List<String> given = new ArrayList<>();
        for (String line : text.strip().split(needs.size() > 1 && !text.contains("\n") ? "\\s*[;\\n]\\s*" : "\\n")) {
            if (!line.isBlank()) {
                given.add(line.strip());
            }
        }
        if (given.isEmpty() || given.size() > needs.size() || given.stream().anyMatch(v -> v.length() > MAX_VALUE
                || v.endsWith("?"))) {
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        if (given.size() == needs.size()) {
            for (int i = 0; i < needs.size(); i++) {
                if (!fits(needs.get(i), given.get(i))) {
                    return null;
                }
                out.put(needs.get(i), given.get(i));
            }
            return out;
        }
        List<String> open = new ArrayList<>(needs);
        for (String v : given) {
            String compact = v.replace(" ", "");
            String key = open.contains("tracking_number") && TRACKING.matcher(compact).matches()
                    && !ORDER.matcher(compact).matches() ? "tracking_number"
                    : open.contains("order_id") && ORDER.matcher(compact).matches() ? "order_id" : open.get(0);
            if (!fits(key, v)) {
                return null;
            }
            out.put(key, v);
            open.remove(key);
        }
        return out;
    }

    private static final Pattern DATE_WORDS = Pattern.compile("(?iU)\\d|today|tomorrow|monday|tuesday|wednesday|"
            + "thursday|friday|saturday|sunday|week|next|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|hari|esok|"
            + "minggu|isnin|selasa|rabu|khamis|jumaat|sabtu|ahad|দিন|আগামী|কাল|সপ্তাহ|[০-৯]");

    /** True when {@code v} can be the value of placeholder {@code key} (a buyer message pasted instead cannot). */
    static boolean fits(String key, String v) {
        String compact = v.replace(" ", "");
        int words = v.split("\\s+").length;
        return switch (key) {
            case "tracking_number" -> TRACKING.matcher(compact).matches();
            case "order_id" -> compact.matches("(?i)[A-Z0-9-]{5,40}") && compact.chars().anyMatch(Character::isDigit);
            case "date" -> words <= 5 && DATE_WORDS.matcher(v).find();
            default -> words <= 6;
        };
    }

    private List<Reply> finish(Context ctx, Pending p, Map<String, String> values) {
        String text = p.text();
        List<String> still = new ArrayList<>();
        for (String need : p.needs()) {
            String v = values.get(need);
            if (v == null) {
                still.add(need);
            } else {
                text = text.replace(marker(need), v);
            }
        }
        return step(ctx, new Pending(text, still, p.language()));
    }

    /**
     * The draft as far as it is filled; then either the question for what is left or, when nothing is, the copy
     * button and the verdict on the finished text.
     */
    private List<Reply> step(Context ctx, Pending p) {
        boolean complete = p.needs().isEmpty() && !Claims.any(p.text());
        List<List<Button>> copy = complete && Button.fitsCopy(p.text())
                ? List.of(List.of(Button.copy(ctx.t("button.copy"), p.text()))) : List.of();
        List<Reply> out = new ArrayList<>();
        out.add(new Reply.Message(RichText.builder().pre(p.text()).build(), copy));
        if (complete) {
            // A tap finished it: the values question no longer waits for text (another feature's wait stays).
            ctx.chat().takeAwaited().filter(a -> !a.mode().equals(MODE)).ifPresent(a -> ctx.chat().awaitText(a.mode(),
                    a.ref()));
            RichText.Builder b = RichText.builder();
            Verdicts.appendVerdict(b, ctx, checker.check(p.text(), ctx.marketplace()));
            b.text(ctx.t("fill.done"));
            out.add(new Reply.Message(b.build()));
        } else {
            out.add(question(ctx, p));
        }
        return out;
    }

    static String marker(String name) {
        return "[" + name.replace('_', ' ').toUpperCase(Locale.ROOT) + "]";
    }
}
