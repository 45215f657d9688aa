package com.replyguard.bench;

/** Seller drafts of a given length from a rotating mix of clean and offending sentences in the three languages. */
final class SampleDrafts {
    private static final String[] SENTENCES = {
        "Hi Sarah, thanks for your message about order 114-3941689-8772232.",
        "Sorry the lamp arrived with a cracked shade; a replacement is on its way through Amazon.",
        "You can follow the parcel in Your Orders, tracking 1Z999AA10123456784.",
        "If you prefer a refund, please start a return from Your Orders and Amazon will email the label.",
        "The bulb takes E27 fittings up to 60 W and the shade is 30 cm wide.",
        "Give us five stars and we will send you a free extra bulb.",
        "Visit brightlamps dot com slash support for videos.",
        "Maaf atas kesulitan, bungkusan anda akan sampai dalam 2-3 hari.",
        "অসুবিধার জন্য দুঃখিত, আমাজনের মাধ্যমে রিটার্ন করুন।",
        "Message us on WhatsApp +60 12-345 6789 for faster help.",
    };

    private SampleDrafts() {
    }

    static String[] drafts(int length, int count) {
        String[] out = new String[count];
        for (int d = 0; d < count; d++) {
            StringBuilder sb = new StringBuilder();
            for (int k = d; sb.length() < length; k++) {
                sb.append(SENTENCES[k % SENTENCES.length]).append(' ');
            }
            out[d] = sb.substring(0, length);
        }
        return out;
    }
}
