package com.replyguard.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.replyguard.bot.core.Reply;
import com.replyguard.bot.core.RichText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

class TelegramSenderTest {
    private final TelegramClient client = mock(TelegramClient.class);
    private final List<Long> sleeps = new ArrayList<>();
    private final TelegramSender sender = new TelegramSender(client, new Pacer(1000, 1000, 1000), sleeps::add, 100);

    /** A real API error, as the library builds it from Telegram's JSON answer. */
    private static TelegramApiRequestException apiError(int code, Integer retryAfter) {
        String json = "{\"ok\":false,\"error_code\":" + code + ",\"description\":\"error " + code + "\""
                + (retryAfter == null ? "" : ",\"parameters\":{\"retry_after\":" + retryAfter + "}") + "}";
        try {
            new org.telegram.telegrambots.meta.api.methods.GetMe().deserializeResponse(json);
        } catch (TelegramApiRequestException e) {
            return e;
        }
        throw new AssertionError("expected an error for " + json);
    }

    @Test
    void aRateLimitWaitsExactlyTheRetryAfterThenSends() throws Exception {
        when(client.execute(any(SendMessage.class))).thenThrow(apiError(429, 7)).thenReturn(new Message());
        sender.send(1, Reply.text("hi"), null);
        assertEquals(List.of(7000L), sleeps);
        verify(client, times(2)).execute(any(SendMessage.class));
    }

    @Test
    void serverAndNetworkErrorsBackOffExponentiallyThenGiveUp() throws Exception {
        when(client.execute(any(SendMessage.class))).thenThrow(apiError(502, null))
                .thenThrow(new TelegramApiException("connection reset")).thenReturn(new Message());
        sender.send(1, Reply.text("hi"), null);
        assertEquals(List.of(100L, 200L), sleeps);

        sleeps.clear();
        when(client.execute(any(SendMessage.class))).thenThrow(apiError(500, null));
        SendFailedException e = assertThrows(SendFailedException.class, () -> sender.send(1, Reply.text("x"), null));
        assertEquals(500, e.errorCode());
        assertEquals(TelegramSender.MAX_ATTEMPTS - 1, sleeps.size());
    }

    @Test
    void aRefusedFormattedMessageIsResentAsPlainTextWithItsButtons() throws Exception {
        when(client.execute(any(SendMessage.class))).thenThrow(apiError(400, null)).thenReturn(new Message());
        sender.send(1, new Reply.Message(RichText.builder().bold("Bold & <b>").build(),
                List.of(List.of(com.replyguard.bot.core.Button.callback("Next", com.replyguard.bot.core.ButtonAction.NEXT_DRAFT, "1")))), null);
        ArgumentCaptor<SendMessage> sent = ArgumentCaptor.forClass(SendMessage.class);
        verify(client, times(2)).execute(sent.capture());
        assertEquals("HTML", sent.getAllValues().get(0).getParseMode());
        assertEquals(null, sent.getAllValues().get(1).getParseMode());
        assertEquals("Bold & <b>", sent.getAllValues().get(1).getText());
        assertTrue(sent.getAllValues().get(1).getReplyMarkup() != null);
    }

    @Test
    void aForbiddenChatFailsAtOnceWithoutRetrying() throws Exception {
        when(client.execute(any(SendMessage.class))).thenThrow(apiError(403, null));
        assertThrows(SendFailedException.class, () -> sender.send(1, Reply.text("x"), null));
        assertTrue(sleeps.isEmpty());
    }

    @Test
    void aLongReplyGoesOutInSeveralMessagesWithTheButtonsOnTheLast() throws Exception {
        when(client.execute(any(SendMessage.class))).thenReturn(new Message());
        String para = "word ".repeat(150) + "\n\n";
        sender.send(1, new Reply.Message(RichText.plain(para.repeat(20)),
                List.of(List.of(com.replyguard.bot.core.Button.callback("Next", com.replyguard.bot.core.ButtonAction.NEXT_DRAFT, "1")))), null);
        ArgumentCaptor<SendMessage> sent = ArgumentCaptor.forClass(SendMessage.class);
        verify(client, times(4)).execute(sent.capture()); // 15,040 characters in paragraphs of 752
        StringBuilder joined = new StringBuilder();
        for (SendMessage m : sent.getAllValues()) {
            assertTrue(m.getText().length() <= 4096);
            joined.append(m.getText());
        }
        assertEquals(para.repeat(20), joined.toString());
        assertEquals(null, sent.getAllValues().get(0).getReplyMarkup());
        assertTrue(sent.getAllValues().get(3).getReplyMarkup() != null);
    }

    @Test
    void errorDescriptionsNeverShowAToken() {
        String d = TelegramSender.describe(new RuntimeException("failed: https://x/bot123456:AAbb-cc_dd/getMe"));
        assertTrue(!d.contains("AAbb") && d.contains("bot<token>"), d);
    }
}
