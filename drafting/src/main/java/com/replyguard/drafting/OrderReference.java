package com.replyguard.drafting;

import com.replyguard.policy.analysis.Language;
import java.util.Locale;

/**
 * "order {order_id}" where the message gave no order id reads as "your order" ("আপনার অর্ডার", "pesanan anda"): the
 * buyer knows which order they wrote about, and the marketplace shows the message on that order, so the draft need
 * not wait for the agent to look the number up. Only the reply body's own wording around the placeholder changes.
 */
final class OrderReference {
    private OrderReference() {
    }

    /**
     * Rewrites the text before an unfilled {@code {order_id}} (in {@code out}) so it reads without the number;
     * returns how many characters of the body after the placeholder were used up, or -1 when the wording around it
     * is not one this knows (the placeholder then stays a blank to fill).
     */
    static int omit(StringBuilder out, String body, int after, Language language) {
        String rest = body.substring(after);
        return switch (language) {
            case BN -> bengali(out, rest);
            case MS -> malay(out, rest);
            default -> english(out);
        };
    }

    private static int english(StringBuilder out) {
        if (!endsWith(out, "order ")) {
            return -1;
        }
        boolean capital = out.charAt(out.length() - 6) == 'O';
        out.setLength(out.length() - 6);
        if (endsWith(out, "your ")) {
            out.append("order");
        } else {
            out.append(capital ? "Your order" : "your order");
        }
        return 0;
    }

    private static int bengali(StringBuilder out, String rest) {
        if (!endsWith(out, "অর্ডার ")) {
            return -1;
        }
        out.setLength(out.length() - "অর্ডার ".length());
        if (!endsWith(out, "আপনার ")) {
            out.append("আপনার ");
        }
        if (rest.startsWith("-এর")) {
            out.append("অর্ডারের");
            return 3;
        }
        if (rest.startsWith("-এ")) {
            out.append("অর্ডারে");
            return 2;
        }
        out.append("অর্ডার");
        return 0;
    }

    private static int malay(StringBuilder out, String rest) {
        if (!endsWith(out, "pesanan ")) {
            return -1;
        }
        out.setLength(out.length() - 1);
        if (!rest.startsWith(" anda")) {
            out.append(" anda");
        }
        return 0;
    }

    private static boolean endsWith(StringBuilder out, String word) {
        int start = out.length() - word.length();
        if (start < 0 || !out.substring(start).toLowerCase(Locale.ROOT).equals(word)) {
            return false;
        }
        return start == 0 || !Character.isLetter(out.charAt(start - 1));
    }
}
