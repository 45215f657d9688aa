package com.replyguard.bot.agent;

import com.replyguard.bot.access.Role;
import com.replyguard.bot.core.CommandSpec;
import com.replyguard.bot.core.Context;
import com.replyguard.bot.core.HandlerRegistry;
import com.replyguard.bot.core.Input;
import com.replyguard.bot.core.Reply;
import com.replyguard.bot.core.RichText;
import java.util.List;

/** /start (short onboarding), /help (the commands this user may use), and answers to photos and stickers. */
final class HelpHandler {
    private final HandlerRegistry registry;

    HelpHandler(HandlerRegistry registry) {
        this.registry = registry;
    }

    void register(HandlerRegistry r) {
        r.command("start", Role.AGENT, "cmd.start", false, (ctx, args) -> start(ctx));
        r.command("help", Role.AGENT, "cmd.help", true, (ctx, args) -> help(ctx));
        r.media(Input.MediaKind.PHOTO, (ctx, m) -> List.of(Reply.text(ctx.t("media.photo"))));
        r.media(Input.MediaKind.STICKER, (ctx, m) -> List.of(Reply.text(ctx.t("media.sticker"))));
        r.media(Input.MediaKind.VOICE, (ctx, m) -> List.of(Reply.text(ctx.t("media.voice"))));
        r.media(Input.MediaKind.DOCUMENT, (ctx, m) -> List.of(Reply.text(ctx.t("media.document"))));
    }

    private List<Reply> start(Context ctx) {
        RichText text = RichText.builder()
                .bold(ctx.t("start.title")).newline().newline()
                .text(ctx.t("start.body", ctx.marketplace().id())).newline().newline()
                .text(ctx.t("start.role", ctx.role()))
                .build();
        return List.of(new Reply.Message(text));
    }

    private List<Reply> help(Context ctx) {
        RichText.Builder b = RichText.builder().bold(ctx.t("help.title")).newline()
                .text(ctx.t("help.paste")).newline().newline();
        for (CommandSpec c : registry.commands()) {
            if (ctx.role().atLeast(c.minRole())) {
                b.code("/" + c.name()).text(" - " + ctx.t(c.descriptionKey())).newline();
            }
        }
        b.newline().text(ctx.t("help.settings", ctx.marketplace().id(), ctx.t("lang.name")));
        return List.of(new Reply.Message(b.build()));
    }
}
