package com.replyguard.bot.telegram;

import com.replyguard.bot.access.Role;
import com.replyguard.bot.core.CommandSpec;
import com.replyguard.bot.core.Conversation;
import com.replyguard.bot.core.Messages;
import com.replyguard.policy.analysis.Language;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;

/** Publishes the agents' commands to Telegram's command menu, in English by default and in Bengali and Malay. */
final class MenuCommands {
    private static final Logger LOG = LoggerFactory.getLogger(MenuCommands.class);

    private MenuCommands() {
    }

    static void publish(TelegramSender sender, Conversation conversation) {
        for (Language l : Messages.uiLanguages()) {
            List<BotCommand> commands = new ArrayList<>();
            for (CommandSpec c : conversation.registry().commands()) {
                if (c.inMenu() && !c.minRole().atLeast(Role.LEAD)) {
                    commands.add(new BotCommand(c.name(), conversation.messages().get(l, c.descriptionKey())));
                }
            }
            SetMyCommands.SetMyCommandsBuilder<?, ?> b = SetMyCommands.builder().commands(commands);
            if (l != Language.EN) {
                b.languageCode(l.code());
            }
            try {
                sender.call(b.build(), 0, false);
            } catch (Exception e) {
                // The menu is a convenience: the bot works without it.
                LOG.warn("could not set the command menu for {}: {}", l, TelegramSender.describe(e));
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
