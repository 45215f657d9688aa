package com.replyguard.drafting;

import com.replyguard.drafting.extract.Entities;
import com.replyguard.policy.analysis.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fills a reply body's {@code {placeholders}} from what is known. An unknown value becomes a visible marker
 * ({@code [ORDER ID]}) and is listed as needing input; a missing buyer name in the greeting line becomes a polite
 * generic form instead ("Hi there"), a missing carrier "the carrier", a missing product "item" (every shipped
 * reply writes "the/your {product}"; Bengali "পণ্যটি", Malay "barang") and a missing order id "your order"
 * ({@link OrderReference}), because those still read well.
 */
final class TemplateFiller {
    record Filled(String text, List<String> needsInput) {
    }

    Filled fill(String body, Map<String, String> values, Language language) {
        StringBuilder out = new StringBuilder(body.length() + 32);
        List<String> needs = new ArrayList<>();
        int firstLineEnd = body.indexOf('\n') < 0 ? body.length() : body.indexOf('\n');
        int i = 0;
        int skip;
        while (i < body.length()) {
            char c = body.charAt(i);
            int close = c == '{' ? body.indexOf('}', i + 1) : -1;
            if (close > i + 1 && close - i <= 32 && isName(body, i + 1, close)) {
                String name = body.substring(i + 1, close);
                String value = values.get(name);
                if (value != null && !value.isBlank()) {
                    out.append(value);
                } else if (name.equals(Entities.BUYER_NAME) && i < firstLineEnd) {
                    out.append(genericName(out, language));
                } else if (name.equals(Entities.CARRIER)) {
                    out.append(genericCarrier(out, language));
                } else if (name.equals(Entities.PRODUCT)) {
                    out.append(genericProduct(language));
                } else if (name.equals(Entities.ORDER_ID) && (skip = OrderReference.omit(out, body, close + 1, language)) >= 0) {
                    i = close + 1 + skip;
                    continue;
                } else {
                    out.append(marker(name));
                    if (!needs.contains(name)) {
                        needs.add(name);
                    }
                }
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return new Filled(out.toString(), needs);
    }

    /** The visible marker for an unfilled placeholder: {@code order_id} gives {@code [ORDER ID]}. */
    /** The visible marker for a placeholder nothing could fill: {@code order_id} becomes {@code [ORDER ID]}. */
    static String marker(String name) {
        return "[" + name.replace('_', ' ').toUpperCase(Locale.ROOT) + "]";
    }

    private static boolean isName(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z') && c != '_') {
                return false;
            }
        }
        return true;
    }

    /** "the carrier" reads naturally where the message named none; capitalised at the start of a sentence. */
    private static String genericCarrier(StringBuilder before, Language language) {
        return switch (language) {
            case MS -> "syarikat penghantaran";
            case BN -> "কুরিয়ার";
            default -> {
                String b = before.toString().stripTrailing();
                boolean start = b.isEmpty() || b.endsWith(".") || b.endsWith("!") || b.endsWith("?") || b.endsWith("\n")
                        || before.length() > 0 && before.charAt(before.length() - 1) == '\n';
                yield start ? "The carrier" : "the carrier";
            }
        };
    }

    private static String genericProduct(Language language) {
        return switch (language) {
            case MS -> "barang";
            case BN -> "পণ্যটি";
            default -> "item";
        };
    }

    private static String genericName(StringBuilder before, Language language) {
        return switch (language) {
            case MS -> "pelanggan";
            case BN -> "গ্রাহক";
            default -> {
                String lower = before.toString().toLowerCase(Locale.ROOT).strip();
                yield lower.endsWith("hi") || lower.endsWith("hello") || lower.endsWith("hey") ? "there" : "customer";
            }
        };
    }
}
