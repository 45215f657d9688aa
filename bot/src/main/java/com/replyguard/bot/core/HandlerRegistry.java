package com.replyguard.bot.core;

import com.replyguard.bot.access.Role;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pluggable parts of the conversation: slash commands, button actions, text modes (what the next pasted text
 * is for), media handlers, and the default text handler. Features register here before the conversation starts.
 *
 * <p>Usage: {@code registry.command("check", Role.AGENT, "cmd.check", true, handler)};
 * {@code registry.callback(ButtonAction.NEXT_DRAFT, Role.AGENT, handler)} receives presses on buttons made with
 * {@code Button.callback(label, ButtonAction.NEXT_DRAFT, id)}. Registering a name twice replaces the earlier
 * handler, so a later feature may override an earlier one.
 *
 * <p>Thread safety: register everything before use; reads are then safe from any thread.
 */
public final class HandlerRegistry {
    private final Map<String, CommandSpec> commands = new LinkedHashMap<>();
    private final Map<ButtonAction, CallbackSpec> callbacks = new EnumMap<>(ButtonAction.class);
    private final Map<String, TextModeSpec> textModes = new LinkedHashMap<>();
    private final Map<Input.MediaKind, MediaHandler> media = new EnumMap<>(Input.MediaKind.class);
    private TextHandler defaultText;

    /** A button action with the lowest role allowed to press it. */
    public record CallbackSpec(ButtonAction action, Role minRole, CallbackHandler handler) {
    }

    /** A text mode with the lowest role whose text it may take (checked again when the text arrives). */
    public record TextModeSpec(String mode, Role minRole, TextHandler handler) {
    }

    public synchronized HandlerRegistry command(String name, Role minRole, String descriptionKey, boolean inMenu,
                                                CommandHandler handler) {
        CommandSpec spec = new CommandSpec(name, minRole, descriptionKey, inMenu, handler);
        commands.put(name, spec);
        return this;
    }

    public synchronized HandlerRegistry callback(ButtonAction action, Role minRole, CallbackHandler handler) {
        callbacks.put(action, new CallbackSpec(action, minRole, handler));
        return this;
    }

    /** A text mode any user with access (an agent) may be in. */
    public synchronized HandlerRegistry textMode(String mode, TextHandler handler) {
        return textMode(mode, Role.AGENT, handler);
    }

    public synchronized HandlerRegistry textMode(String mode, Role minRole, TextHandler handler) {
        textModes.put(mode, new TextModeSpec(mode, minRole, handler));
        return this;
    }

    public synchronized HandlerRegistry media(Input.MediaKind kind, MediaHandler handler) {
        media.put(kind, handler);
        return this;
    }

    public synchronized HandlerRegistry defaultText(TextHandler handler) {
        this.defaultText = handler;
        return this;
    }

    public synchronized Optional<CommandSpec> command(String name) {
        return Optional.ofNullable(commands.get(name));
    }

    /** Every command in registration order. */
    public synchronized List<CommandSpec> commands() {
        return Collections.unmodifiableList(new ArrayList<>(commands.values()));
    }

    public synchronized Optional<CallbackSpec> callback(ButtonAction action) {
        return Optional.ofNullable(callbacks.get(action));
    }

    public synchronized Optional<TextModeSpec> textMode(String mode) {
        return Optional.ofNullable(textModes.get(mode));
    }

    public synchronized Optional<MediaHandler> media(Input.MediaKind kind) {
        return Optional.ofNullable(media.get(kind));
    }

    public synchronized Optional<TextHandler> defaultText() {
        return Optional.ofNullable(defaultText);
    }
}
