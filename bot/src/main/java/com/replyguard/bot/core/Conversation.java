package com.replyguard.bot.core;

import com.replyguard.bot.access.AccessList;
import com.replyguard.bot.access.RateLimiter;
import com.replyguard.bot.access.Role;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The conversation core shared by the Telegram and terminal adapters: checks access and the rate limit, gives the
 * input its user's settings and chat state, and has {@link InputRouter} route it to the registered command, button,
 * text-mode, media or default handler; failures become a polite sentence. It knows no transport types.
 *
 * <p>Usage: {@code List<Reply> replies = conversation.handle(input, fileFetcher);}
 *
 * <p>Thread safety: thread-safe; adapters should still handle one chat's inputs in order.
 */
public final class Conversation {
    private static final Logger LOG = LoggerFactory.getLogger(Conversation.class);

    private final HandlerRegistry registry;
    private final AccessList access;
    private final RateLimiter limiter;
    private final SettingsStore store;
    private final ChatMemory chats;
    private final Messages messages;
    private final Defaults defaults;
    private final Clock clock;
    private final GuestNotices guestNotices;
    private final InputRouter router;

    /** Settings for users who chose nothing yet, and the longest text the bot will work on. */
    public record Defaults(Marketplace marketplace, Language language, int maxInputChars) {
        public Defaults {
            if (maxInputChars < 100) {
                throw new IllegalArgumentException("maxInputChars must be >= 100: " + maxInputChars);
            }
        }
    }

    public Conversation(HandlerRegistry registry, AccessList access, RateLimiter limiter, SettingsStore store,
                        ChatMemory chats, Messages messages, Defaults defaults, Clock clock) {
        this(registry, access, limiter, store, chats, messages, defaults, clock, GuestNotices.inMemory());
    }

    public Conversation(HandlerRegistry registry, AccessList access, RateLimiter limiter, SettingsStore store,
                        ChatMemory chats, Messages messages, Defaults defaults, Clock clock,
                        GuestNotices guestNotices) {
        this.guestNotices = guestNotices;
        this.registry = registry;
        this.access = access;
        this.limiter = limiter;
        this.store = store;
        this.chats = chats;
        this.messages = messages;
        this.defaults = defaults;
        this.clock = clock;
        this.router = new InputRouter(registry, defaults.maxInputChars());
    }

    public HandlerRegistry registry() {
        return registry;
    }

    public Messages messages() {
        return messages;
    }

    private volatile UserChanges userChanges = UserChanges.NONE;

    /** Who is told when a user's role or chosen language changes (the adapter; nobody by default). */
    public void onUserChanged(UserChanges listener) {
        this.userChanges = java.util.Objects.requireNonNull(listener, "listener");
    }

    /** The language a user chose or was given and that is saved for them, if any. */
    public Optional<Language> savedLanguage(long userId) {
        return store.find(userId).map(UserSettings::language);
    }

    /** The settings a user has, or the defaults. */
    public UserSettings settingsOf(long userId) {
        return store.find(userId).orElseGet(() -> new UserSettings(userId, defaults.marketplace(),
                defaults.language()));
    }

    /** The settings of the user who sent {@code input}: saved ones, or the defaults in their app's language. */
    private UserSettings settingsFor(Input input) {
        return store.find(input.userId()).orElseGet(() -> new UserSettings(input.userId(), defaults.marketplace(),
                uiLanguage(input.language()).orElse(defaults.language())));
    }

    /** A language the bot speaks for an app language tag ("bn", "ms-MY", "en-US"), if any. */
    static Optional<Language> uiLanguage(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String primary = tag.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        for (Language l : Messages.uiLanguages()) {
            if (l.code().equals(primary)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** Who may use the bot and with which role. */
    public AccessList access() {
        return access;
    }

    /** Handles one input and returns what to send back (possibly nothing); throws only a {@link StorageFault}. */
    public List<Reply> handle(Input input, FileFetcher files) {
        return handle(input, files, ProgressDisplay.NONE);
    }

    /**
     * Handles one input, showing a long task's progress on {@code progress}; throws only a {@link StorageFault}
     * (the disk or database refused, nothing was answered), which the adapter may retry.
     */
    public List<Reply> handle(Input input, FileFetcher files, ProgressDisplay progress) {
        try {
            return route(input, files, progress);
        } catch (StorageFault e) {
            throw e;
        } catch (RuntimeException e) {
            if (StorageFault.causedBy(e)) {
                // Not a bug but the disk or database: the adapter runs the input again when storage works.
                throw new StorageFault(e);
            }
            LOG.error("could not handle an input from user {}", input.userId(), e);
            return List.of(Reply.text(messages.get(defaults.language(), "error.internal")));
        }
    }

    private List<Reply> route(Input input, FileFetcher files, ProgressDisplay progress) {
        Role role = access.roleOf(input.userId());
        if (role == Role.GUEST && !guestMayUse(input)) {
            // One polite sentence with the id the user needs to ask for access, at most once a day, and never in a
            // group (where the bot would be answering strangers in public); nothing else.
            if (input.chatId() != input.userId() || !guestNotices.claim(input.userId(), clock.instant())) {
                return List.of();
            }
            return List.of(Reply.text(messages.get(uiLanguage(input.language()).orElse(defaults.language()),
                    "access.denied", input.userId())));
        }
        UserSettings settings = settingsFor(input);
        switch (limiter.acquire(input.userId())) {
            case REFUSE_SILENTLY:
                return List.of();
            case REFUSE_AND_TELL:
                return List.of(Reply.text(messages.get(settings.language(), "rate.limited")));
            default:
                break;
        }
        long pressedOn = input instanceof Input.ButtonPress b ? b.messageId() : 0;
        ChatState chat = new ChatState(chats, input.chatId(), input.userId(), pressedOn);
        Context ctx = new Context(input, role, settings, chat, store, messages, files, clock);
        ctx.progress(progress);
        ctx.userChanges(userChanges);
        return router.route(ctx, input);
    }

    /**
     * Tells the chat memory that {@code reply} went out as message {@code messageId} of {@code chatId}: the values
     * its buttons refer to are bound to that message, so a press on any other message cannot use them.
     */
    public void attached(long chatId, Reply reply, long messageId) {
        if (messageId == 0 || !(reply instanceof Reply.Message m)) {
            return;
        }
        for (List<Button> row : m.buttons()) {
            for (Button b : row) {
                if (b.action() instanceof Button.Callback c) {
                    String payload = CallbackData.decode(c.data()).map(CallbackData::payload).orElse("");
                    int end = payload.indexOf(':');
                    String id = end < 0 ? payload : payload.substring(0, end);
                    if (ChatMemory.parseId(id) != null) {
                        chats.attach(chatId, id, messageId);
                    }
                }
            }
        }
    }

    private boolean guestMayUse(Input input) {
        return access.openAsk() && input instanceof Input.Text t && "ask".equals(InputRouter.commandName(t.text()));
    }
}
