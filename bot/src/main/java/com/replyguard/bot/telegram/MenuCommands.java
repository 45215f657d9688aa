package com.replyguard.bot.telegram;

import com.replyguard.bot.access.Role;
import com.replyguard.bot.core.CommandSpec;
import com.replyguard.bot.core.Conversation;
import com.replyguard.bot.core.Messages;
import com.replyguard.policy.analysis.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.commands.DeleteMyCommands;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeChat;

/**
 * Publishes the command menus: the agents' commands for everyone (default scope), and each lead's and admin's own
 * commands in their private chat ({@code BotCommandScopeChat}); each in English by default and in Bengali and Malay
 * for apps set to those languages ({@code language_code}).
 */
final class MenuCommands {
    private static final Logger LOG = LoggerFactory.getLogger(MenuCommands.class);

    private MenuCommands() {
    }

    static void publish(TelegramSender sender, Conversation conversation) {
        if (!publish(sender, conversation, Role.AGENT, null)) {
            return;
        }
        for (Map.Entry<Long, Role> user : new TreeMap<>(conversation.access().configured()).entrySet()) {
            if (user.getValue().atLeast(Role.LEAD) && !publish(sender, conversation, user.getValue(), user.getKey())) {
                return;
            }
        }
    }

    /**
     * Brings one user's menu up to date after their role or chosen language changed: the commands of their role in
     * their private chat, in the language they chose for every app language (a chat's menu with a language code
     * would otherwise win over it), or in each app's language while they chose none; removed users lose their own
     * menu and see the default one.
     */
    static void publishFor(TelegramSender sender, Conversation conversation, long userId) {
        Role role = conversation.access().roleOf(userId);
        if (role == Role.GUEST) {
            for (Language l : Messages.uiLanguages()) {
                DeleteMyCommands.DeleteMyCommandsBuilder b = DeleteMyCommands.builder()
                        .scope(BotCommandScopeChat.builder().chatId(String.valueOf(userId)).build());
                if (l != Language.EN) {
                    b.languageCode(l.code());
                }
                if (!send(sender, b.build(), role, l)) {
                    return;
                }
            }
            return;
        }
        java.util.Optional<Language> chosen = conversation.savedLanguage(userId);
        if (chosen.isEmpty()) {
            publish(sender, conversation, role, userId);
            return;
        }
        for (Language l : Messages.uiLanguages()) {
            SetMyCommands.SetMyCommandsBuilder<?, ?> b = SetMyCommands.builder()
                    .commands(commands(conversation, role, chosen.get()))
                    .scope(BotCommandScopeChat.builder().chatId(String.valueOf(userId)).build());
            if (l != Language.EN) {
                b.languageCode(l.code());
            }
            if (!send(sender, b.build(), role, l)) {
                return;
            }
        }
    }

    private static List<BotCommand> commands(Conversation conversation, Role role, Language l) {
        List<BotCommand> commands = new ArrayList<>();
        for (CommandSpec c : conversation.registry().commands()) {
            if (c.inMenu() && role.atLeast(c.minRole())) {
                commands.add(new BotCommand(c.name(), conversation.messages().get(l, c.descriptionKey())));
            }
        }
        return commands;
    }

    /** One menu call; false when interrupted. */
    private static boolean send(TelegramSender sender,
                                org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod<?> method,
                                Role role, Language l) {
        try {
            sender.call(method, 0, false);
        } catch (Exception e) {
            // The menu is a convenience: the bot works without it.
            LOG.warn("could not set the command menu for {} ({}): {}", role, l, TelegramSender.describe(e));
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /**
     * Publishes the menu of {@code role} in every language, for everyone ({@code chatId} null) or one private chat;
     * false when interrupted.
     */
    static boolean publish(TelegramSender sender, Conversation conversation, Role role, Long chatId) {
        for (Language l : Messages.uiLanguages()) {
            List<BotCommand> commands = new ArrayList<>();
            for (CommandSpec c : conversation.registry().commands()) {
                if (c.inMenu() && role.atLeast(c.minRole())) {
                    commands.add(new BotCommand(c.name(), conversation.messages().get(l, c.descriptionKey())));
                }
            }
            SetMyCommands.SetMyCommandsBuilder<?, ?> b = SetMyCommands.builder().commands(commands);
            if (chatId != null) {
                b.scope(BotCommandScopeChat.builder().chatId(String.valueOf(chatId)).build());
            }
            if (l != Language.EN) {
                b.languageCode(l.code());
            }
            try {
                sender.call(b.build(), 0, false);
            } catch (Exception e) {
                // The menu is a convenience: the bot works without it.
                LOG.warn("could not set the command menu for {} ({}): {}", role, l, TelegramSender.describe(e));
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return true;
    }
}
