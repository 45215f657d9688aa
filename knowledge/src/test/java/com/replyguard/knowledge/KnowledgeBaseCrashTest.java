package com.replyguard.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.knowledge.entry.Entry;
import com.replyguard.knowledge.search.EntryFilter;
import com.replyguard.knowledge.search.SearchHit;
import com.replyguard.knowledge.search.SearchQuery;
import com.replyguard.policy.analysis.TextAnalysis;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM with SIGKILL in the middle of a stream of writes: every acknowledged write must survive, nothing
 * half-written may appear, and search must agree with the store after reopening.
 */
class KnowledgeBaseCrashTest {
    static final int ENTRIES = 3_000;
    static final int ACKS_BEFORE_KILL = 60;

    @TempDir
    Path tmp;

    record Ack(String id, int version, int k) {
    }

    @Test
    void everyAcknowledgedWriteSurvivesASigkill() throws Exception {
        Path data = tmp.resolve("data");
        Map<String, Ack> lastAck = new HashMap<>();
        int[] acks = new int[1];
        assertTimeoutPreemptively(Duration.ofMinutes(3), () -> {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process child = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                    CrashChild.class.getName(), data.toString(), Integer.toString(ENTRIES))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                boolean imported = false;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("IMPORTED")) {
                        imported = true;
                    } else if (line.startsWith("ACK ")) {
                        String[] p = line.split(" ");
                        Ack a = new Ack(p[1], Integer.parseInt(p[2]), Integer.parseInt(p[3]));
                        lastAck.merge(a.id(), a, (x, y) -> y.version() > x.version() ? y : x);
                        if (++acks[0] == ACKS_BEFORE_KILL) {
                            child.destroyForcibly();
                            break;
                        }
                    }
                }
                assertTrue(imported, "the child finished its import before being killed");
            } finally {
                child.destroyForcibly();
                child.waitFor();
            }
        });
        assertEquals(ACKS_BEFORE_KILL, acks[0]);

        try (KnowledgeBase kb = KnowledgeBase.open(data, new TextAnalysis(), TestEntries.starsChecker(),
                KnowledgeBase.Options.empty())) {
            List<Entry> all = kb.entries(EntryFilter.all());
            assertEquals(ENTRIES, all.size(), "the acknowledged import is complete");
            for (Ack a : lastAck.values()) {
                Entry cur = kb.get(a.id()).orElseThrow();
                assertTrue(cur.version() >= a.version(), a + " lost: store has " + cur.version());
                Entry acked = kb.history(a.id()).get(a.version() - 1);
                assertEquals("Edited body marker m" + a.k(), acked.body());
            }
            for (Entry e : all) {
                List<Integer> versions = kb.history(e.id()).stream().map(Entry::version).toList();
                assertEquals(IntStream.rangeClosed(1, e.version()).boxed().toList(), versions,
                        "no torn or missing versions for " + e.id());
            }
            var status = kb.status();
            assertEquals(status.changeSeq(), status.indexSeq());
            assertEquals(ENTRIES, status.indexedDocs());
            for (String id : lastAck.keySet()) {
                Entry cur = kb.get(id).orElseThrow();
                String marker = cur.body().substring(cur.body().lastIndexOf(' ') + 1);
                List<SearchHit> hits = kb.search(SearchQuery.of(marker));
                assertEquals(1, hits.size(), marker);
                assertEquals(cur, hits.getFirst().entry(), "search shows the stored version of " + id);
            }
        }
    }
}
