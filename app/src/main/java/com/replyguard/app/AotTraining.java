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

    public static void main(String[] args) {
        String data = args[0];
        int status = 0;
        for (String draft : DRAFTS) {
            status = first(status, Main.run(new String[] {"check", "--data", data, "-m", "amazon", draft}));
        }
        status = first(status, Main.run(new String[] {"check", "--data", data, "--json", "-m", "shopee", DRAFTS.get(2)}));
        System.exit(status);
    }

    private static int first(int so, int now) {
        return so != 0 ? so : now;
    }
}
