package com.replyguard.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.bot.core.RichText;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {
    @Test
    void rendersEachStyleAndEscapesTheThreeSpecialCharacters() {
        RichText t = RichText.builder().text("a<b & c>").bold("B").italic("I").code("C").pre("x<y")
                .marked("M").build();
        assertEquals("a&lt;b &amp; c&gt;<b>B</b><i>I</i><code>C</code><pre>x&lt;y</pre><u><b>M</b></u>",
                HtmlRenderer.render(t));
    }

    @Test
    void longTextsSplitOnParagraphsIntoPartsThatFitAndLoseNothing() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            sb.append("Paragraph ").append(i).append(" & more <text> ").append("word ".repeat(30)).append("\n\n");
        }
        RichText t = RichText.builder().bold("Title\n").text(sb.toString()).build();
        List<RichText> parts = HtmlRenderer.split(t, HtmlRenderer.TELEGRAM_LIMIT);
        assertTrue(parts.size() >= 3, "parts: " + parts.size());
        StringBuilder joined = new StringBuilder();
        for (RichText p : parts) {
            assertTrue(HtmlRenderer.render(p).length() <= HtmlRenderer.TELEGRAM_LIMIT);
            joined.append(p.visibleText());
        }
        assertEquals(t.visibleText(), joined.toString());
        for (int i = 0; i < parts.size() - 1; i++) {
            assertTrue(parts.get(i).visibleText().endsWith("\n\n"), "part " + i + " ends on a paragraph");
        }
    }

    @Test
    void aSingleHugeBlockWithoutBreaksIsCutHardButStillFits() {
        String s = "é&".repeat(5000) + "😀".repeat(100);
        List<RichText> parts = HtmlRenderer.split(RichText.builder().pre(s).build(), 4096);
        StringBuilder joined = new StringBuilder();
        for (RichText p : parts) {
            assertTrue(HtmlRenderer.render(p).length() <= 4096);
            joined.append(p.visibleText());
        }
        assertEquals(s, joined.toString());
    }

    @Test
    void randomTextsNeverBreakTheLimitOrLoseCharacters() {
        Random r = new Random(7);
        String alphabet = "ab <>&\n\n xyz কখগ";
        for (int n = 0; n < 50; n++) {
            RichText.Builder b = RichText.builder();
            for (int s = 0; s < 1 + r.nextInt(6); s++) {
                StringBuilder sb = new StringBuilder();
                for (int i = r.nextInt(3000); i > 0; i--) {
                    sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
                }
                if (r.nextBoolean()) {
                    b.text(sb.toString());
                } else {
                    b.pre(sb.toString());
                }
            }
            RichText t = b.build();
            int limit = 200 + r.nextInt(4000);
            StringBuilder joined = new StringBuilder();
            for (RichText p : HtmlRenderer.split(t, limit)) {
                assertTrue(HtmlRenderer.render(p).length() <= limit);
                joined.append(p.visibleText());
            }
            assertEquals(t.visibleText().strip(), joined.toString().strip());
        }
    }
}
