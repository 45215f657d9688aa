package com.replyguard.app;

import com.replyguard.bot.app.ConversationFactory;
import com.replyguard.bot.app.Services;
import com.replyguard.bot.config.BotConfig;
import com.replyguard.bot.core.Conversation;
import com.replyguard.bot.state.HandledUpdates;
import com.replyguard.bot.telegram.DeliveryWatch;
import com.replyguard.bot.telegram.TelegramBot;
import com.replyguard.bot.telegram.TelegramClients;
import com.replyguard.bot.telegram.TelegramSender;
import com.replyguard.bot.terminal.TerminalChat;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/** Starts the terminal conversation or the Telegram bot from services and a configuration. */
public final class Launcher {
    private Launcher() {
    }

    /** Runs the terminal chat on {@code in}/{@code out} until end of input or /quit. */
    public static void runTerminal(Services services, BotConfig config, InputStream in, PrintStream out, boolean ansi)
            throws IOException {
        services.drafting().bengaliReplies(config.bengaliReplies());
        Conversation conversation = ConversationFactory.forTerminal(config, services.botParts(Clock.systemUTC()),
                ConversationFactory.standardFeatures(), TerminalChat.LOCAL_USER);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        new TerminalChat(conversation, reader, out, ansi, services.dataDir().resolve("exports")).run();
    }

    /** Builds the Telegram bot (not started) for a configuration with a token. */
    public static TelegramBot telegramBot(Services services, BotConfig config) {
        services.drafting().bengaliReplies(config.bengaliReplies());
        Conversation conversation = ConversationFactory.forTelegram(config, services.botParts(Clock.systemUTC()),
                ConversationFactory.standardFeatures());
        DeliveryWatch deliveries = new DeliveryWatch();
        TelegramSender sender = new TelegramSender(TelegramClients.create(config, deliveries), deliveries);
        return new TelegramBot(config, conversation, sender,
                new HandledUpdates(services.botState(), Clock.systemUTC()));
    }
}
