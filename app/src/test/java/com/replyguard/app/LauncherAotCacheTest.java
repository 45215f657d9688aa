package com.replyguard.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launchers' AOT cache (scripts/lib.sh {@code aot_opts}): used only when it is this JDK's, newer than every jar
 * and really a cache; otherwise made again by one background training run (com.replyguard.app.AotTraining). A
 * fake JDK 25 (a release file and a {@code java} script that records its arguments and writes a cache) stands in for
 * the training, so these run in a second. Then the real JVM: a damaged cache changes nothing a check prints.
 */
class LauncherAotCacheTest {
    private static final Path LIB_SH = Path.of(System.getProperty("user.dir")).resolve("../scripts/lib.sh").normalize();

    @TempDir
    Path dir;
    Path jdk;
    Path jar;
    Path lib;
    Path cache;

    @BeforeEach
    void fakeJdkAndJars() throws IOException {
        jdk = Files.createDirectories(dir.resolve("jdk/bin"));
        Files.writeString(dir.resolve("jdk/release"), "JAVA_VERSION=\"25.0.1\"\nJAVA_RUNTIME_VERSION=\"25.0.1+8-test\"\n");
        Path java = jdk.resolve("java");
        Files.writeString(java, """
                #!/usr/bin/env bash
                echo "$*" >>"$(dirname "$0")/../calls"
                for a in "$@"; do
                  case "$a" in -XX:AOTCacheOutput=*) printf '\\xa2\\xab\\x0b\\xf0 a cache' >"${a#*=}" ;; esac
                done
                """);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(Files.writeString(jdk.resolve("javac"), ""), PosixFilePermissions.fromString("rwxr-xr-x"));
        jar = Files.writeString(dir.resolve("replyguard.jar"), "jar");
        lib = Files.createDirectories(dir.resolve("lib"));
        Files.writeString(lib.resolve("picocli.jar"), "jar");
        setTime(jar, -3600);
        setTime(lib.resolve("picocli.jar"), -3600);
        cache = dir.resolve("replyguard-25.0.1_8-test.aot");
    }

    @Test
    void aMissingCacheIsTrainedOnChecksInEveryLanguageThenUsed() throws Exception {
        assertEquals("", aotOpts(""), "no cache yet: a plain start");
        awaitTraining();
        assertTrue(Files.readString(dir.resolve("jdk/calls")).contains("-cp " + jar + " com.replyguard.app.AotTraining"));
        assertEquals("-XX:AOTCache=" + cache + "\n-Xlog:aot=off\n-Xlog:cds=off\n", aotOpts(""));
        assertEquals("", aotOpts("REPLYGUARD_AOT=0"), "turned off");
    }

    @Test
    void aCacheOlderThanAJarIsNotUsedAndMadeAgain() throws Exception {
        Files.write(cache, new byte[] {(byte) 0xa2, (byte) 0xab, 0x0b, (byte) 0xf0, 'o', 'l', 'd'});
        setTime(cache, -60);
        setTime(lib.resolve("picocli.jar"), 0); // a rebuilt library, newer than the cache
        assertEquals("", aotOpts(""));
        awaitTraining();
        assertEquals(" a cache", Files.readString(cache, StandardCharsets.ISO_8859_1).substring(4));
    }

    @Test
    void aDamagedCacheIsNotUsedAndMadeAgain() throws Exception {
        Files.writeString(cache, "not a cache at all");
        assertEquals("", aotOpts(""));
        awaitTraining();
        assertTrue(Files.readString(cache, StandardCharsets.ISO_8859_1).endsWith(" a cache"));
        assertTrue(aotOpts("").startsWith("-XX:AOTCache=" + cache));
    }

    @Test
    void anotherJdksCacheIsNeverUsed() throws Exception {
        Path other = dir.resolve("replyguard-25.0.2_1-other.aot");
        Files.write(other, new byte[] {(byte) 0xa2, (byte) 0xab, 0x0b, (byte) 0xf0});
        assertEquals("", aotOpts(""), "each JDK build has its own cache");
        awaitTraining();
        assertTrue(aotOpts("").startsWith("-XX:AOTCache=" + cache));
    }

    /** One-shot commands run on C1 alone and, on JDK 25, without replaying the cache's profiles; others as they were. */
    @Test
    void oneShotCommandsSkipTheProfileReplayOnJdk25Only() throws Exception {
        String quick = "-XX:TieredStopAtLevel=1\n-XX:NewRatio=1\n-XX:+UnlockDiagnosticVMOptions\n-XX:-AOTReplayTraining\n";
        assertEquals(quick, shell("jit_opts check -m amazon hi"));
        assertEquals(quick, shell("jit_opts --data d draft hi"));
        assertEquals("", shell("jit_opts check --jsonl"));
        assertEquals("", shell("jit_opts bot"));
        Files.writeString(dir.resolve("jdk/release"), "JAVA_VERSION=\"21.0.5\"\n");
        assertEquals("-XX:TieredStopAtLevel=1\n-XX:NewRatio=1\n", shell("jit_opts check hi"), "a diagnostic option: JDK 25 only");
    }

    /**
     * Transparent huge pages for one-shot commands only, and only when the kernel hands them out on request
     * ({@code [madvise]}): with {@code [always]} every process has them, with {@code [never]} the JVM would warn.
     */
    @Test
    void oneShotCommandsAskForHugePagesWhenTheKernelGivesThemOnRequest() throws Exception {
        String quick = "-XX:TieredStopAtLevel=1\n-XX:NewRatio=1\n-XX:+UnlockDiagnosticVMOptions\n-XX:-AOTReplayTraining\n";
        Path sys = dir.resolve("thp-enabled");
        Files.writeString(sys, "always [madvise] never\n");
        String env = "REPLYGUARD_THP_SYSFILE='" + sys + "' ";
        assertEquals(quick + "-XX:+UseTransparentHugePages\n-Xlog:pagesize=off\n",
                shell(env + "jit_opts check -m amazon hi"));
        assertEquals("", shell(env + "jit_opts check --jsonl"), "batch commands keep the defaults");
        assertEquals("", shell(env + "jit_opts bot"));
        assertEquals(quick, shell(env + "REPLYGUARD_THP=0 jit_opts check hi"), "turned off");
        Files.writeString(sys, "[always] madvise never\n");
        assertEquals(quick, shell(env + "jit_opts check hi"), "every process has them already");
        Files.writeString(sys, "always madvise [never]\n");
        assertEquals(quick, shell(env + "jit_opts check hi"), "none to be had");
        Files.delete(sys);
        assertEquals(quick, shell(env + "jit_opts check hi"), "no such file (another kernel)");
    }

    /** The real JVM asked for huge pages (the launcher's option) prints what it prints without them. */
    @Test
    void hugePagesChangeNothingACheckPrints() throws Exception {
        assertArrayEquals(runCheck(List.of()), runCheck(List.of("-XX:+UseTransparentHugePages", "-Xlog:pagesize=off")));
        assertArrayEquals(runCheck(List.of()), runCheck(List.of("-XX:NewRatio=1")), "nor does the larger young generation");
    }

    /** The real JVM given a damaged cache (the launcher's options) prints what it prints without one. */
    @Test
    void aDamagedCacheChangesNothingACheckPrints() throws Exception {
        Path garbage = Files.writeString(dir.resolve("damaged.aot"), "not a cache at all");
        Path truncated = dir.resolve("truncated.aot");
        Files.write(truncated, new byte[] {(byte) 0xa2, (byte) 0xab, 0x0b, (byte) 0xf0, 1, 2, 3});
        String[] plain = runCheck(List.of());
        assertTrue(plain[0].contains("amazon"), plain[0]);
        for (Path bad : List.of(garbage, truncated)) {
            assertArrayEquals(plain, runCheck(List.of("-XX:AOTCache=" + bad, "-Xlog:aot=off", "-Xlog:cds=off")),
                    bad.toString());
        }
    }

    private String[] runCheck(List<String> options) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "--enable-native-access=ALL-UNNAMED"));
        cmd.addAll(options);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "com.replyguard.app.Main", "check", "--data",
                dir.resolve("data").toString(), "-m", "amazon", "Thanks for your order"));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("REPLYGUARD_TRACE_STARTUP");
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] err = p.getErrorStream().readAllBytes();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(2, TimeUnit.MINUTES));
        return new String[] {out, new String(err, StandardCharsets.UTF_8), Integer.toString(p.exitValue())};
    }

    /** What {@code aot_opts} prints with the fake JDK, after {@code env} (e.g. {@code REPLYGUARD_AOT=0}). */
    private String aotOpts(String env) throws Exception {
        return shell(env + " aot_opts '" + dir.resolve("replyguard.aot") + "' '" + jar + "' '" + lib + "'");
    }

    /** What {@code command} prints after sourcing lib.sh, with the fake JDK. */
    /** A /proc/meminfo stand-in with {@code kb} of memory. */
    private Path memInfo(long kb) throws java.io.IOException {
        Path f = dir.resolve("meminfo-" + kb);
        Files.writeString(f, "MemTotal:       " + kb + " kB\nMemFree:        1024 kB\n");
        return f;
    }

    /**
     * The larger young generation only where memory is roomy (2 GB or more, machine and control group): with a 128 MB
     * heap, the default on 512 MB, the halved old generation could not hold the learned model.
     */
    @Test
    void oneShotCommandsTakeTheLargerYoungGenerationOnlyWithRoomyMemory() throws Exception {
        String without = "-XX:TieredStopAtLevel=1\n-XX:+UnlockDiagnosticVMOptions\n-XX:-AOTReplayTraining\n";
        assertEquals(without, shell("REPLYGUARD_MEMINFO='" + memInfo(1L << 20) + "' jit_opts check hi"), "1 GB");
        Path cgroup = dir.resolve("memory.max");
        Files.writeString(cgroup, "536870912\n");
        assertEquals(without, shell("REPLYGUARD_CGROUP_MEMORY='" + cgroup + "' jit_opts check hi"), "a 512 MB container");
        Files.writeString(cgroup, "max\n");
        assertTrue(shell("REPLYGUARD_CGROUP_MEMORY='" + cgroup + "' jit_opts check hi").contains("-XX:NewRatio=1"),
                "no limit");
        Files.writeString(cgroup, "4294967296\n");
        assertTrue(shell("REPLYGUARD_CGROUP_MEMORY='" + cgroup + "' jit_opts check hi").contains("-XX:NewRatio=1"),
                "a 4 GB container");
        assertEquals(without, shell("REPLYGUARD_MEMINFO='" + dir.resolve("no-meminfo") + "' jit_opts check hi"),
                "unknown memory: the JVM's own default");
    }

    private String shell(String command) throws Exception {
        // The machine's own huge-page setting is not this test's input (thp_opts reads it unless told otherwise).
        // Nor is its memory: 8 GB and no control-group limit unless a test says otherwise.
        String script = ". '" + LIB_SH + "'; export JAVA_HOME='" + jdk.getParent() + "'; export REPLYGUARD_THP_SYSFILE='"
                + dir.resolve("no-thp-file") + "'; export REPLYGUARD_MEMINFO='" + memInfo(8L << 20) + "'; "
                + "export REPLYGUARD_CGROUP_MEMORY='" + dir.resolve("no-cgroup-file") + "'; " + command;
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true);
        pb.environment().remove("REPLYGUARD_AOT");
        pb.environment().remove("REPLYGUARD_CDS");
        pb.environment().remove("REPLYGUARD_JAVA_OPTS");
        pb.environment().remove("REPLYGUARD_THP");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    /** Waits for the background training run: its lock gone and a cache in place. */
    private void awaitTraining() throws InterruptedException {
        Path lock = Path.of(cache + ".lock");
        for (int i = 0; i < 300 && (Files.exists(lock) || !Files.exists(cache)); i++) {
            Thread.sleep(100);
        }
        assertFalse(Files.exists(lock), "the training run finished");
        assertTrue(Files.exists(cache), "the training run wrote the cache");
    }

    private static void setTime(Path file, long secondsFromNow) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(secondsFromNow)));
    }
}
