package com.replyguard.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.knowledge.io.EntryCodec;
import com.replyguard.knowledge.io.EntryReader;
import com.replyguard.knowledge.io.Format;
import com.replyguard.knowledge.io.LineProblem;
import com.replyguard.knowledge.io.Progress;
import com.replyguard.knowledge.text.Texts;
import com.replyguard.policy.analysis.Language;
import com.replyguard.policy.analysis.TextAnalysis;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A parser's or the file system's own words reach a Bengali or Malay user inside a sentence in their language: the
 * sentence first, the library's detail kept as it is.
 */
class LibraryDetailInUsersLanguageTest {
    @TempDir
    Path tmp;
    private final Texts texts = Texts.knowledge();

    private static boolean startsInBengali(String s) {
        return Character.UnicodeScript.of(s.codePointAt(0)) == Character.UnicodeScript.BENGALI;
    }

    @Test
    void aMalformedJsonLineIsToldInBengaliAndMalayWithTheParsersDetail() throws IOException {
        LineProblem p = new EntryReader(new EntryCodec()).read(new ByteArrayInputStream(
                "{\"id\": \"x\",\n".getBytes(StandardCharsets.UTF_8)), Format.JSONL, "test").problems().get(0);
        assertEquals("import.malformed_json", p.notice().key());
        String detail = String.valueOf(p.notice().args().get(0));
        String bn = texts.notice(Language.BN, p.notice());
        String ms = texts.notice(Language.MS, p.notice());
        assertTrue(startsInBengali(bn) && bn.contains(detail), bn);
        assertTrue(ms.startsWith("JSON rosak: ") && ms.contains(detail), ms);
    }

    @Test
    void anImportFileThatCannotBeReadIsToldInTheUsersLanguage() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("Connection reset by peer");
            }
        };
        try (KnowledgeBase kb = KnowledgeBase.open(tmp.resolve("data"), new TextAnalysis(), TestEntries.starsChecker(),
                KnowledgeBase.Options.empty())) {
            KnowledgeException e = assertThrows(KnowledgeException.class,
                    () -> kb.importData(broken, Format.JSONL, true, "test", Progress.NONE));
            assertNotNull(e.notice(), "a notice, so the bot can say it in the user's language");
            assertEquals("Could not read the import file: Connection reset by peer", e.getMessage());
            String ms = texts.notice(Language.MS, e.notice());
            assertTrue(ms.startsWith("Fail import tidak dapat dibaca: ") && ms.endsWith("Connection reset by peer"), ms);
            assertTrue(startsInBengali(texts.notice(Language.BN, e.notice())));
        }
    }

    @Test
    void aDataDirectoryThatIsAFileIsToldInBengaliNamingThePath() throws IOException {
        Path file = Files.writeString(tmp.resolve("data"), "not a directory");
        KnowledgeException e = assertThrows(KnowledgeException.class, () -> KnowledgeBase.open(file,
                new TextAnalysis(), TestEntries.starsChecker(), KnowledgeBase.Options.empty()));
        assertEquals("The data directory " + file + " is a file, not a directory.", e.getMessage());
        String bn = texts.notice(Language.BN, e.notice());
        assertTrue(bn.contains(file.toString()) && bn.codePoints().anyMatch(cp ->
                Character.UnicodeScript.of(cp) == Character.UnicodeScript.BENGALI), bn);
    }
}
