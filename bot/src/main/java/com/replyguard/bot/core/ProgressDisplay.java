package com.replyguard.bot.core;

/**
 * Signs of life for a long task (a file import or an export of thousands of entries): one status message that is
 * edited as the task goes, and a chat action ("typing…", "sending a file…"). Purely a courtesy: a display that
 * cannot show something drops it, and the task's real answer still comes as its replies.
 *
 * <p>Thread safety: one display per input, used by the thread handling it.
 */
public interface ProgressDisplay {
    /** For adapters with nothing to show (the terminal) and for tests. */
    ProgressDisplay NONE = new ProgressDisplay() {
        @Override
        public void status(String text) {
        }

        @Override
        public void finish(String text) {
        }

        @Override
        public void action(ChatAction action) {
        }
    };

    /** What the chat is told the bot is doing. */
    enum ChatAction { TYPING, UPLOAD_DOCUMENT }

    /** Shows {@code text} as the status (the first call sends it, later ones edit it; they may be thinned out). */
    void status(String text);

    /** Shows the status's last words; never thinned out, so the status message does not stop half-way. */
    void finish(String text);

    /** Shows the chat action (Telegram shows it for about five seconds or until the next message). */
    void action(ChatAction action);
}
