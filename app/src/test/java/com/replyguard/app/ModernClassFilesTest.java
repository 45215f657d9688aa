package com.replyguard.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The build step app/src/build/ModernClassFiles.java (JDK 24+): picocli's Java 5 class files become version 50 with
 * stack maps (so the AOT cache can hold them), nothing else changes, the new verifier accepts every class without
 * falling back to the old one, and a second run leaves the jar alone.
 */
class ModernClassFilesTest {
    private static final Path TOOL = Path.of(System.getProperty("user.dir")).resolve("src/build/ModernClassFiles.java");

    @TempDir
    Path dir;

    @Test
    void rewritesPicocliAsVersion50ThatTheNewVerifierAcceptsAndIsIdempotent() throws Exception {
        assumeTrue(Runtime.version().feature() >= 24, "the class-file API is final from JDK 24");
        Path original = Path.of(CommandLine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Path jar = Files.copy(original, lib.resolve(original.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
        assertTrue(versions(jar).stream().anyMatch(v -> v < 50), "picocli ships Java 5 class files");

        String out = run(List.of(java(), TOOL.toString(), lib.toString()));
        assertTrue(out.contains("rewritten as version 50"), out);
        List<Integer> after = versions(jar);
        assertEquals(versions(original).size(), after.size(), "every class file kept");
        assertTrue(after.stream().allMatch(v -> v >= 50), after.toString());
        assertEquals(names(original), names(jar), "the same entries in the same order");

        FileTime rewritten = Files.getLastModifiedTime(jar);
        byte[] bytes = Files.readAllBytes(jar);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(rewritten.toMillis() - 60_000));
        run(List.of(java(), TOOL.toString(), lib.toString()));
        assertArrayEquals(bytes, Files.readAllBytes(jar), "a second run changes nothing");
        assertEquals(rewritten.toMillis() - 60_000, Files.getLastModifiedTime(jar).toMillis(), "nor its time");

        // A check with the rewritten picocli: the same output, and no class needed the old verifier.
        String cp = System.getProperty("java.class.path").replace(original.toString(), jar.toString());
        List<String> check = List.of("com.replyguard.app.Main", "check", "--data", dir.resolve("data").toString(),
                "-m", "amazon", "Please leave a 5-star review");
        String plain = run(concat(List.of(java(), "-cp", System.getProperty("java.class.path")), check));
        String modern = run(concat(List.of(java(), "-Xlog:verification=info:file=" + dir.resolve("verify.log"),
                "-cp", cp), check));
        assertEquals(plain, modern);
        String log = Files.readString(dir.resolve("verify.log"));
        assertTrue(log.contains("picocli.CommandLine"), "picocli's classes were verified");
        assertFalse(log.contains("Fail over"), "every stack map was right");
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String run(List<String> cmd) throws Exception {
        List<String> full = new ArrayList<>(cmd);
        full.add(1, "--enable-native-access=ALL-UNNAMED");
        Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(2, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    private static List<Integer> versions(Path jar) throws IOException {
        List<Integer> versions = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().endsWith(".class") && !e.getName().endsWith("module-info.class")) {
                    byte[] head = in.readNBytes(8);
                    versions.add((head[6] & 0xff) << 8 | (head[7] & 0xff));
                }
            }
        }
        return versions;
    }

    private static List<String> names(Path jar) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }
}
