package com.replyguard.policy.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {
    private final LanguageDetector detector = new LanguageDetector();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Sorry the lamp arrived broken, we will send a new one.|en",
        "Maaf, bungkusan anda rosak. Kami akan hantar yang baru.|ms",
        "Terima kasih atas pesanan anda|ms",
        "দুঃখিত, পণ্যটি ভাঙা এসেছে।|bn",
        "Order 113-5566778-9900112 শিপ হয়েছে, ধন্যবাদ|bn",
        "Dan from the team will help you with the return.|en",
        "Bagaimana proses pemulangan?|ms",
        "Bateri tahan berapa lama?|ms",
        "Tolong batalkan pesanan ini|ms",
        "Where is my parcel? It was due on Monday.|en",
        "How long does the battery last?|en",
        "注文ありがとうございます|und",
        "12345 !!!|und",
        "'   '|und",
    })
    void tellsLanguagesApart(String text, String code) {
        assertEquals(code, detector.detect(text).code());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "amar order ekhono ase nai, kobe pabo?|bn|latin",
        "5 star review dile 10% taka ferot dibo|bn|latin",
        "apnar product ta kal pathano hobe|bn|latin",
        "Please cancel kore courier ke direct taka den|bn|latin",
        "আপনার অর্ডার পাঠানো হয়েছে|bn|bengali",
        "Your order ships today, thanks for waiting.|en|latin",
        "klu bg 5 bintang kami bg free gift|ms|latin",
        "Barang akan sampai esok, terima kasih.|ms|latin",
    })
    void tellsBengaliInLatinLettersApart(String text, String code, String script) {
        Detection d = detector.detectWithScript(text);
        assertEquals(code, d.language().code(), text);
        assertEquals(script, d.script().code(), text);
    }
}
