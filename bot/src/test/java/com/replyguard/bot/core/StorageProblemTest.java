package com.replyguard.bot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.policy.analysis.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class StorageProblemTest {
    private final Messages messages = new Messages();

    private static SQLException sqlite(String message, int code) {
        return new SQLException(message, null, code);
    }

    @Test
    void theKindIsFoundThroughTheCauses() {
        assertEquals(StorageProblem.FULL, StorageProblem.of(new StorageFault(
                new IllegalStateException("write failed", sqlite("[SQLITE_FULL] database or disk is full", 13)))));
        assertEquals(StorageProblem.NOT_WRITABLE, StorageProblem.of(new RuntimeException(
                sqlite("[SQLITE_READONLY_DIRECTORY] attempt to write a readonly database", 8 | (6 << 8)))));
        assertEquals(StorageProblem.BUSY, StorageProblem.of(sqlite("[SQLITE_BUSY] database is locked", 5)));
        assertEquals(StorageProblem.DAMAGED, StorageProblem.of(sqlite("[SQLITE_CORRUPT] malformed", 11)));
        assertEquals(StorageProblem.DAMAGED, StorageProblem.of(sqlite("[SQLITE_NOTADB] file is not a database", 26)));
        assertEquals(StorageProblem.FULL, StorageProblem.of(new UncheckedIOException(
                new IOException("No space left on device"))));
        assertEquals(StorageProblem.NOT_WRITABLE, StorageProblem.of(new AccessDeniedException("/data/state.db")));
        assertEquals(StorageProblem.OTHER, StorageProblem.of(new IOException("Input/output error")));
    }

    @Test
    void theUserReadsTheirLanguageFirstAndTheLibraryDetailInside() {
        StorageFault full = new StorageFault(new RuntimeException(sqlite("[SQLITE_FULL] database or disk is full", 13)));
        String en = StorageProblem.sentence(messages.in(Language.EN), full);
        String bn = StorageProblem.sentence(messages.in(Language.BN), full);
        String ms = StorageProblem.sentence(messages.in(Language.MS), full);
        assertTrue(en.startsWith("The disk is full") && en.contains("([SQLITE_FULL] database or disk is full)"), en);
        assertTrue(Character.UnicodeScript.of(bn.codePointAt(0)) == Character.UnicodeScript.BENGALI, bn);
        assertTrue(bn.contains("[SQLITE_FULL] database or disk is full"), bn);
        assertTrue(ms.startsWith("Cakera sudah penuh") && ms.contains("[SQLITE_FULL]"), ms);
    }

    @Test
    void everyKindHasASentenceInEveryLanguageThatShowsTheDetail() {
        for (StorageProblem p : StorageProblem.values()) {
            for (Language l : Messages.uiLanguages()) {
                assertTrue(messages.keys(l).contains(p.key()), l + " lacks " + p.key());
                String s = messages.get(l, p.key(), "DETAIL");
                assertTrue(s.contains("(DETAIL)"), l + " " + p.key() + ": " + s);
                assertFalse(l != Language.EN && s.equals(messages.get(Language.EN, p.key(), "DETAIL")), s);
            }
        }
    }

    @Test
    void theDetailIsTheFirstLineOfTheInnermostMessage() {
        assertEquals("disk I/O error", StorageProblem.detail(new RuntimeException("outer",
                new IOException("disk I/O error\n\tat somewhere"))));
        assertEquals("IOException", StorageProblem.detail(new IOException()));
    }
}
