package com.replyguard.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged distribution's launcher ({@code app/src/dist/bin/replyguard}) in a fake installation with a fake JDK 25
 * whose {@code java} records its arguments: the JVM options it starts a command with (quick JIT and no profile replay
 * for one-shot commands only; a class-data-sharing archive until the AOT cache is trained, then the cache; a cache
 * older than a jar not used), the installation found through a symbolic link, and the arguments passed on as given.
 */
class DistLauncherTest {
    private static final Path LAUNCHER = Path.of(System.getProperty("user.dir")).resolve("src/dist/bin/replyguard");

    @TempDir
    Path dir;
    Path app;
    Path jdk;

    @BeforeEach
    void fakeInstallationAndJdk() throws IOException {
        app = Files.createDirectories(dir.resolve("opt/replyguard"));
        Files.writeString(dir.resolve("meminfo"), "MemTotal:       8388608 kB\n");
        Path bin = Files.createDirectories(app.resolve("bin"));
        Files.copy(LAUNCHER, bin.resolve("replyguard"));
        executable(bin.resolve("replyguard"));
        Files.writeString(app.resolve("replyguard.jar"), "jar");
        Files.createDirectories(app.resolve("lib"));
        Files.writeString(app.resolve("lib/picocli.jar"), "jar");
        old(app.resolve("replyguard.jar"));
        old(app.resolve("lib/picocli.jar"));
        jdk = Files.createDirectories(dir.resolve("jdk"));
        Files.createDirectories(jdk.resolve("bin"));
        Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"25.0.1\"\nJAVA_RUNTIME_VERSION=\"25.0.1+8-test\"\n");
        Files.writeString(jdk.resolve("bin/java"), """
                #!/usr/bin/env bash
                echo "$*" >>"$(dirname "$0")/../calls"
                for a in "$@"; do
                  case "$a" in -XX:AOTCacheOutput=*) printf '\\xa2\\xab\\x0b\\xf0 a cache' >"${a#*=}" ;; esac
                done
                """);
        executable(jdk.resolve("bin/java"));
    }

    /** A command may have started a background training run: it ends before the temporary folder is removed. */
    @AfterEach
    void awaitBackgroundTraining() throws Exception {
        Path cds = app.resolve("cds");
        for (int i = 0; i < 300 && Files.isDirectory(cds); i++) {
            try (var files = Files.list(cds)) {
                if (files.noneMatch(f -> f.getFileName().toString().endsWith(".lock"))) {
                    break;
                }
            }
            Thread.sleep(100);
        }
        Thread.sleep(200); // the run's last writes (its lock is removed last)
    }

    @Test
    void aOneShotCheckStartsOnTheArchiveThenOnTheTrainedCache() throws Exception {
        Path jsa = app.resolve("cds/replyguard-java25.0.1_8-test.jsa");
        Path aot = app.resolve("cds/replyguard-java25.0.1_8-test.aot");
        String first = run(app.resolve("bin/replyguard"), "check", "-m", "amazon", "hi there");
        assertTrue(first.startsWith("-XX:+UseSerialGC -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=" + jsa), first);
        assertTrue(first.contains("-XX:TieredStopAtLevel=1 -XX:NewRatio=1 -XX:+UnlockDiagnosticVMOptions -XX:-AOTReplayTraining"), first);
        assertTrue(first.endsWith("-jar " + app.resolve("replyguard.jar") + " check -m amazon hi there"), first);
        awaitTraining(aot);
        assertTrue(Files.readString(jdk.resolve("calls")).contains("-cp " + app.resolve("replyguard.jar")
                + " com.replyguard.app.AotTraining"), "one training run in the background");

        String second = run(app.resolve("bin/replyguard"), "check", "-m", "amazon", "hi there");
        assertTrue(second.startsWith("-XX:+UseSerialGC -XX:AOTCache=" + aot + " -Xlog:aot=off -Xlog:cds=off"), second);
        assertFalse(second.contains("SharedArchiveFile"), second);

        old(aot);
        Files.setLastModifiedTime(app.resolve("lib/picocli.jar"), FileTime.fromMillis(System.currentTimeMillis()));
        String upgraded = run(app.resolve("bin/replyguard"), "check", "hi");
        assertFalse(upgraded.contains("AOTCache="), "a cache older than a jar is not used: " + upgraded);
    }

    @Test
    void longRunningAndBatchCommandsKeepTheTieredCompiler() throws Exception {
        for (List<String> args : List.of(List.of("bot"), List.of("check", "--jsonl"), List.of("--data", "check", "serve"))) {
            String call = run(app.resolve("bin/replyguard"), args.toArray(String[]::new));
            assertFalse(call.contains("TieredStopAtLevel"), args + ": " + call);
            assertTrue(call.endsWith("replyguard.jar " + String.join(" ", args)), call);
        }
        assertTrue(run(app.resolve("bin/replyguard"), "--version").contains("-XX:TieredStopAtLevel=1"));
    }

    @Test
    void theInstallationIsFoundThroughASymbolicLink() throws Exception {
        Path link = Files.createDirectories(dir.resolve("usr/local/bin")).resolve("replyguard");
        Files.createSymbolicLink(link, app.resolve("bin/replyguard"));
        String call = run(link, "ask", "what is allowed?");
        assertTrue(call.endsWith("-jar " + app.resolve("replyguard.jar") + " ask what is allowed?"), call);
    }

    /** Runs the launcher with the fake JDK and returns the arguments its {@code exec java} was given. */
    private String run(Path launcher, String... args) throws Exception {
        Process p = launcher(launcher, args).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        List<String> calls = Files.readAllLines(jdk.resolve("calls"));
        // the last call that runs the jar: the exec (a background training run uses -cp, never -jar)
        for (int i = calls.size() - 1; i >= 0; i--) {
            if (calls.get(i).contains(" -jar ")) {
                return calls.get(i);
            }
        }
        throw new AssertionError("no -jar call in " + calls);
    }

    private ProcessBuilder launcher(Path launcher, String... args) {
        List<String> command = new java.util.ArrayList<>(List.of("bash", launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().put("JAVA_HOME", jdk.toString());
        pb.environment().put("HOME", dir.toString());
        pb.environment().put("REPLYGUARD_THP", "0");
        // the machine's memory is not this test's input: roomy (8 GB, no control-group limit)
        pb.environment().put("REPLYGUARD_MEMINFO", dir.resolve("meminfo").toString());
        pb.environment().put("REPLYGUARD_CGROUP_MEMORY", dir.resolve("no-cgroup-file").toString());
        for (String v : List.of("REPLYGUARD_AOT", "REPLYGUARD_CDS", "REPLYGUARD_CDS_DIR", "REPLYGUARD_JAVA_OPTS",
                "XDG_CACHE_HOME")) {
            pb.environment().remove(v);
        }
        return pb;
    }

    private void awaitTraining(Path aot) throws InterruptedException {
        Path lock = Path.of(aot + ".lock");
        for (int i = 0; i < 300 && (Files.exists(lock) || !Files.exists(aot)); i++) {
            Thread.sleep(100);
        }
        assertFalse(Files.exists(lock), "the training run finished");
        assertTrue(Files.exists(aot), "the training run wrote the cache");
    }

    private static void executable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static void old(Path file) throws IOException {
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
    }
}
