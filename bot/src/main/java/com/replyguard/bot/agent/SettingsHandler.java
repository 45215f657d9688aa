package com.replyguard.bot.agent;

import com.replyguard.bot.access.Role;
import com.replyguard.bot.core.Button;
import com.replyguard.bot.core.ButtonAction;
import com.replyguard.bot.core.Context;
import com.replyguard.bot.core.HandlerRegistry;
import com.replyguard.bot.core.Reply;
import com.replyguard.bot.core.RichText;
import com.replyguard.bot.core.UserError;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/** /market and /lang: show the current choice with buttons, or change it; the choice is remembered per user. */
final class SettingsHandler {
    /** The marketplaces offered as buttons; the others can still be typed. */
    static final List<Marketplace> OFFERED = List.of(Marketplace.AMAZON, Marketplace.EBAY, Marketplace.ALIEXPRESS);

    void register(HandlerRegistry r) {
        r.command("market", Role.AGENT, "cmd.market", true, (ctx, args) -> market(ctx, args));
        r.command("lang", Role.AGENT, "cmd.lang", true, (ctx, args) -> lang(ctx, args));
        r.command("sign", Role.AGENT, "cmd.sign", true, (ctx, args) -> sign(ctx, args));
        r.callback(ButtonAction.MARKETPLACE, Role.AGENT, this::market);
        r.callback(ButtonAction.LANGUAGE, Role.AGENT, this::lang);
    }

    private static final int MAX_SIGNATURE = 80;

    private List<Reply> market(Context ctx, String arg) {
        if (arg.isBlank()) {
            List<Button> row = new ArrayList<>();
            for (Marketplace m : OFFERED) {
                row.add(Button.callback(m.id(), ButtonAction.MARKETPLACE, m.id()));
            }
            return List.of(new Reply.Message(RichText.plain(ctx.t("market.current", ctx.marketplace().id())),
                    List.of(row)));
        }
        Marketplace m;
        try {
            m = Marketplace.parse(arg.strip());
        } catch (IllegalArgumentException e) {
            m = null;
        }
        if (m == null || m == Marketplace.ALL) {
            throw new UserError(ctx.t("market.unknown", arg.strip(), "amazon, ebay, aliexpress, walmart, shopee,"
                    + " lazada, etsy"));
        }
        ctx.updateSettings(ctx.settings().withMarketplace(m));
        return List.of(Reply.text(ctx.t("market.set", m.id())));
    }

    /** {@code /sign Lina | HomeGlow}: the agent's name and store that drafts are signed with. */
    private List<Reply> sign(Context ctx, String arg) {
        if (arg.isBlank()) {
            Map<String, String> s = ctx.settingsStore().signature(ctx.userId());
            return List.of(Reply.text(ctx.t("sign.current", s.getOrDefault("agent_name", "-"),
                    s.getOrDefault("store_name", "-"))));
        }
        int bar = arg.indexOf('|');
        String name = (bar < 0 ? arg : arg.substring(0, bar)).strip();
        String store = bar < 0 ? "" : arg.substring(bar + 1).strip();
        if (name.length() > MAX_SIGNATURE || store.length() > MAX_SIGNATURE) {
            throw new UserError(ctx.t("sign.too_long", MAX_SIGNATURE));
        }
        ctx.settingsStore().saveSignature(ctx.userId(), name, store);
        return List.of(Reply.text(ctx.t("sign.set", name.isEmpty() ? "-" : name, store.isEmpty() ? "-" : store)));
    }

    private List<Reply> lang(Context ctx, String arg) {
        if (arg.isBlank()) {
            List<Button> row = new ArrayList<>();
            for (Language l : com.replyguard.bot.core.Messages.uiLanguages()) {
                row.add(Button.callback(ctx.messages().get(l, "lang.name"), ButtonAction.LANGUAGE, l.code()));
            }
            return List.of(new Reply.Message(RichText.plain(ctx.t("lang.current", ctx.t("lang.name"))),
                    List.of(row)));
        }
        Language l;
        try {
            l = Language.parse(arg.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            l = null;
        }
        if (l == null || l == Language.OTHER) {
            throw new UserError(ctx.t("lang.unknown", arg.strip()));
        }
        ctx.updateSettings(ctx.settings().withLanguage(l));
        return List.of(Reply.text(ctx.t("lang.set", ctx.t("lang.name"))));
    }
}
