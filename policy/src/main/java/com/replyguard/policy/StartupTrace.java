package com.replyguard.policy;

/**
 * Start-up checkpoints for measuring where a one-shot command's time goes (issue #17): with the environment variable
 * {@code REPLYGUARD_TRACE_STARTUP} set, {@link #mark} prints one line per checkpoint to standard error, giving the
 * milliseconds since the JVM started (from the process's start time) and since the previous checkpoint, and the
 * thread. Without it, a mark costs one field read.
 *
 * <p>Thread safety: thread-safe.
 */
public final class StartupTrace {
    private static final boolean ON = System.getenv("REPLYGUARD_TRACE_STARTUP") != null;
    private static final long START_NANOS = System.nanoTime();
    /** Milliseconds from the process's start to this class's, on Linux (10 ms steps); else 0. */
    private static final long SINCE_PROCESS_START = ON ? sinceProcessStart() : 0;
    private static long last = START_NANOS;

    private StartupTrace() {
    }

    /** Whether checkpoints are printed. */
    public static boolean on() {
        return ON;
    }

    /** Prints a checkpoint named {@code what} when tracing is on. */
    public static void mark(String what) {
        if (!ON) {
            return;
        }
        synchronized (StartupTrace.class) {
            long now = System.nanoTime();
            long sinceJvm = SINCE_PROCESS_START + (now - START_NANOS) / 1_000_000;
            System.err.printf("[startup] %6d ms  +%5d ms  %-24s %s (thread cpu %d ms)%n", sinceJvm,
                    (now - last) / 1_000_000, Thread.currentThread().getName(), what, threadCpuMillis());
            last = now;
        }
    }

    /**
     * When tracing is on, prints the CPU time (user + system) of each of the process's threads so far, busiest
     * first, from /proc/self/task (Linux): the JIT compiler, the garbage collector and the JVM's own threads too.
     */
    public static void threadTimes() {
        if (!ON) {
            return;
        }
        java.util.List<String> lines = new java.util.ArrayList<>();
        try (var tasks = java.nio.file.Files.newDirectoryStream(java.nio.file.Path.of("/proc/self/task"))) {
            for (java.nio.file.Path task : tasks) {
                try {
                    String stat = java.nio.file.Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long ms = (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10; // utime, stime (fields 14, 15)
                    if (ms > 0) {
                        lines.add(String.format("[startup] cpu %6d ms  %s", ms, name));
                    }
                } catch (java.io.IOException | RuntimeException e) {
                    // a thread that ended meanwhile
                }
            }
        } catch (java.io.IOException e) {
            return;
        }
        lines.sort(java.util.Comparator.comparingLong((String l) -> Long.parseLong(l.substring(14, 20).trim())).reversed());
        lines.forEach(System.err::println);
    }

    /** The calling thread's CPU time so far in milliseconds, from /proc/thread-self/schedstat (Linux), else -1. */
    private static long threadCpuMillis() {
        try {
            String s = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/thread-self/schedstat"));
            return Long.parseLong(s.substring(0, s.indexOf(' '))) / 1_000_000;
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }

    /** /proc/uptime (seconds since boot) less the process's start in /proc/self/stat (clock ticks since boot). */
    private static long sinceProcessStart() {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long startTicks = Long.parseLong(fields[19]); // field 22 of the whole line
            String uptime = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/uptime"));
            double up = Double.parseDouble(uptime.substring(0, uptime.indexOf(' ')));
            return Math.max(0, Math.round(up * 1000) - startTicks * 10);
        } catch (java.io.IOException | RuntimeException e) {
            return 0;
        }
    }
}
