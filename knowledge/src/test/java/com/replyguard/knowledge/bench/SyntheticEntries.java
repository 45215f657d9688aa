package com.replyguard.knowledge.bench;

import com.replyguard.knowledge.entry.Entry;
import com.replyguard.knowledge.entry.Intent;
import com.replyguard.knowledge.entry.Kind;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * The project's one generator of synthetic knowledge, for benchmarks, load and scale tests (knowledge's test-jar, so
 * the drafting, bot, app and bench modules share it): deterministic realistic-looking reply entries, the same
 * (i, seed) always giving the same entry, with varied vocabulary so the index has real posting lists, in English,
 * Bengali and Malay (every tenth entry from 8 and from 9); {@link #jsonl} writes one as an import line; {@link #words}
 * gives buyer-like English text from the same vocabulary.
 */
public final class SyntheticEntries {
    private static final String[] PRODUCTS = {"lamp", "kettle", "charger", "mug", "backpack", "headphones", "blender",
            "watch", "phone case", "desk fan", "rice cooker", "yoga mat", "torch", "scarf", "keyboard", "speaker"};
    private static final String[] PROBLEMS = {"arrived broken", "never arrived", "is the wrong colour", "stopped working",
            "is missing a part", "is late", "was charged twice", "does not fit", "smells odd", "has a scratch"};
    private static final String[] ASKS = {"Where is my", "I want a refund for my", "Can I return the", "Please replace the",
            "Why is my", "Help with the", "When will you ship the", "How do I use the"};
    private static final String[] BN = {"আমার পার্সেল কোথায়", "পণ্যটি ভাঙা এসেছে", "টাকা ফেরত চাই", "ভুল রঙ পাঠানো হয়েছে"};
    private static final String[] MS = {"Di mana bungkusan saya", "Barang sampai rosak", "Saya mahu bayaran balik", "Warna salah dihantar"};
    private static final Marketplace[] MARKETS = {Marketplace.AMAZON, Marketplace.EBAY, Marketplace.ALIEXPRESS, Marketplace.ALL};
    private static final Instant WHEN = Instant.parse("2026-11-22T00:00:00Z");

    private SyntheticEntries() {
    }

    public static List<Entry> entries(int n, long seed) {
        List<Entry> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(entry(i, seed));
        }
        return out;
    }

    public static Entry entry(int i, long seed) {
        Random r = new Random(seed * 1_000_003L + i);
        Intent intent = Intent.values()[r.nextInt(Intent.values().length)];
        Language lang = i % 10 == 8 ? Language.BN : i % 10 == 9 ? Language.MS : Language.EN;
        String product = PRODUCTS[r.nextInt(PRODUCTS.length)] + " model " + (char) ('A' + r.nextInt(26)) + r.nextInt(100);
        List<String> questions = new ArrayList<>();
        for (int q = 0; q < 3; q++) {
            questions.add(switch (lang) {
                case BN -> BN[r.nextInt(BN.length)] + " " + product + "?";
                case MS -> MS[r.nextInt(MS.length)] + " " + product + "?";
                default -> ASKS[r.nextInt(ASKS.length)] + " " + product + ", it " + PROBLEMS[r.nextInt(PROBLEMS.length)] + "?";
            });
        }
        String body = "Hi {buyer_name}, thank you for writing about order {order_id}. We are sorry the " + product + " "
                + PROBLEMS[r.nextInt(PROBLEMS.length)] + ". Please use the marketplace's own order page for the next step,"
                + " and we will follow up here within one business day. Kind regards, {agent_name}";
        String id = String.format(Locale.ROOT, "synthetic-%07d", i);
        return Entry.reply(id, intent).marketplaces(MARKETS[r.nextInt(MARKETS.length)]).language(lang)
                .title("Synthetic " + intent.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " #" + i)
                .questions(questions).body(body).tags(List.of("synthetic", product.split(" ")[0]))
                .group("synthetic-group-" + i).author("bench:synthetic").approver("bench:synthetic").at(WHEN).build();
    }

    /**
     * {@code n} words from the English vocabulary of the entries, frequent ones more often (a squared uniform gives a
     * rough Zipf-like skew: the question verbs and products are common, the model codes rare).
     */
    public static String words(SplittableRandom r, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            double u = r.nextDouble();
            b.append(i == 0 ? "" : " ").append(VOCABULARY.get((int) (u * u * VOCABULARY.size())));
        }
        return b.toString();
    }

    private static final List<String> VOCABULARY = vocabulary();

    /** The English words of the entries, most frequent first: asks, problems, products, then model codes. */
    private static List<String> vocabulary() {
        java.util.LinkedHashSet<String> words = new java.util.LinkedHashSet<>();
        for (String[] list : new String[][] {ASKS, PROBLEMS, PRODUCTS}) {
            for (String phrase : list) {
                for (String w : phrase.toLowerCase(Locale.ROOT).split(" ")) {
                    words.add(w);
                }
            }
        }
        for (char c = 'A'; c <= 'Z'; c++) {
            for (int k = 0; k < 100; k++) {
                words.add(String.valueOf(c) + k);
            }
        }
        return List.copyOf(words);
    }

    /** The entry as one JSONL line of the import format (docs/knowledge.md). */
    public static String jsonl(Entry e) {
        StringBuilder sb = new StringBuilder(512);
        sb.append("{\"id\":").append(q(e.id())).append(",\"kind\":\"reply\",\"marketplaces\":[")
                .append(q(e.marketplaces().getFirst().id())).append("],\"language\":").append(q(e.language().code()))
                .append(",\"intent\":").append(q(e.intent().name())).append(",\"topic\":null,\"title\":").append(q(e.title()))
                .append(",\"questions\":[");
        for (int i = 0; i < e.questions().size(); i++) {
            sb.append(i == 0 ? "" : ",").append(q(e.questions().get(i)));
        }
        sb.append("],\"body\":").append(q(e.body())).append(",\"tags\":[").append(q(e.tags().get(0))).append(',')
                .append(q(e.tags().get(1))).append("],\"source\":null,\"status\":\"approved\",\"group\":").append(q(e.group()))
                .append(",\"author\":").append(q(e.author())).append(",\"approver\":").append(q(e.approver()))
                .append(",\"version\":1,\"created\":\"").append(WHEN).append("\",\"updated\":\"").append(WHEN).append("\"}");
        return sb.toString();
    }

    private static String q(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
