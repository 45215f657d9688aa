package com.replyguard.policy.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds bank or e-wallet account details written out for the buyer to pay into: an account number (8-24 digits, in
 * groups or not) within a few words after an account word ("account", "acc", "akaun", "অ্যাকাউন্ট", a bank's name), a
 * UK sort code after "sort" ({@code 20-41-77}), and an IBAN ({@code GB29 NWBK 6016 1331 9268 19}, its check digits
 * holding). An order, tracking
 * or invoice word just before the number makes it an id, and a date's layout ({@code 2026-12-07}) is no account.
 * Linear, never throws; the words are {@code bank_words.txt} and {@code id_context.txt}.
 */
public final class BankAccountDetector implements Detector {
    private static final int ACCOUNT_WORDS = 4;

    private final Set<String> accountWords = Chars.words("bank_words.txt");
    private final Set<String> idWords = Chars.words("id_context.txt");

    @Override
    public List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            int ibanEnd = iban(text, i);
            if (ibanEnd > i && !Chars.containsAny(Chars.wordsBefore(text, i, 2), idWords)) {
                out.add(new Span(i, ibanEnd, null));
                i = ibanEnd;
                continue;
            }
            if (!Character.isDigit(text.charAt(i)) || i > 0 && Chars.isWordChar(text.charAt(i - 1))) {
                i++;
                continue;
            }
            int end = runEnd(text, i);
            if (account(text, i, end)) {
                out.add(new Span(i, end, null));
            }
            i = Math.max(end, i + 1);
        }
        return out;
    }

    /** The end of a run of digits from {@code start}, single spaces or dashes allowed between digit groups. */
    private static int runEnd(String text, int start) {
        int j = start;
        while (j < text.length()) {
            char c = text.charAt(j);
            if (Character.isDigit(c)) {
                j++;
            } else if ((c == ' ' || c == '-') && j + 1 < text.length() && Character.isDigit(text.charAt(j + 1))) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    /** Whether the run {@code [start, end)} is an account number or a sort code written for the buyer. */
    private boolean account(String text, int start, int end) {
        if (end < text.length() && Chars.isWordChar(text.charAt(end))) {
            return false; // a code that goes on in letters ("2026ABC") is no account number
        }
        List<Integer> groups = new ArrayList<>();
        int digits = 0;
        int group = 0;
        for (int k = start; k < end; k++) {
            if (Character.isDigit(text.charAt(k))) {
                digits++;
                group++;
            } else {
                groups.add(group);
                group = 0;
            }
        }
        groups.add(group);
        String near = Chars.wordsBefore(text, start, 2);
        if (Chars.containsAny(near, idWords)) {
            return false;
        }
        if (digits == 6 && groups.equals(List.of(2, 2, 2))) {
            return Chars.containsAny(near, Set.of("sort", "bsb")); // "sort 20-41-77", "sort code 20-41-77"
        }
        if (digits < 8 || digits > 24 || groups.equals(List.of(4, 2, 2)) || groups.equals(List.of(2, 2, 4))) {
            return false; // too short or too long, or a date
        }
        return Chars.containsAny(Chars.wordsBefore(text, start, ACCOUNT_WORDS), accountWords);
    }

    /** The end of an IBAN starting at {@code i} (two capitals, two digits, 11-30 more letters or digits), else -1. */
    private static int iban(String text, int i) {
        int n = text.length();
        if (i + 4 > n || i > 0 && Chars.isWordChar(text.charAt(i - 1))
                || !isUpper(text.charAt(i)) || !isUpper(text.charAt(i + 1))
                || !isAsciiDigit(text.charAt(i + 2)) || !isAsciiDigit(text.charAt(i + 3))) {
            return -1;
        }
        int j = i + 4;
        int chars = 4;
        int last = j;
        while (j < n && chars <= 34) {
            char c = text.charAt(j);
            if (isUpper(c) || isAsciiDigit(c)) {
                chars++;
                j++;
                last = j;
            } else if (c == ' ' && j + 1 < n && (isUpper(text.charAt(j + 1)) || isAsciiDigit(text.charAt(j + 1)))) {
                j++;
            } else {
                break;
            }
        }
        if (chars < 15 || chars > 34 || last < n && Chars.isWordChar(text.charAt(last)) || !checksumHolds(text, i, last)) {
            return -1;
        }
        return last;
    }

    /**
     * The IBAN check (ISO 13616): the first four characters moved to the end, letters read as 10-35, the number mod 97
     * is 1. Tracking numbers of the same shape ("LP00512345678901", "JD000223481190GB") almost never pass it.
     */
    private static boolean checksumHolds(String text, int from, int to) {
        StringBuilder s = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (text.charAt(k) != ' ') {
                s.append(text.charAt(k));
            }
        }
        String moved = s.substring(4) + s.substring(0, 4);
        int rest = 0;
        for (int k = 0; k < moved.length(); k++) {
            char c = moved.charAt(k);
            int v = isUpper(c) ? c - 'A' + 10 : c - '0';
            rest = v >= 10 ? (rest * 100 + v) % 97 : (rest * 10 + v) % 97;
        }
        return rest == 1;
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
