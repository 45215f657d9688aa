package com.replyguard.policy.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds phone numbers written with spaces, dashes, dots, brackets or a +country prefix, in any script's digits.
 * It leaves alone what support drafts are full of: order ids (Amazon 3-7-7, eBay 2-5-5, long AliExpress numbers),
 * tracking numbers, dates, prices, sizes and short counts. A number counts as a phone when it has 8-15 digits
 * and either a phone word just before it ("call", "WhatsApp", "ফোন"), a {@code +} or {@code (} prefix, a leading
 * 0 with 9+ digits, a grouped layout such as 212-555-0142, or libphonenumber's word that it is a valid number in
 * one of the sellers' and buyers' usual regions (a bare "60123456789"), and no order/tracking word just before it.
 */
public final class PhoneDetector implements Detector {
    private static final int CONTEXT_WORDS = 3;
    private static final int PHONE_CONTEXT_WORDS = 5;

    private final Set<String> phoneWords = Chars.words("phone_context.txt");
    private final Set<String> idWords = Chars.words("id_context.txt");
    /** The phone words that name a call or a line, not a bare "number": they outweigh an id word beside them. */
    private final Set<String> callWords = phoneWords.stream()
            .filter(w -> !Set.of("number", "num", "nmbr", "numbr", "nombor", "nambar", "নম্বর", "নম্বরে").contains(w))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    @Override
    public List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            boolean opener = (c == '+' || c == '(') && i + 1 < n && Character.isDigit(text.charAt(i + 1));
            boolean startsHere = (Character.isDigit(c) || opener) && (i == 0 || !Chars.isLabelChar(text.charAt(i - 1)));
            if (!startsHere) {
                i++;
                continue;
            }
            int end = runEnd(text, i);
            Span s = judge(text, i, end);
            if (s != null) {
                out.add(s);
            }
            i = Math.max(end, i + 1);
        }
        return out;
    }

    /** The end of a run of digits and phone separators (at most two separators in a row), trimmed of separators. */
    private static int runEnd(String text, int start) {
        int i = start;
        int lastDigitEnd = start;
        int seps = 0;
        while (i < text.length() && i - start < 64) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                seps = 0;
                lastDigitEnd = i + 1;
            } else if (isLetterZero(text, i)) {
                seps = 0;
                lastDigitEnd = i + 1;
            } else if (c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '+' || c == '/'
                    || c == '\u00a0' || isDash(c)) {
                // " - " between spaced digits ("0 1 2 - 9 8 8 ...") is three separators in a row
                if (++seps > 3) {
                    break;
                }
            } else {
                break;
            }
            i++;
        }
        return lastDigitEnd;
    }

    /** The typographic dashes people paste from phones and documents: en, em, figure dash and minus sign. */
    private static boolean isDash(char c) {
        return c == '\u2013' || c == '\u2014' || c == '\u2012' || c == '\u2212';
    }

    /**
     * A capital or small letter O standing for zero inside a run of digits ("9OO123"): a digit right before it (or
     * another such O), and a digit or O right after it.
     */
    static boolean isLetterZero(String text, int i) {
        char c = text.charAt(i);
        if ((c != 'O' && c != 'o') || i == 0 || i + 1 >= text.length()) {
            return false;
        }
        char before = text.charAt(i - 1);
        char after = text.charAt(i + 1);
        boolean digitBefore = Character.isDigit(before) || ((before == 'O' || before == 'o') && i >= 2
                && Character.isDigit(text.charAt(i - 2)));
        return digitBefore && (Character.isDigit(after) || after == 'O' || after == 'o');
    }

    private Span judge(String text, int start, int end) {
        String run = text.substring(start, end);
        List<Integer> groups = new ArrayList<>();
        List<Character> seps = new ArrayList<>();
        int digits = 0;
        int cur = 0;
        char pendingSep = 0;
        for (int k = 0; k < run.length(); k++) {
            char c = run.charAt(k);
            if (Character.isDigit(c) || isLetterZero(text, start + k)) {
                if (cur == 0 && !groups.isEmpty()) {
                    seps.add(pendingSep);
                }
                cur++;
                digits++;
            } else {
                if (cur > 0) {
                    groups.add(cur);
                    cur = 0;
                }
                if (c != '(' && c != ')' && c != '+') {
                    pendingSep = isDash(c) ? '-' : c;
                } else if (pendingSep == 0) {
                    pendingSep = ' ';
                }
            }
        }
        if (cur > 0) {
            groups.add(cur);
        }
        // Order ids never start with 0; a trunk 0 before the 3-7 shape is a national mobile number ("012-3456789")
        boolean idShape = isIdShape(groups, seps) && !(groups.equals(List.of(3, 7)) && firstDigit(run) == 0);
        if (digits < 8 || digits > 15 || idShape || isDate(groups, seps) || isDecimal(run) || isYearRange(run, groups)) {
            return null;
        }
        if (text.charAt(end - 1) == '-' || (end < text.length() && Chars.isLabelChar(text.charAt(end)))) {
            return null;
        }
        // an id word just before ("order", "company", "SSM") makes it an id, unless a phone word stands there too
        // ("call our company hotline 03-...")
        String before = Chars.wordsBefore(text, start, CONTEXT_WORDS);
        if (Chars.containsAny(before, idWords) && !Chars.containsAny(before, callWords) || afterCodeGroup(text, start)) {
            return null;
        }
        char first = run.charAt(0);
        // A phone cue reaches a little further than an id cue: "ring my mate on 0947…", "about your order: 0947…"
        boolean context = Chars.containsAny(Chars.wordsBefore(text, start, PHONE_CONTEXT_WORDS), phoneWords);
        boolean prefixed = first == '+' || first == '(';
        boolean trunk = groups.size() <= 3 && Character.digit(run.charAt(0), 10) == 0 && digits >= 9;
        boolean grouped = groups.size() >= 3 && groups.stream().allMatch(g -> g >= 2 && g <= 5)
                && groups.stream().anyMatch(g -> g >= 3);
        if (!(context || prefixed || trunk || grouped || PhoneNumbers.validSomewhere(run))) {
            return null;
        }
        int s = start;
        int e = end;
        if (text.charAt(s) == '(' && run.indexOf(')') < 0) {
            s++;
        }
        return new Span(s, e, null);
    }

    /**
     * Whether the digits at {@code start} continue a code whose group just before them mixes letters and digits (a
     * UPS number written in groups, "1Z 84F 2W0 03 5528 1190"): a phone number's groups are digits only.
     */
    private static boolean afterCodeGroup(String text, int start) {
        String group = Chars.wordsBefore(text, start, 1).replaceAll("[\\s-]+$", "");
        return !group.isEmpty() && group.length() <= 12 && group.chars().allMatch(Character::isLetterOrDigit)
                && group.chars().anyMatch(Character::isLetter) && group.chars().anyMatch(Character::isDigit);
    }

    private static int firstDigit(String run) {
        for (int i = 0; i < run.length(); i++) {
            int d = Character.digit(run.charAt(i), 10);
            if (d >= 0) {
                return d;
            }
        }
        return -1;
    }

    private static boolean isIdShape(List<Integer> g, List<Character> seps) {
        return g.equals(List.of(3, 7, 7)) || g.equals(List.of(2, 5, 5)) || g.equals(List.of(3, 7));
    }

    private static boolean isDate(List<Integer> g, List<Character> seps) {
        if (g.size() != 3 || seps.stream().anyMatch(c -> c == ' ')) {
            return false;
        }
        return (g.get(0) == 4 && g.get(1) <= 2 && g.get(2) <= 2) || (g.get(0) <= 2 && g.get(1) <= 2 && g.get(2) == 4);
    }

    /**
     * Two years joined ("1958-2024" on an engraving, "2019/2020 model", "2023 - 2025 warranty"): two groups of four
     * digits, each a year from 1900 to 2099, the second not before the first. A phone number split 4-4 rarely has
     * both halves in that range in order, and a year pair is what such a run usually is in a seller's message.
     */
    private static boolean isYearRange(String run, List<Integer> g) {
        if (!g.equals(List.of(4, 4))) {
            return false;
        }
        int[] years = new int[2];
        int n = 0;
        int value = 0;
        int len = 0;
        for (int k = 0; k <= run.length(); k++) {
            char c = k < run.length() ? run.charAt(k) : ' ';
            if (c >= '0' && c <= '9') {
                value = value * 10 + (c - '0');
                len++;
            } else if (len > 0) {
                if (n == 2) {
                    return false;
                }
                years[n++] = value;
                value = 0;
                len = 0;
            }
        }
        return n == 2 && years[0] >= 1900 && years[0] <= 2099 && years[1] >= years[0] && years[1] <= 2099;
    }

    /** Prices and measures: a dot followed by one or two final digits. */
    private static boolean isDecimal(String run) {
        int dot = run.lastIndexOf('.');
        if (dot < 0) {
            return false;
        }
        int tail = run.length() - dot - 1;
        return tail >= 1 && tail <= 2;
    }
}
