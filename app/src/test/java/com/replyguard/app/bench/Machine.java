package com.replyguard.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** What the figures were measured on: CPUs, memory, JDK, OS, and the resident memory of processes. */
public final class Machine {
    private Machine() {
    }

    /** One line per fact, for the report's header. */
    public static List<String> describe() {
        Runtime rt = Runtime.getRuntime();
        return List.of(
                "CPU: " + rt.availableProcessors() + " cores available to the JVM (" + cpuModel() + ")",
                "Memory: " + mib(memTotalBytes()) + " MiB total (this JVM: max heap " + mib(rt.maxMemory()) + " MiB)",
                "JDK: " + System.getProperty("java.vm.vendor") + " " + Runtime.version() + " ("
                        + System.getProperty("java.vm.name") + ")",
                "OS: " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                "Load average (1, 5, 15 min) when the report was written: " + loadAverage()
                        + " (other work on the machine slows every figure)");
    }

    /** Resident set size of a process in bytes (Linux /proc), or -1 where unknown. */
    public static long rssBytes(long pid) {
        return kib(statusField(pid, "VmRSS:"));
    }

    /** Peak resident set size of a process in bytes (Linux /proc), or -1 where unknown. */
    public static long peakRssBytes(long pid) {
        return kib(statusField(pid, "VmHWM:"));
    }

    /** Number of threads of a process (Linux /proc), or -1 where unknown. */
    public static long threads(long pid) {
        return statusField(pid, "Threads:");
    }

    public static long selfPid() {
        return ProcessHandle.current().pid();
    }

    public static long mib(long bytes) {
        return bytes < 0 ? -1 : bytes / (1024 * 1024);
    }

    private static long statusField(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux, or the process is gone: the figure is simply unknown.
        }
        return -1;
    }

    private static long kib(long value) {
        return value < 0 ? -1 : value * 1024;
    }

    private static long memTotalBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // Unknown outside Linux.
        }
        return -1;
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + ", " + f[1] + ", " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.toLowerCase(Locale.ROOT).startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            // Unknown outside Linux.
        }
        return "model unknown";
    }
}
