package com.replyguard.bot.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.bot.app.BotParts;
import com.replyguard.bot.app.ConversationFactory;
import com.replyguard.bot.config.BotConfig;
import com.replyguard.bot.core.Conversation;
import com.replyguard.bot.testing.MemorySettingsStore;
import com.replyguard.bot.testing.StubChecker;
import com.replyguard.bot.testing.StubKnowledge;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerminalChatTest {
    @TempDir
    Path dir;

    private String chat(String input) throws Exception {
        StubChecker checker = new StubChecker();
        StubKnowledge k = new StubKnowledge(checker);
        BotParts parts = new BotParts(k, k, checker, new MemorySettingsStore(), new com.replyguard.bot.testing.MemoryFeedbackSink(), Clock.systemUTC(), null);
        Conversation c = ConversationFactory.forTerminal(BotConfig.defaults(), parts,
                ConversationFactory.standardFeatures(), TerminalChat.LOCAL_USER);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TerminalChat(c, new BufferedReader(new StringReader(input)),
                new PrintStream(out, true, StandardCharsets.UTF_8), false, dir).run();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aMultiLinePasteIsOneMessageAndNumbersPressTheButtons() throws Exception {
        String out = chat("Hello,\nwhere is my order?\n\n1\n2\n/quit\n");
        assertTrue(out.contains(StubKnowledge.FIRST), out);
        assertTrue(out.contains("[1] 📋 Copy") && out.contains("[2] ➡️ Next draft"), out);
        assertTrue(out.contains("Text to copy:\n" + StubKnowledge.FIRST), "1 copies the draft: " + out);
        assertTrue(out.contains(StubKnowledge.SECOND), "2 shows the next draft: " + out);
        assertTrue(out.strip().endsWith("Goodbye."), out);
    }

    /** The number shown before the button whose label contains {@code label}. */
    private static String number(String out, String label) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[(\\d+)] [^\\[]*" + label).matcher(out);
        assertTrue(m.find(), "no button " + label + " in " + out);
        return m.group(1);
    }

    @Test
    void choicesStayValidAfterAPressUntilTheNextDraft() throws Exception {
        String paste = "Hello,\nwhere is my order?\n\n";
        String first = chat(paste);
        String up = number(first, "👍");
        String down = number(first, "👎");
        String out = chat(paste + up + "\n" + down + "\n" + up + "\n/quit\n");
        assertTrue(out.contains("(Thanks! Noted that you used it.)"), out);
        assertTrue(out.contains("(Thanks! Noted as not helpful.)"), "the second press still works: " + out);
        assertEquals(1, out.split("Type a number to press a button:", -1).length - 1,
                "one set of buttons: no digit became a draft: " + out);
    }

    @Test
    void aNumberThatMatchesNoChoiceIsSaidSoAndNeverDrafted() throws Exception {
        String out = chat("7\n/quit\n");
        assertTrue(out.contains("There is nothing to choose with \"7\" right now."), out);
        assertTrue(!out.contains(StubKnowledge.FIRST) && !out.contains("Type a number to press a button:"),
                "no draft: " + out);
        String tooBig = chat("Hello,\nwhere is my order?\n\n99\n/quit\n");
        assertTrue(tooBig.contains("There is no choice 99. Type a number from 1 to "), tooBig);
    }

    @Test
    void checkMarksProblemsWithPlainMarkersWithoutColour() throws Exception {
        String out = chat("/check Leave 5 stars please\n");
        assertTrue(out.contains("Leave [[5 stars]] please"), out);
        assertTrue(!out.contains("\u001b["), "no ANSI codes when colour is off");
    }
    @Test
    void aTypedValueFillsTheDraftsBlankAndTheFinishedDraftIsCopiedByNumber() throws Exception {
        String paste = "Hello,\nwhere is my order?\n\n";
        String filled = StubKnowledge.FIRST.replace("[TRACKING NUMBER]", "1Z999AA10123456784");
        String first = chat(paste + "1Z999AA10123456784\n\n/quit\n");
        assertTrue(first.contains("reply with the [TRACKING NUMBER]") && first.contains(filled), first);
        String copy = number(first.substring(first.indexOf(filled)), "Copy");
        String out = chat(paste + "1Z999AA10123456784\n\n" + copy + "\n/quit\n");
        assertTrue(out.contains("Text to copy:\n" + filled), out);
    }
}
