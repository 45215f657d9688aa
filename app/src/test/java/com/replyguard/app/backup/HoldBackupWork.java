package com.replyguard.app.backup;

import java.nio.file.Files;
import java.nio.file.Path;

/** A backup run frozen in the middle, for {@link LeftoverWorkTest}: claims a work folder, fills it, says so, waits. */
final class HoldBackupWork {
    private HoldBackupWork() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory(Path.of(args[0]), LeftoverWork.PREFIX);
        LeftoverWork.Running running = LeftoverWork.claim(work);
        Files.write(work.resolve("knowledge.db"), new byte[1 << 20]);
        System.out.println(work);
        System.out.flush();
        Thread.sleep(600_000); // killed by the test long before
        running.close();
    }
}
