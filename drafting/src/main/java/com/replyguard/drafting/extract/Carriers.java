package com.replyguard.drafting.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Recognises tracking numbers of common carriers in a token (or a short run of digit groups, for USPS). */
final class Carriers {
    record Match(String number, String carrier, int tokensUsed) {
    }

    private record Format(Pattern pattern, String carrier) {
    }

    /** Formats that identify themselves; checked in order. */
    private static final List<Format> FORMATS = List.of(
            new Format(Pattern.compile("1Z[0-9A-Z]{16}"), "UPS"),
            new Format(Pattern.compile("TBA\\d{12}"), "Amazon Logistics"),
            new Format(Pattern.compile("LP\\d{14,16}"), "Cainiao"),
            new Format(Pattern.compile("YT\\d{16}"), "YunExpress"),
            new Format(Pattern.compile("JD\\d{16,18}"), "DHL"),
            new Format(Pattern.compile("GM\\d{16,22}"), "DHL eCommerce"),
            new Format(Pattern.compile("JT\\d{10,13}"), "J&T Express"),
            new Format(Pattern.compile("SPX[A-Z]{2}\\d{9,14}"), "Shopee Express"),
            new Format(Pattern.compile("NV[A-Z]{2}[A-Z0-9]{8,14}"), "Ninja Van"),
            new Format(Pattern.compile("9[2-5]\\d{18,24}"), "USPS"));
    /** UPU S10 numbers (two letters, nine digits, country): the country names the postal operator. */
    private static final Pattern S10 = Pattern.compile("[A-Z]{2}\\d{9}[A-Z]{2}");
    private static final Map<String, String> POSTS = Map.ofEntries(
            Map.entry("GB", "Royal Mail"), Map.entry("CN", "China Post"), Map.entry("MY", "Pos Malaysia"),
            Map.entry("US", "USPS"), Map.entry("BD", "Bangladesh Post"), Map.entry("SG", "SingPost"),
            Map.entry("HK", "Hongkong Post"), Map.entry("DE", "Deutsche Post"), Map.entry("IN", "India Post"),
            Map.entry("AU", "Australia Post"), Map.entry("CA", "Canada Post"));
    private static final Pattern BARE_DIGITS = Pattern.compile("\\d{10,15}");
    /** Words before a bare number that make it a tracking number, with the carrier they imply (if any). */
    private static final Map<String, String> CONTEXT = Map.ofEntries(
            Map.entry("dhl", "DHL"), Map.entry("fedex", "FedEx"), Map.entry("j&t", "J&T Express"),
            Map.entry("jnt", "J&T Express"), Map.entry("ups", "UPS"), Map.entry("usps", "USPS"),
            Map.entry("poslaju", "Pos Malaysia"), Map.entry("tracking", ""), Map.entry("track", ""),
            Map.entry("awb", ""), Map.entry("ট্র্যাকিং", ""), Map.entry("penjejakan", ""),
            Map.entry("pengesanan", ""), Map.entry("consignment", ""));
    private static final Set<String> DIGIT_GROUP_STARTS = Set.of("92", "93", "94", "95");

    /** The tracking number at token {@code i} ({@code upper} is its upper-cased text), or null. */
    Match match(List<Token> tokens, int i, String upper) {
        for (Format f : FORMATS) {
            if (f.pattern().matcher(upper).matches()) {
                return new Match(upper, f.carrier(), 1);
            }
        }
        if (S10.matcher(upper).matches()) {
            return new Match(upper, POSTS.getOrDefault(upper.substring(11), "Postal service"), 1);
        }
        Match grouped = groupedUsps(tokens, i);
        if (grouped != null) {
            return grouped;
        }
        if (BARE_DIGITS.matcher(upper).matches()) {
            String carrier = contextCarrier(tokens, i);
            if (carrier != null) {
                return new Match(upper, carrier.isEmpty() ? "" : carrier, 1);
            }
        }
        return null;
    }

    /** USPS numbers are often printed in groups of four: "9400 1000 0000 0000 0000 00". */
    private static Match groupedUsps(List<Token> tokens, int i) {
        Token first = tokens.get(i);
        if (first.text().length() != 4 || !first.isDigits() || !DIGIT_GROUP_STARTS.contains(first.text().substring(0, 2))) {
            return null;
        }
        StringBuilder digits = new StringBuilder(first.text());
        int j = i + 1;
        while (j < tokens.size() && j - i < 8 && tokens.get(j).isDigits() && tokens.get(j).text().length() <= 4
                && digits.length() + tokens.get(j).text().length() <= 26) {
            digits.append(tokens.get(j).text());
            j++;
        }
        return digits.length() >= 20 ? new Match(digits.toString(), "USPS", j - i) : null;
    }

    private static String contextCarrier(List<Token> tokens, int i) {
        String found = null;
        for (int j = Math.max(0, i - 3); j < i; j++) {
            String c = CONTEXT.get(tokens.get(j).lower());
            if (c != null && (found == null || found.isEmpty())) {
                found = c;
            }
        }
        return found;
    }
}
