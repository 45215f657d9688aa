package com.replyguard.policy.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Probes become training text only when probes/trained.txt names them; the rest stay measures. */
class TrainedProbesTest {
    private static String line(String id, String split) {
        return "{\"id\": \"" + id + "\", \"marketplace\": \"amazon\", \"lang\": \"en\", \"register\": \"chat\", "
                + "\"text\": \"text of " + id + "\", \"block\": [], \"warn\": [], \"source\": \"written\", "
                + "\"split\": \"" + split + "\"}\n";
    }

    @Test
    void onlyTheTrainSplitAndTheListedProbesAreTrainedOn(@TempDir Path corpus) throws IOException {
        Files.writeString(corpus.resolve("set.jsonl"), line("a-1", "train") + line("a-2", "heldout"));
        Path probes = Files.createDirectories(corpus.resolve("probes"));
        Files.writeString(probes.resolve("probe-1.jsonl"), line("p1-1", "probe"));
        Files.writeString(probes.resolve("probe-2.jsonl"), line("p2-1", "probe"));
        assertEquals(List.of("a-1"), Corpus.trainingCases(corpus).stream().map(LabelledCase::id).toList());

        Files.writeString(probes.resolve(Corpus.TRAINED_PROBES), "# used in a round\nprobe-1.jsonl\n");
        List<String> ids = Corpus.trainingCases(corpus).stream().map(LabelledCase::id).toList();
        assertEquals(List.of("a-1", "p1-1"), ids);
        assertTrue(!ids.contains("a-2") && !ids.contains("p2-1"), "held-out rows and unlisted probes stay unseen");
    }

    @Test
    void aListedProbeThatDoesNotExistFailsTheBuild(@TempDir Path corpus) throws IOException {
        Path probes = Files.createDirectories(corpus.resolve("probes"));
        Files.writeString(probes.resolve(Corpus.TRAINED_PROBES), "probe-9.jsonl\n");
        IOException e = assertThrows(IOException.class, () -> Corpus.trainingCases(corpus));
        assertTrue(e.getMessage().contains("probe-9.jsonl"), e.getMessage());
    }
}
