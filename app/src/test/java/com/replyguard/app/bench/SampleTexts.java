package com.replyguard.app.bench;

import java.util.List;
import java.util.Random;

/**
 * Deterministic synthetic seller drafts and buyer messages for benchmarks and fuzzing: realistic sentences in English,
 * Bengali and Malay, clean ones mixed with risky ones (links, contacts, review incentives), cut to a target length.
 */
public final class SampleTexts {
    static final List<String> CLEAN = List.of(
            "Hi Maria, thank you for your patience while we looked into order 112-4456789-2234567.",
            "Your parcel left our warehouse on Monday and the tracking number is 1Z999AA10123456784.",
            "If anything is missing, please open a return from Your Orders and we will sort it out quickly.",
            "We are sorry the mug arrived chipped; a replacement is on its way at no cost to you.",
            "The charger supports 100 to 240 volts, so it works in the UK and in Malaysia.",
            "Kindly allow two more working days for the courier to update the status.",
            "আপনার অর্ডারটি আজ পাঠানো হয়েছে, ট্র্যাকিং নম্বর দিয়ে অবস্থান দেখতে পারবেন।",
            "ক্ষতিগ্রস্ত পণ্যের জন্য আমরা দুঃখিত, মার্কেটপ্লেসের রিটার্ন অপশন ব্যবহার করুন।",
            "Terima kasih kerana menunggu, bungkusan anda sudah dihantar semalam.",
            "Sila buat permintaan pemulangan melalui halaman pesanan anda dan kami akan bantu.");
    static final List<String> RISKY = List.of(
            "For faster help write to support@brightlamps-shop.com or WhatsApp +1 415 555 0199.",
            "Leave us five stars and we will refund 20% of the price straight away.",
            "Visit brightlamps dot com slash deals for our newest coupons.",
            "If you remove the negative feedback we will send you a free gift.",
            "You can pay by bank transfer or PayPal to skip the marketplace fee.",
            "আমাদের হোয়াটসঅ্যাপে মেসেজ করুন ০১৭১২৩৪৫৬৭৮, বিকাশে টাকা ফেরত দেব।",
            "Beri kami ulasan lima bintang dan kami beri baucar percuma untuk pesanan seterusnya.");
    static final List<String> BUYER = List.of(
            "Where is my order? It has been two weeks and nothing arrived.",
            "The package says delivered but I never got it.",
            "The glass arrived cracked, I want a replacement.",
            "You sent me the wrong colour, I ordered blue.",
            "Can I cancel my order please?",
            "How do I return this, it does not fit.",
            "When will I get my refund?",
            "আমার পার্সেল কবে আসবে? অর্ডার নম্বর 112-1234567-7654321",
            "Bila pesanan saya akan sampai? Sudah seminggu.",
            "Do I have to pay customs duties for this?");
    static final List<String> QUESTIONS = List.of(
            "Can I give a discount to a buyer who leaves a review?",
            "Is it allowed to share my phone number with a buyer?",
            "How big can an attachment be in buyer messages?",
            "ক্রেতাকে কি রিভিউ দিতে বলা যাবে?",
            "Bolehkah saya minta ulasan daripada pembeli?",
            "How fast must I answer buyer messages?");

    private SampleTexts() {
    }

    /** A draft of about {@code chars} characters; one sentence in five is risky. Same seed, same text. */
    public static String draft(long seed, int chars) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder(chars + 200);
        while (sb.length() < chars) {
            List<String> pool = r.nextInt(5) == 0 ? RISKY : CLEAN;
            sb.append(pool.get(r.nextInt(pool.size()))).append(' ');
        }
        return sb.substring(0, chars);
    }

    public static String buyerMessage(long seed) {
        return BUYER.get((int) Math.floorMod(seed, BUYER.size()));
    }

    public static String question(long seed) {
        return QUESTIONS.get((int) Math.floorMod(seed, QUESTIONS.size()));
    }

    /**
     * Hostile input for fuzzing: random code points from every plane, control and bidi characters, long runs of one
     * character, huge numbers, lone surrogates, markup, and mutations of realistic texts.
     */
    public static String fuzz(Random r) {
        int kind = r.nextInt(6);
        return switch (kind) {
            case 0 -> randomCodePoints(r, r.nextInt(400));
            case 1 -> String.valueOf((char) (r.nextBoolean() ? 'a' + r.nextInt(26) : 0x09E6 + r.nextInt(10))).repeat(r.nextInt(20_000));
            case 2 -> mutate(r, draft(r.nextLong(), 50 + r.nextInt(3000)));
            case 3 -> "\u202E" + BUYER.get(r.nextInt(BUYER.size())) + "\u0000\uD800" + "\r\n".repeat(r.nextInt(50));
            case 4 -> "http://" + "a.".repeat(r.nextInt(5000)) + "com @" + "x".repeat(r.nextInt(300)) + " +" + "9".repeat(r.nextInt(500));
            default -> "<b>" + "[".repeat(r.nextInt(200)) + "{\"json\": true}" + "%s%n%%" + "\\".repeat(r.nextInt(100));
        };
    }

    private static String randomCodePoints(Random r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int cp = switch (r.nextInt(4)) {
                case 0 -> r.nextInt(0x80);
                case 1 -> 0x0980 + r.nextInt(0x80);
                case 2 -> r.nextInt(0x110000);
                default -> 0x1F300 + r.nextInt(0x300);
            };
            if (Character.isValidCodePoint(cp)) {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    private static String mutate(Random r, String s) {
        StringBuilder sb = new StringBuilder(s);
        for (int i = 0, n = r.nextInt(20); i < n && sb.length() > 0; i++) {
            int at = r.nextInt(sb.length());
            switch (r.nextInt(3)) {
                case 0 -> sb.deleteCharAt(at);
                case 1 -> sb.insert(at, (char) r.nextInt(0x10000));
                default -> sb.insert(at, " dot com ");
            }
        }
        return sb.toString();
    }
}
