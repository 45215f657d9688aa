package com.replyguard.drafting;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The agent-facing sentences of drafting, from {@code notices.properties} (one place to reword or translate). */
final class Notices {
    private final ResourceBundle bundle = ResourceBundle.getBundle("com.replyguard.drafting.notices",
            Locale.ROOT);

    String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }
}
