package com.replyguard.policy.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds web addresses: {@code https://…}, {@code www.x.com}, bare hosts with a known top-level domain, obfuscated
 * hosts ({@code shop dot com}, {@code x[.]com}, {@code www . x . com}) and shorteners ({@code bit.ly/…}), with any
 * path, including a spelled-out one ({@code slash support}). Skips the host part of e-mail addresses.
 */
public final class LinkDetector implements Detector {
    private final HostParser hosts = new HostParser();

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
            if (!Chars.isLabelChar(c) || (i > 0 && Chars.isLabelChar(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            int start = i;
            boolean scheme = false;
            int hostAt = i;
            int schemeEnd = schemeEnd(text, i);
            if (schemeEnd > 0) {
                scheme = true;
                hostAt = schemeEnd;
            }
            HostParser.Host h = hostAt < n && !precededByAt(text, start) ? hosts.parse(text, hostAt, scheme) : null;
            if (h == null) {
                if (scheme) {
                    int e = trimEnd(text, start, pathEnd(text, schemeEnd));
                    if (e > schemeEnd) {
                        out.add(new Span(start, e, null));
                        i = e;
                        continue;
                    }
                }
                i = Math.max(i + 1, HostParser.labelEnd(text, i));
                continue;
            }
            int end = h.end();
            if (end < n && text.charAt(end) == '@') {
                i = end + 1;
                continue;
            }
            if (end < n && (text.charAt(end) == '/' || text.charAt(end) == ':' || text.charAt(end) == '?')) {
                end = trimEnd(text, start, pathEnd(text, end));
            }
            end = spelledPathEnd(text, end);
            out.add(new Span(start, end, h.name()));
            i = end;
        }
        return withUrlTokens(text, out);
    }

    /** Adds the tokenizer's plain URLs that the hand parser left out (top-level domains beyond its lists). */
    private List<Span> withUrlTokens(String text, List<Span> found) {
        List<int[]> urls = UrlTokens.urls(text);
        if (urls.isEmpty()) {
            return found;
        }
        List<Span> out = new ArrayList<>(found);
        boolean added = false;
        for (int[] u : urls) {
            if (overlaps(found, u[0], u[1]) || precededByAt(text, u[0])
                    || (u[1] < text.length() && text.charAt(u[1]) == '@')) {
                continue;
            }
            String host = hosts.plainHost(text, u[0], u[1]);
            if (host != null) {
                out.add(new Span(u[0], trimEnd(text, u[0], u[1]), host));
                added = true;
            }
        }
        if (added) {
            out.sort(java.util.Comparator.comparingInt(Span::start));
        }
        return out;
    }

    private static boolean overlaps(List<Span> spans, int start, int end) {
        for (Span s : spans) {
            if (s.start() < end && start < s.end()) {
                return true;
            }
        }
        return false;
    }

    /** The brand of a host (the label before its top-level domains), for marketplace exceptions. */
    public String brand(String host) {
        return host == null ? null : hosts.brand(List.of(host.split("\\.")));
    }

    private static final String[] SCHEMES = {"https://", "http://", "hxxps://", "hxxp://"};
    private static final String SCHEME_FIRSTS = Chars.firsts(SCHEMES);

    private static int schemeEnd(String text, int i) {
        if (i >= text.length() || !Chars.mayStart(text.charAt(i), SCHEME_FIRSTS)) {
            return -1;
        }
        for (String s : SCHEMES) {
            if (Chars.regionIs(text, i, s)) {
                return i + s.length();
            }
        }
        return -1;
    }

    /** Hosts right after "@" or an "[at]" marker belong to an e-mail address. */
    private static boolean precededByAt(String text, int start) {
        int p = start - 1;
        while (p >= 0 && p >= start - 2 && Chars.isSpace(text.charAt(p))) {
            p--;
        }
        if (p < 0) {
            return false;
        }
        char c = text.charAt(p);
        if (c == '@') {
            return true;
        }
        return (c == ']' || c == ')' || c == '}') && p >= 3 && Chars.regionIs(text, p - 2, "at");
    }

    private static int pathEnd(String text, int from) {
        int i = from;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && i - from < 2048) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String text, int start, int end) {
        int e = end;
        while (e > start && ".,;:!?)]}'\"".indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        return e;
    }

    /** Extends over " slash word" pieces: "shop dot com slash support slash faq". */
    private static int spelledPathEnd(String text, int end) {
        int e = end;
        for (int k = 0; k < 6; k++) {
            int p = HostParser.skipSpaces(text, e, 2);
            if (p == e || !Chars.wordAt(text, p, "slash")) {
                break;
            }
            int q = HostParser.skipSpaces(text, p + 5, 2);
            int w = HostParser.labelEnd(text, q);
            if (q == p + 5 || w == q) {
                break;
            }
            e = w;
        }
        return e;
    }
}
