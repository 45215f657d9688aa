package com.replyguard.bot.soak;

import java.io.PrintStream;

/** SIGKILL of {@code replyguard kb import} at random moments; wired once the knowledge store lands. */
final class ImportKills {
    private ImportKills() {
    }

    static void run(SoakMain.Settings s, PrintStream out, SoakMain.Totals totals) {
        out.println("import: not wired yet (waits for the knowledge store)");
    }
}
