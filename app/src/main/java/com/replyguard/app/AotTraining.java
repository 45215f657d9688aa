package com.replyguard.app;

/**
 * The training run of the launchers' AOT cache (scripts/lib.sh {@code aot_train}; JDK 25's
 * {@code -XX:AOTCacheOutput}): one JVM runs the one-shot checks users run, in English, Bengali and Malay, with the
 * text report and with JSON, so the cache holds the classes and method profiles of every language's path (its
 * analysis chain, stemmer and lexicons), not just the first one's. Output is discarded; the exit status is that of
 * the first check that failed, else 0. Usage: {@code java -XX:AOTCacheOutput=FILE -cp replyguard.jar
 * com.replyguard.app.AotTraining DATA_DIR}.
 */
public final class AotTraining {
    /** Drafts with something to find in each language, as a check of a real reply would. */
    static final java.util.List<String> DRAFTS = java.util.List.of(
            "Thanks for your order! Please leave us a 5-star review and WhatsApp me at +60 12-345 6789 for a refund.",
            "আপনার অর্ডারের জন্য ধন্যবাদ! দয়া করে ৫ স্টার রিভিউ দিন, আর টাকা ফেরতের জন্য হোয়াটসঅ্যাপে যোগাযোগ করুন।",
            "Terima kasih atas pesanan anda! Sila beri ulasan 5 bintang dan WhatsApp saya untuk bayaran balik.");

    private AotTraining() {
    }

    public static void main(String[] args) throws java.io.IOException, java.sql.SQLException {
        String data = args[0];
        Main.prepareProcess();
        seedReports(java.nio.file.Path.of(data, "knowledge.db"));
        int status = 0;
        for (String draft : DRAFTS) {
            status = first(status, Main.run(new String[] {"check", "--data", data, "-m", "amazon", draft}));
        }
        status = first(status, Main.run(new String[] {"check", "--data", data, "--json", "-m", "shopee", DRAFTS.get(2)}));
        System.exit(status);
    }

    /**
     * Gives the launcher's empty training knowledge.db a reports table with one approved false alarm, so each
     * check's read of the team's allowances runs its query and applies an allowance, as in a data directory in use,
     * and those classes are in the cache too (an empty database has no table: the read stopped before the query).
     * A file that is not empty is left alone.
     */
    static void seedReports(java.nio.file.Path db) throws java.io.IOException, java.sql.SQLException {
        if (!java.nio.file.Files.isRegularFile(db) || java.nio.file.Files.size(db) != 0) {
            return;
        }
        try (java.sql.Connection c = new org.sqlite.SQLiteConfig().createConnection("jdbc:sqlite:" + db.toAbsolutePath());
             java.sql.Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE reports (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, rule TEXT, "
                    + "text TEXT NOT NULL, status TEXT NOT NULL)");
            s.executeUpdate("INSERT INTO reports (kind, rule, text, status) VALUES "
                    + "('false_alarm', 'common.overpromise', 'We are open 24/7.', 'approved')");
        }
    }

    private static int first(int so, int now) {
        return so != 0 ? so : now;
    }
}
