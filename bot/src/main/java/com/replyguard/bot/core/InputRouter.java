package com.replyguard.bot.core;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes an admitted input to its handler: a command (if the user's role allows it), the text mode the chat awaits,
 * the default text handler, a button's handler (unknown or forged callback data reaches none), or a media handler;
 * a handler's {@link UserError} is shown as is and any other failure becomes a polite sentence, while a storage
 * failure is passed on for the adapter to retry.
 *
 * <p>Thread safety: stateless; the registry is thread-safe.
 */
record InputRouter(HandlerRegistry registry, int maxInputChars) {
    private static final Logger LOG = LoggerFactory.getLogger(InputRouter.class);

    List<Reply> route(Context ctx, Input input) {
        return switch (input) {
            case Input.Text t -> onText(ctx, t.text());
            case Input.ButtonPress b -> onButton(ctx, b.data());
            case Input.Media m -> onMedia(ctx, m);
        };
    }

    private List<Reply> onText(Context ctx, String raw) {
        String text = raw.strip();
        if (text.isEmpty()) {
            return List.of(Reply.text(ctx.t("text.empty")));
        }
        if (text.length() > maxInputChars) {
            return List.of(Reply.text(ctx.t("text.too_long", text.length(), maxInputChars)));
        }
        String name = commandName(text);
        if (name != null) {
            Optional<CommandSpec> spec = registry.command(name);
            if (spec.isEmpty()) {
                return List.of(Reply.text(ctx.t("command.unknown", "/" + name)));
            }
            if (!ctx.role().atLeast(spec.get().minRole())) {
                return List.of(Reply.text(ctx.t("command.not_allowed", "/" + name)));
            }
            ctx.chat().takeAwaited(); // a command cancels whatever the chat was waiting for from this user
            String args = commandArgs(text);
            return run(ctx, () -> spec.get().handler().handle(ctx, args));
        }
        Optional<ChatState.Awaited> awaited = ctx.chat().takeAwaited();
        if (awaited.isPresent()) {
            Optional<HandlerRegistry.TextModeSpec> mode = registry.textMode(awaited.get().mode());
            if (mode.isPresent()) {
                if (!ctx.role().atLeast(mode.get().minRole())) {
                    // The role was lowered since the button was pressed: the text must not act with the old one.
                    return List.of(Reply.text(ctx.t("text.not_allowed")));
                }
                return run(ctx, () -> mode.get().handler().handle(ctx, text, awaited.get().ref()));
            }
        }
        Optional<TextHandler> fallback = registry.defaultText();
        if (fallback.isEmpty()) {
            return List.of(Reply.text(ctx.t("help.short")));
        }
        return run(ctx, () -> fallback.get().handle(ctx, text, null));
    }

    private List<Reply> onButton(Context ctx, String data) {
        // Data this bot could not have written (forged, or from a version with other buttons) reaches no handler.
        Optional<CallbackData> press = CallbackData.decode(data);
        Optional<HandlerRegistry.CallbackSpec> spec = press.flatMap(p -> registry.callback(p.action()));
        if (spec.isEmpty()) {
            return List.of(new Reply.Toast(ctx.t("button.expired")));
        }
        if (!ctx.role().atLeast(spec.get().minRole())) {
            return List.of(new Reply.Toast(ctx.t("button.not_allowed")));
        }
        return run(ctx, () -> spec.get().handler().handle(ctx, press.get().payload()));
    }

    private List<Reply> onMedia(Context ctx, Input.Media media) {
        Optional<MediaHandler> h = registry.media(media.kind());
        if (h.isEmpty()) {
            return List.of(Reply.text(ctx.t("media.unsupported")));
        }
        return run(ctx, () -> h.get().handle(ctx, media));
    }

    private interface Work {
        List<Reply> call() throws Exception;
    }

    private List<Reply> run(Context ctx, Work work) {
        try {
            List<Reply> replies = work.call();
            return replies == null ? List.of() : replies;
        } catch (UserError e) {
            return List.of(Reply.text(e.getMessage()));
        } catch (StorageFault e) {
            throw e;
        } catch (Exception e) {
            if (StorageFault.causedBy(e)) {
                throw new StorageFault(e); // the disk or database, not the handler: handled again when it works
            }
            LOG.error("a handler failed for user {}", ctx.userId(), e);
            return List.of(Reply.text(ctx.t("error.internal")));
        }
    }

    /** The command's name ("check" for "/check@MyBot hello"), or null when the text is not a command. */
    static String commandName(String text) {
        if (text.length() < 2 || text.charAt(0) != '/') {
            return null;
        }
        int end = 1;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        String name = text.substring(1, end);
        int at = name.indexOf('@');
        if (at >= 0) {
            name = name.substring(0, at);
        }
        name = name.toLowerCase(Locale.ROOT);
        return name.isEmpty() || !name.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '_'))
                ? null : name;
    }

    static String commandArgs(String text) {
        int end = 0;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return text.substring(end).strip();
    }
}
