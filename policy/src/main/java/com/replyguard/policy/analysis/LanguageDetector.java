package com.replyguard.policy.analysis;

import java.util.Locale;
import java.util.Set;

/** Tells English, Bengali and Malay apart by script, then by common words. */
public final class LanguageDetector {
    private static final Set<String> MALAY = Set.of("saya", "anda", "kami", "tidak", "dan", "untuk", "dengan",
            "sila", "boleh", "pesanan", "barang", "bila", "akan", "sudah", "belum", "mahu", "terima", "kasih", "yang");

    public Language detect(String text) {
        if (text == null || text.isBlank()) {
            return Language.OTHER;
        }
        int bengali = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            if (s == Character.UnicodeScript.BENGALI) {
                bengali++;
            } else if (s == Character.UnicodeScript.LATIN) {
                latin++;
            }
            i += Character.charCount(cp);
        }
        if (bengali > 0 && bengali >= latin / 3) {
            return Language.BN;
        }
        if (latin == 0) {
            return Language.OTHER;
        }
        int malay = 0;
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (MALAY.contains(w)) {
                malay++;
            }
        }
        return malay > 0 ? Language.MS : Language.EN;
    }
}
