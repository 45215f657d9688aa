package com.replyguard.knowledge.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.knowledge.entry.Entry;
import com.replyguard.knowledge.entry.Status;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntryReaderTest {
    final EntryReader reader = new EntryReader(new EntryCodec());

    static final String GOOD = """
            {"id":"a","kind":"reply","marketplaces":["amazon"],"language":"en","intent":"ORDER_STATUS","body":"Hi."}""";

    ParsedEntries read(String text, Format f) throws Exception {
        return reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), f, "cli:test");
    }

    static String problemsOf(ParsedEntries p) {
        return String.join("\n", p.problems().stream().map(LineProblem::toString).toList());
    }

    @Test
    void manyBadLinesKeepTheFirstThousandProblemsInLineOrderAndCountThemAll() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 45_000; i++) { // more than two of the reader's chunks
            text.append(i % 2 == 0 ? "{not json}\n" : "\n");
        }
        ParsedEntries r = new EntryReader(new EntryCodec()).read(new ByteArrayInputStream(
                text.toString().getBytes(StandardCharsets.UTF_8)), Format.JSONL, "x");
        assertEquals(22_500, r.problemCount());
        assertEquals(EntryReader.MAX_PROBLEMS, r.problems().size());
        assertEquals(1, r.problems().get(0).line());
        assertEquals(1999, r.problems().get(r.problems().size() - 1).line(), "the first ones, numbered across chunks");
        assertTrue(!r.ok());
    }

    @Test
    void aMinimalLineGetsDocumentedDefaults() throws Exception {
        ParsedEntries p = read(GOOD + "\n", Format.JSONL);
        assertTrue(p.ok(), problemsOf(p));
        Entry e = p.entries().getFirst().entry();
        assertEquals(Status.APPROVED, e.status());
        assertEquals("a", e.group());
        assertEquals("cli:test", e.author());
        assertEquals(1, e.version());
    }

    @Test
    void everyBadLineIsReportedWithItsNumber() throws Exception {
        String file = String.join("\n",
                GOOD,
                "{not json",
                GOOD.replace("\"body\":\"Hi.\"", "\"body\":\"Hi.\",\"colour\":\"red\""),
                GOOD.replace("\"id\":\"a\"", "\"id\":\"b\"").replace(",\"body\":\"Hi.\"", ""),
                GOOD.replace("\"id\":\"a\"", "\"id\":\"c\"").replace("ORDER_STATUS", "WHERE_IS_IT"),
                GOOD.replace("\"id\":\"a\"", "\"id\":\"d\"").replace("amazon", "amazin"),
                "",
                GOOD,
                GOOD.replace("\"id\":\"a\"", "\"id\":\"e\"").replace("\"kind\":\"reply\"", "\"kind\":\"poem\""));
        ParsedEntries p = read(file, Format.JSONL);
        String all = problemsOf(p);
        assertTrue(all.contains("line 2: malformed JSON"), all);
        assertTrue(all.contains("line 3 (a): unknown field 'colour'"), all);
        assertTrue(all.contains("line 4 (b): missing required field 'body'"), all);
        assertTrue(all.contains("line 5 (c): bad intent"), all);
        assertTrue(all.contains("line 6 (d): bad marketplaces: unknown value 'amazin'"), all);
        assertTrue(all.contains("line 8 (a): duplicate id (first seen on line 1)"), all);
        assertTrue(all.contains("line 9 (e): bad kind"), all);
        assertEquals(7, p.problems().size(), all);
    }

    @Test
    void invalidUtf8IsRefusedByLine() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write((GOOD + "\n").getBytes(StandardCharsets.UTF_8));
        out.write(GOOD.replace("\"id\":\"a\"", "\"id\":\"b\"").replace("Hi.", "Caf\u00e9")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.write('\n');
        ParsedEntries p = reader.read(new ByteArrayInputStream(out.toByteArray()), Format.JSONL, "x");
        assertEquals(List.of(2), p.problems().stream().map(LineProblem::line).toList());
        assertTrue(p.problems().getFirst().problem().contains("UTF-8"));
    }

    @Test
    void hugeBodiesAndLinesAreRefusedWithTheLimit() throws Exception {
        String bigBody = GOOD.replace("Hi.", "x".repeat(EntryCodec.MAX_BODY + 1));
        String hugeLine = GOOD.replace("\"id\":\"a\"", "\"id\":\"h\"").replace("Hi.", "y".repeat(10 << 20));
        ParsedEntries p = read(bigBody + "\n" + hugeLine + "\n", Format.JSONL);
        String all = problemsOf(p);
        assertTrue(all.contains("line 1 (a): body is too long: 20001 characters (limit 20000)"), all);
        assertTrue(all.contains("line 2: line is too long"), all);
    }

    @Test
    void sqlLookingTextIsJustText() throws Exception {
        String body = "Robert'); DROP TABLE entries;-- \\\" OR 1=1";
        ParsedEntries p = read(GOOD.replace("Hi.", body.replace("\\", "\\\\").replace("\"", "\\\"")), Format.JSONL);
        assertTrue(p.ok(), problemsOf(p));
        assertEquals(body, p.entries().getFirst().entry().body());
    }

    @Test
    void csvRowsAreValidatedLikeJsonLines() throws Exception {
        String csv = """
                id,kind,marketplaces,language,intent,body,questions
                a,reply,amazon | ebay,en,ORDER_STATUS,"Hi, there.","where is it | when will it come"
                b,reply,amazon,xx,ORDER_STATUS,Hi,
                "c",reply,amazon,en,ORDER_STATUS,"A body
                over two lines",
                d,reply,amazon,en,,Hi,
                """;
        ParsedEntries p = read(csv, Format.CSV);
        String all = problemsOf(p);
        assertEquals(List.of("a", "c"), p.entries().stream().map(l -> l.entry().id()).toList(), all);
        Entry a = p.entries().getFirst().entry();
        assertEquals(List.of("where is it", "when will it come"), a.questions());
        assertEquals(2, a.marketplaces().size());
        assertEquals("A body\nover two lines", p.entries().get(1).entry().body());
        assertTrue(all.contains("line 3 (b): bad language"), all);
        assertTrue(all.contains("line 6 (d): missing required field 'intent'"), all);
        assertEquals(2, p.problems().size(), all);
    }

    @Test
    void aCsvWithAWrongHeaderIsRefusedAtLineOne() throws Exception {
        ParsedEntries p = read("id,kind,market,language,body\na,reply,amazon,en,Hi\n", Format.CSV);
        String all = problemsOf(p);
        assertTrue(all.contains("line 1: unknown column(s) [market]"), all);
        assertTrue(all.contains("lacks required column(s) [marketplaces]"), all);
        assertTrue(p.entries().isEmpty());
    }
}
