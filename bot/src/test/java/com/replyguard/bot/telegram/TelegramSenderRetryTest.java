package com.replyguard.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.replyguard.bot.core.Reply;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** Retries of {@link TelegramSender} for answers that are not API errors at all (found by scripts/soak). */
class TelegramSenderRetryTest {
    private final TelegramClient client = mock(TelegramClient.class);
    private final List<Long> sleeps = new ArrayList<>();
    private final TelegramSender sender = new TelegramSender(client, new Pacer(1000, 1000, 1000), sleeps::add, 100);

    @Test
    void aGarbledAnswerIsRetriedLikeANetworkErrorInsteadOfDroppingTheReply() throws Exception {
        TelegramApiRequestException garbled = garbled();
        assertEquals(0, garbled.getErrorCode(), "the library reports an unreadable answer with code 0");
        when(client.execute(any(SendMessage.class))).thenThrow(garbled).thenReturn(new Message());
        sender.send(1, Reply.text("hi"), null);
        verify(client, times(2)).execute(any(SendMessage.class));
        assertEquals(List.of(100L), sleeps);
    }

    /** What the library throws for a 200 answer whose JSON is cut short. */
    private static TelegramApiRequestException garbled() {
        try {
            SendMessage.builder().chatId(1L).text("x").build().deserializeResponse("{\"ok\":true,\"result\":{\"message_id\":");
        } catch (TelegramApiRequestException e) {
            return e;
        }
        throw new AssertionError("a cut-short answer must not deserialize");
    }
}
