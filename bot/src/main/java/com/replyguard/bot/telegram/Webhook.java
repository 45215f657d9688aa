package com.replyguard.bot.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.GetWebhookInfo;
import org.telegram.telegrambots.meta.api.objects.WebhookInfo;

/**
 * Clears a webhook left on the bot's token (by another tool or an earlier deployment): while one is set, Telegram
 * refuses getUpdates with 409 and the bot would never hear anyone. Pending updates are kept, not dropped.
 */
final class Webhook {
    private static final Logger LOG = LoggerFactory.getLogger(Webhook.class);

    private Webhook() {
    }

    /** Asks Telegram whether a webhook is set and deletes it if so; true when one was deleted. */
    static boolean clearIfSet(TelegramSender sender) throws InterruptedException {
        try {
            WebhookInfo info = sender.call(new GetWebhookInfo(), 0, false);
            String url = info == null ? null : info.getUrl();
            if (url == null || url.isEmpty()) {
                return false;
            }
            sender.call(DeleteWebhook.builder().dropPendingUpdates(false).build(), 0, false);
            LOG.warn("a webhook was set on this bot's token; it was deleted so the bot can poll for updates");
            return true;
        } catch (SendFailedException | RuntimeException e) {
            // If it stays set, getUpdates fails with a 409 that says so, and the loop keeps retrying.
            LOG.warn("could not check for a webhook: {}", TelegramSender.describe(e));
            return false;
        }
    }
}
