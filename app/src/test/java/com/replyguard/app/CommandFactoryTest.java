package com.replyguard.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commands get their parts from the root's opener, open them only when they run, and only what they use. */
class CommandFactoryTest {
    @TempDir
    Path tmp;

    /** Every data directory and rule folder list the opener was asked for. */
    private final List<String> opened = new ArrayList<>();

    private synchronized String run(Composition.Opener opener, String... args) {
        PrintStream oldOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            Main.execute(opener, args);
        } finally {
            System.setOut(oldOut);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private Composition.Opener recording(Composition.Opener real) {
        return (dir, rules) -> {
            opened.add(dir.getFileName() + " " + rules.stream().map(r -> r.getFileName().toString()).toList());
            return real.open(dir, rules);
        };
    }

    @Test
    void aCheckOpensItsPartsOnceFromTheRootAndNeitherTheStoreNorTheIndex() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        String out = run(recording(Composition::new), "--data", data.toString(), "check", "-m", "amazon",
                "Thanks for your order");
        assertTrue(out.contains("common.unnecessary-message"), out);
        assertEquals(List.of("data []"), opened);
        try (Stream<Path> files = Files.list(data)) {
            assertEquals(List.of(), files.toList(), "a one-shot check creates nothing in the data directory");
        }
    }

    @Test
    void aCommandThatNeedsNoPartsNeverOpensThem() {
        String out = run(recording(Composition::new), "--version");
        assertFalse(out.isBlank());
        run(recording(Composition::new), "rules", "--help");
        assertEquals(List.of(), opened);
    }

    @Test
    void aTestCanRunTheRealCommandLineOverPartsOfItsOwn() throws Exception {
        Path mine = tmp.resolve("mine");
        Path asked = tmp.resolve("asked");
        Path entries = tmp.resolve("entries.jsonl");
        Files.writeString(entries, "{\"id\":\"p-1\",\"kind\":\"reply\",\"marketplaces\":[\"amazon\"],\"language\":\"en\","
                + "\"intent\":\"ORDER_STATUS\",\"questions\":[\"where is my order\"],\"body\":\"It is on its way.\"}\n");
        Composition.Opener own = recording((dir, rules) -> new Composition(mine, rules));
        run(own, "kb", "import", "--data", asked.toString(), "--rules", tmp.toString(), entries.toString());
        String list = run(own, "kb", "list", "--data", asked.toString());
        assertTrue(list.contains("p-1"), list);
        assertTrue(Files.isDirectory(mine), "the opener's parts were used");
        assertFalse(Files.exists(asked), "the directory the command was given was never opened");
        assertEquals(List.of("asked [" + tmp.getFileName() + "]", "asked []"), opened);
    }
}
