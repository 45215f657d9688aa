package com.replyguard.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.replyguard.bot.config.BotConfig;
import com.replyguard.bot.soak.Faults;
import com.replyguard.bot.soak.FaultyBotApi;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

class TelegramClientsTest {
    private static final String TOKEN = "5000000009:clients-test";

    @Test
    void anAnswerCutOffMidBodyIsAnErrorInsteadOfAWaitForever() {
        assertTimeoutPreemptively(Duration.ofMinutes(1), () -> {
            try (FaultyBotApi api = new FaultyBotApi(TOKEN, new Faults(0, 0, 1, 0, 0, 0, 0), 1)) {
                TelegramClient client = TelegramClients.create(BotConfig.builder().token(TOKEN).apiUrl(api.baseUrl()).build());
                assertThrows(TelegramApiException.class,
                        () -> client.execute(SendMessage.builder().chatId(42L).text("hello").build()));
                api.faults(Faults.none());
                assertEquals("hello", client.execute(SendMessage.builder().chatId(42L).text("hello").build()).getText());
            }
        });
    }
}
