package com.replyguard.bot.core;

import com.replyguard.bot.access.Role;
import com.replyguard.policy.Marketplace;
import java.time.Clock;

/**
 * Everything a handler may need about the current input: who sent it (id, role, settings), the chat's short-lived
 * state, the bot's sentences in the user's language, and the adapter's file download.
 *
 * <p>Thread safety: one context per input, used by one thread.
 */
public final class Context {
    private final Input input;
    private final Role role;
    private final ChatState chat;
    private final SettingsStore store;
    private final Messages messages;
    private final FileFetcher files;
    private final Clock clock;
    private UserSettings settings;
    private ProgressDisplay progress = ProgressDisplay.NONE;
    private UserChanges userChanges = UserChanges.NONE;

    Context(Input input, Role role, UserSettings settings, ChatState chat, SettingsStore store, Messages messages,
            FileFetcher files, Clock clock) {
        this.input = input;
        this.role = role;
        this.settings = settings;
        this.chat = chat;
        this.store = store;
        this.messages = messages;
        this.files = files;
        this.clock = clock;
    }

    public Input input() {
        return input;
    }

    public long userId() {
        return input.userId();
    }

    public long chatId() {
        return input.chatId();
    }

    public Role role() {
        return role;
    }

    /** The user as the knowledge base's logs name people: {@code role:id}, for example {@code lead:1002}. */
    public String actor() {
        return role.id() + ":" + userId();
    }

    /** The text of the message this input replies to (Telegram's reply_to_message), or null. */
    public String replyTo() {
        return input instanceof Input.Text t ? t.replyTo() : null;
    }

    public UserSettings settings() {
        return settings;
    }

    public Marketplace marketplace() {
        return settings.marketplace();
    }

    /** Saves new settings for the user; later sentences in this context use the new language. */
    public void updateSettings(UserSettings updated) {
        store.save(updated);
        boolean languageChanged = updated.language() != settings.language();
        this.settings = updated;
        if (languageChanged) {
            userChanges.changed(updated.userId());
        }
    }

    /** Tells the adapter that {@code userId}'s role changed, so what it shows them follows at once. */
    public void userChanged(long userId) {
        userChanges.changed(userId);
    }

    public SettingsStore settingsStore() {
        return store;
    }

    public ChatState chat() {
        return chat;
    }

    /** The bot's sentence {@code key} in the user's language. */
    public String t(String key, Object... args) {
        return messages.get(settings.language(), key, args);
    }

    /** The human name of an intent, topic, role... in the user's language. */
    public String name(Enum<?> value) {
        return messages.name(settings.language(), value);
    }

    /** A notice of the knowledge module (drafting, import) in the user's language. */
    public String notice(com.replyguard.knowledge.text.Notice notice) {
        return messages.notice(settings.language(), notice);
    }

    /** "That did not work: ..." for a knowledge failure, in the user's language when it has a notice. */
    public String failure(com.replyguard.knowledge.KnowledgeException e) {
        return t("cur.failed", e.notice() != null ? notice(e.notice()) : e.getMessage());
    }

    public Messages messages() {
        return messages;
    }

    public FileFetcher files() {
        return files;
    }

    public Clock clock() {
        return clock;
    }

    /** Where a long task shows that it is still working (nothing, unless the adapter can show it). */
    public ProgressDisplay progress() {
        return progress;
    }

    void progress(ProgressDisplay display) {
        this.progress = display;
    }

    void userChanges(UserChanges listener) {
        this.userChanges = listener;
    }
}
