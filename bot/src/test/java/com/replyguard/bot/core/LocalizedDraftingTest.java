package com.replyguard.bot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.bot.app.ConversationFactory;
import com.replyguard.bot.testing.RealParts;
import com.replyguard.bot.config.BotConfig;
import com.replyguard.knowledge.text.Texts;
import com.replyguard.policy.analysis.Language;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Bengali or Malay user drafting through the real conversation (real drafting, real checker, the shipped
 * knowledge) reads every drafting notice in their language: no English notice, no enum code.
 */
class LocalizedDraftingTest {
    private static final long USER = 1;
    private static final Pattern ENUM_CODE = Pattern.compile("\\b[A-Z]{2,}_[A-Z_]+\\b");
    private final Texts texts = Texts.knowledge();

    @TempDir
    Path dir;

    @Test
    void bengaliAndMalayUsersGetEveryDraftingNoticeInTheirLanguage() {
        try (RealParts services = new RealParts(dir.resolve("data"))) {
            Conversation c = ConversationFactory.forTerminal(BotConfig.defaults(), services.botParts(Clock.systemUTC()),
                    ConversationFactory.standardFeatures(), USER);
            for (Language lang : List.of(Language.BN, Language.MS)) {
                say(c, USER, "/lang " + lang.code());
                List<String> replies = new ArrayList<>();
                replies.add(paste(c, lang, "Wo ist mein Paket? Ich warte seit zwei Wochen auf die Lieferung."));
                replies.add(paste(c, lang, "112-4567890-1234567"));
                replies.add(paste(c, lang, "Dear customer, thank you for your order! We have shipped your package. "
                        + "Add us on whatsapp for a gift. Best regards, our team"));
                replies.add(paste(c, lang, "পণ্যটি ভাঙা এসেছে, টাকা ফেরত চাই"));
                replies.add(paste(c, lang, "Barang sampai rosak, saya mahu bayaran balik"));
                String all = String.join("\n---\n", replies);
                int notices = 0;
                for (String key : texts.keys(Language.EN)) {
                    if (!key.startsWith("notice.")) {
                        continue;
                    }
                    for (String part : fixedParts(texts.get(Language.EN, key))) {
                        assertFalse(all.contains(part), lang + " user got English notice " + key + ": " + all);
                    }
                    if (fixedParts(texts.get(lang, key)).stream().anyMatch(all::contains)) {
                        notices++;
                    }
                }
                assertTrue(notices >= 3, "these pastes give notices, in " + lang + ": " + all);
                assertFalse(ENUM_CODE.matcher(all).find(), "an enum code reached the user: " + all);
            }
        }
    }

    /** The words of a sentence between its placeholders (long enough to be unmistakable). */
    private static List<String> fixedParts(String sentence) {
        return Pattern.compile("\\{\\d}").splitAsStream(sentence).map(String::strip).filter(s -> s.length() >= 12)
                .collect(Collectors.toList());
    }

    /** A paste after a command, so that it is never taken as the answer to an earlier draft's fill-ins. */
    private static String paste(Conversation c, Language lang, String text) {
        say(c, USER, "/lang " + lang.code());
        return say(c, USER, text);
    }

    private static String say(Conversation c, long chat, String text) {
        StringBuilder out = new StringBuilder();
        for (Reply r : c.handle(new Input.Text(chat, USER, text), FileFetcher.NONE)) {
            if (r instanceof Reply.Message m) {
                m.text().spans().forEach(s -> out.append(spanText(s)));
                m.buttons().forEach(row -> row.forEach(b -> out.append(" [").append(b.label()).append(']')));
                out.append('\n');
            }
        }
        assertFalse(out.isEmpty(), "no reply to " + text);
        return out.toString();
    }

    private static String spanText(RichText.Span s) {
        return switch (s) {
            case RichText.Plain p -> p.text();
            case RichText.Bold b -> b.text();
            case RichText.Italic i -> i.text();
            case RichText.Code co -> co.text();
            case RichText.Pre p -> p.text();
            case RichText.Marked m -> m.text();
        };
    }

    @Test
    void theFixedPartsOfASentenceLeaveOutItsArguments() {
        assertEquals(List.of("The message is very long; only its first", "characters were read."),
                fixedParts("The message is very long; only its first {0} characters were read."));
    }
}
