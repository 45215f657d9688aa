package com.replyguard.bot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.policy.analysis.Language;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every sentence exists in English, Bengali and Malay, with the same placeholders, and is really translated. */
class MessagesTest {
    private final Messages messages = new Messages();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");

    @Test
    void everyBundleHasExactlyTheSameKeys() {
        Set<String> en = new TreeSet<>(messages.keys(Language.EN));
        assertEquals(en, new TreeSet<>(messages.keys(Language.BN)));
        assertEquals(en, new TreeSet<>(messages.keys(Language.MS)));
    }

    @Test
    void placeholdersMatchAcrossLanguages() {
        for (String key : messages.keys(Language.EN)) {
            Set<String> en = placeholders(messages.get(Language.EN, key));
            assertEquals(en, placeholders(messages.get(Language.BN, key)), "bn " + key);
            assertEquals(en, placeholders(messages.get(Language.MS, key)), "ms " + key);
        }
    }

    @Test
    void bengaliSentencesAreWrittenInBengaliScriptAndMalayOnesDifferFromEnglish() {
        int same = 0;
        for (String key : messages.keys(Language.EN)) {
            String bn = messages.get(Language.BN, key);
            boolean hasBengali = bn.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp)
                    == Character.UnicodeScript.BENGALI);
            boolean onlyCodeOrEmoji = bn.replaceAll("[^\\p{L}]", "").length() < 3;
            assertTrue(hasBengali || onlyCodeOrEmoji, "not Bengali: " + key + " = " + bn);
            if (messages.get(Language.MS, key).equals(messages.get(Language.EN, key)) && !onlyCodeOrEmoji) {
                same++;
            }
        }
        assertTrue(same <= 2, same + " Malay sentences are identical to English");
    }

    @Test
    void argumentsAreFilledInAndApostrophesSurvive() {
        String s = messages.get(Language.EN, "command.unknown", "/zap");
        assertTrue(s.contains("/zap") && s.contains("don't"), s);
        assertNotEquals(s, messages.get(Language.BN, "command.unknown", "/zap"));
    }

    @Test
    void everyRoleIntentAndTopicHasAHumanNameInEveryLanguageAndRolesKeepTheirCode() {
        java.util.List<Enum<?>> unnamed = new java.util.ArrayList<>();
        for (Enum<?>[] values : java.util.List.<Enum<?>[]>of(com.replyguard.bot.access.Role.values(),
                com.replyguard.knowledge.entry.Intent.values(), com.replyguard.knowledge.entry.Topic.values())) {
            for (Enum<?> v : values) {
                if (!messages.hasName(v)) {
                    unnamed.add(v);
                }
            }
        }
        assertEquals(java.util.List.of(), unnamed);
        for (com.replyguard.bot.access.Role r : com.replyguard.bot.access.Role.values()) {
            for (Language l : Messages.uiLanguages()) {
                assertTrue(messages.name(l, r).contains(r.id()), "users type the code: " + messages.name(l, r));
            }
        }
        assertEquals("টিম লিড (lead)",
                messages.name(Language.BN, com.replyguard.bot.access.Role.LEAD));
        assertTrue(messages.get(Language.MS, "admin.users.added", 5, com.replyguard.bot.access.Role.LEAD)
                .contains("ketua pasukan (lead)"));
    }

    @Test
    void theBotAndKnowledgeWordsAreOneCatalogue() {
        assertTrue(messages.keys(Language.BN).contains("notice.no.intent"));
        assertTrue(messages.keys(Language.BN).contains("start.role"));
    }

    private static Set<String> placeholders(String s) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
