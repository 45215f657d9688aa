package com.replyguard.knowledge.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.knowledge.entry.Entry;
import com.replyguard.knowledge.entry.Intent;
import com.replyguard.knowledge.entry.Kind;
import com.replyguard.knowledge.entry.Status;
import com.replyguard.knowledge.entry.Topic;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EntryWriterTest {
    final EntryCodec codec = new EntryCodec();

    static List<Entry> sample() {
        return List.of(
                new Entry("amazon-damaged-bn", Kind.REPLY, List.of(Marketplace.AMAZON, Marketplace.EBAY), Language.BN,
                        Intent.DAMAGED_OR_DEFECTIVE, null, "ক্ষতিগ্রস্ত পণ্য, \"quoted\", comma",
                        List.of("পণ্যটি ভাঙা এসেছে", "It came broken, sadly"),
                        "প্রিয় {buyer_name},\nline two; DROP TABLE x;--\n  indented ",
                        List.of("damage", "ভাঙা"), null, Status.PENDING, "return-damaged", "lead:1002", null, 3,
                        Instant.parse("2026-11-22T10:00:00Z"), Instant.parse("2026-11-22T11:00:00.123456Z")),
                new Entry("all-links-ms", Kind.POLICY, List.of(Marketplace.ALL), Language.MS, null,
                        Topic.EXTERNAL_LINK, null, List.of(), "Jangan hantar pautan luar.", List.of(),
                        "Polisi penjual, https://example.invalid", Status.APPROVED, "links", "lead:1",
                        "lead:2", 1, Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-02T00:00:00Z")));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void whatIsWrittenReadsBackIdentically(Format format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EntryWriter(codec).write(sample(), format, out);
        ParsedEntries back = new EntryReader(codec).read(new ByteArrayInputStream(out.toByteArray()), format, "x");
        assertTrue(back.ok(), back.problems().toString());
        assertEquals(sample(), back.entries().stream().map(ParsedEntries.Line::entry).toList());
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void theHeaderAndObjectsCarryEveryContractField(Format format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EntryWriter(codec).write(sample(), format, out);
        String first = out.toString(java.nio.charset.StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
        for (String f : EntryCodec.FIELDS) {
            assertTrue(first.contains(format == Format.CSV ? f : "\"" + f + "\":"), f + " in " + first);
        }
    }
}
