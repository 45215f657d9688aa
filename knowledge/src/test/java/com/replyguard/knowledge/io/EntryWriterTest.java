package com.replyguard.knowledge.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.knowledge.entry.Entry;
import com.replyguard.knowledge.entry.Intent;
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
                Entry.reply("amazon-damaged-bn", Intent.DAMAGED_OR_DEFECTIVE)
                        .marketplaces(Marketplace.AMAZON, Marketplace.EBAY).language(Language.BN)
                        .title("ক্ষতিগ্রস্ত পণ্য, \"quoted\", comma")
                        .questions(List.of("পণ্যটি ভাঙা এসেছে", "It came broken, sadly"))
                        .body("প্রিয় {buyer_name},\nline two; DROP TABLE x;--\n  indented ")
                        .tags(List.of("damage", "ভাঙা")).status(Status.PENDING).group("return-damaged")
                        .author("lead:1002").version(3).created(Instant.parse("2026-11-22T10:00:00Z"))
                        .updated(Instant.parse("2026-11-22T11:00:00.123456Z")).build(),
                Entry.policy("all-links-ms", Topic.EXTERNAL_LINK).marketplaces(Marketplace.ALL).language(Language.MS)
                        .body("Jangan hantar pautan luar.").source("Polisi penjual, https://example.invalid")
                        .group("links").author("lead:1").approver("lead:2")
                        .created(Instant.parse("2026-01-01T00:00:00Z")).updated(Instant.parse("2026-01-02T00:00:00Z"))
                        .build());
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
