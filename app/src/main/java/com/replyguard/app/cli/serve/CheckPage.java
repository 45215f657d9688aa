package com.replyguard.app.cli.serve;

import com.replyguard.bot.core.Messages;
import com.replyguard.policy.analysis.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The check page: one HTML file (a resource next to this class) whose {@code {{key}}} placeholders are filled,
 * HTML-escaped, from the message bundles in English, Bengali or Malay ({@code ?lang=}, else the browser's
 * {@code Accept-Language}). It calls {@code POST /v1/check} and shows what the API returns, so the page and the
 * API can never disagree about a finding.
 */
final class CheckPage {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z0-9_.]+)}}");
    private final Messages messages = new Messages();
    private final String template;

    CheckPage() {
        try (InputStream in = CheckPage.class.getResourceAsStream("check.html")) {
            if (in == null) {
                throw new IllegalStateException("check.html is missing from the build");
            }
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] render(String query, String acceptLanguage) {
        Language lang = language(query, acceptLanguage);
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 2048);
        while (m.find()) {
            String key = m.group(1);
            String value = key.equals("lang") ? lang.code() : messages.get(lang, key);
            m.appendReplacement(out, Matcher.quoteReplacement(escape(value)));
        }
        m.appendTail(out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static Language language(String query, String acceptLanguage) {
        if (query != null) {
            for (String p : query.split("&")) {
                if (p.startsWith("lang=")) {
                    Language l = supported(p.substring(5));
                    if (l != null) {
                        return l;
                    }
                }
            }
        }
        if (acceptLanguage != null) {
            for (String part : acceptLanguage.split(",")) {
                String tag = part.split(";")[0].strip();
                Language l = supported(tag.length() >= 2 ? tag.substring(0, 2) : tag);
                if (l != null) {
                    return l;
                }
            }
        }
        return Language.EN;
    }

    private static Language supported(String code) {
        for (Language l : Messages.uiLanguages()) {
            if (l.code().equalsIgnoreCase(code.strip())) {
                return l;
            }
        }
        return null;
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
