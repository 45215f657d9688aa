package com.replyguard.policy.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a web host starting at a label: {@code shop.com}, {@code www . shop . com}, {@code shop[.]com},
 * {@code shop (dot) com}, {@code shop dot com}, {@code kedai titik com}. Bounded work per call (at most
 * {@value #MAX_LABELS} labels of {@value #MAX_LABEL} characters), so scanning a whole text stays linear.
 */
final class HostParser {
    static final int MAX_LABELS = 8;
    static final int MAX_LABEL = 63;
    private static final String[] BRACKET_DOTS = {"[.]", "(.)", "{.}", "[dot]", "(dot)", "{dot}", "<dot>", "[ . ]",
            // round 52: the Malay and Bengali words for a dot in brackets too ("batikrona (titik) my")
            "[titik]", "(titik)", "{titik}", "<titik>", "[ডট]", "(ডট)", "{ডট}"};
    private static final String BRACKET_DOT_FIRSTS = Chars.firsts(BRACKET_DOTS);
    private static final String[] WORD_DOTS = {"dot", "titik", "ডট"};
    /** Characters typed in place of a dot to hide a link: middle dot, bullet, bullet operator, one-dot leader. */
    private static final String MIDDLE_DOTS = "\u00b7\u2022\u2219\u2024";
    /** Labels in Bengali script after a spelled dot ("shoproom ডট কম"), read as their Latin name. */
    private static final Map<String, String> SPELLED_LABELS = Chars.pairs("spelled_labels.txt");

    private final Set<String> strongTlds = Chars.words("tlds_strong.txt");
    private final Set<String> weakTlds = Chars.words("tlds_weak.txt");
    /** Weak top-level domains that make an address with a plain dot alone ("glowpantry.co"), though not spelled out. */
    private final Set<String> plainDotTlds = Chars.words("tlds_plain_dot.txt");
    /** A path after a host, spelled out or spaced: " slash setup", " [slash] x", " garis miring x", " / k8Tf". */
    private static final java.util.regex.Pattern SPELLED_PATH = java.util.regex.Pattern.compile(
            "\\s*(?:\\[\\s*slash\\s*]|\\(\\s*slash\\s*\\)|\\bslash\\b|\\bgaris miring\\b|/)\\s*[\\p{L}\\p{N}]",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    private final Set<String> knownHosts = Chars.words("known_hosts.txt");

    /** A parsed host: span, lower-case labels, and whether the separators were all a plain unspaced dot. */
    record Host(int start, int end, List<String> labels, boolean plainDots) {
        String name() {
            return String.join(".", labels);
        }
    }

    /** The host starting exactly at {@code at} if it ends in a known top-level domain, else null. */
    Host parse(String text, int at, boolean explicitWeb) {
        int labelEnd = labelEnd(text, at);
        if (labelEnd == at || separatorEnd(text, labelEnd) < 0) {
            // no separator after the first label, so no second label: no host (the usual case, a plain word; the
            // link detector asks at every word, so nothing is built for it)
            return null;
        }
        List<String> labels = new ArrayList<>();
        labels.add(spelledLabel(text.substring(at, labelEnd).toLowerCase(Locale.ROOT)));
        int pos = labelEnd;
        int end = labelEnd;
        boolean plain = true;
        Host best = null;
        while (labels.size() < MAX_LABELS) {
            int sepEnd = separatorEnd(text, pos);
            if (sepEnd < 0) {
                break;
            }
            boolean plainSep = sepEnd == pos + 1 && text.charAt(pos) == '.';
            int next = labelEnd(text, sepEnd);
            if (next == sepEnd) {
                break;
            }
            plain &= plainSep;
            labels.add(spelledLabel(text.substring(sepEnd, next).toLowerCase(Locale.ROOT)));
            pos = next;
            end = next;
            Host h = new Host(at, end, List.copyOf(labels), plain);
            if (accepts(h, text, explicitWeb)) {
                best = h;
            }
        }
        return best;
    }

    private boolean accepts(Host h, String text, boolean explicitWeb) {
        List<String> labels = h.labels();
        String tld = labels.get(labels.size() - 1);
        boolean strong = strongTlds.contains(tld);
        if (!strong && !weakTlds.contains(tld)) {
            if (h.plainDots() || !UrlTokens.isTopLevelDomain(tld)) {
                return false;
            }
            strong = true; // a disguised dot ("[dot]", " dot ") before any IANA top-level domain: "mama[dot]kitchen"
        }
        boolean hasWord = false;
        for (int i = 0; i < labels.size() - 1 && !hasWord; i++) {
            String label = labels.get(i);
            for (int k = 0; k < label.length() && !hasWord; k++) {
                hasWord = Character.isLetter(label.charAt(k));
            }
        }
        if (!hasWord) {
            return false;
        }
        if (strong) {
            return true;
        }
        boolean pathFollows = h.end() < text.length() && text.charAt(h.end()) == '/';
        if (!h.plainDots()) {
            // a spelled-out dot before a word-like extension ("deskfix dot co") is an address only when a path follows
            // it ("deskfix dot co slash setup", "deskfix dot co/setup", "youtu . be / k8Tf"); a bracketed dot ("gadgetnest[.]co") is a
            // disguise nobody writes by chance, so it needs no path
            return bracketed(text, h) || pathFollows
                    || SPELLED_PATH.matcher(text).region(h.end(), text.length()).lookingAt()
                    || plainDotTlds.contains(tld) && !wordFollows(text, h.end()) && siteNamedBefore(text, h.start());
        }
        return explicitWeb || pathFollows || knownHosts.contains(h.name()) || labels.get(0).equals("www")
                || plainDotTlds.contains(tld);
    }

    /** Words that name a place to go before a spelled host: "our studio site, hollowoakstudio dot co". */
    private final Set<String> siteCues = Chars.words("site_cues.txt");

    /**
     * Whether a word of {@link #siteCues} stands in the few words before {@code at}, in its sentence: a spelled-out
     * "dot co" is then an address though no path follows ("pop over to our site hollowoakstudio dot co and ...").
     */
    private boolean siteNamedBefore(String text, int at) {
        int words = 0;
        int i = at;
        while (i > 0 && words < 8) {
            int end = i;
            while (end > 0 && !Chars.isWordChar(text.charAt(end - 1))) {
                if (".!?\n".indexOf(text.charAt(end - 1)) >= 0) {
                    return false;
                }
                end--;
            }
            int start = end;
            while (start > 0 && Chars.isWordChar(text.charAt(start - 1))) {
                start--;
            }
            if (start == end) {
                return false;
            }
            if (siteCues.contains(text.substring(start, end).toLowerCase(Locale.ROOT))) {
                return true;
            }
            words++;
            i = start;
        }
        return false;
    }

    /** Whether a letter or a hyphen follows {@code at} at once or after one space ("polka dot co-ord", "dot co ord"). */
    private static boolean wordFollows(String text, int at) {
        if (at < text.length() && (text.charAt(at) == '-' || Character.isLetter(text.charAt(at)))) {
            return true;
        }
        return at + 3 < text.length() && text.charAt(at) == ' ' && text.startsWith("ord", at + 1);
    }

    /** Whether a separator of {@code h} is a bracketed dot ("[.]", "(dot)", "{.}", "<dot>"). */
    private static boolean bracketed(String text, Host h) {
        for (int i = h.start(); i < h.end(); i++) {
            char c = text.charAt(i);
            if (c == '[' || c == '(' || c == '{' || c == '<') {
                return true;
            }
        }
        return false;
    }

    /**
     * The host of a URL token {@code text[start, end)} found by the tokenizer, lower case, when it reads as a web
     * address: a scheme, a www, a path or a known host, or a top-level domain that is not also a common word or a file
     * extension ({@code tlds_weak.txt}); null otherwise.
     */
    String plainHost(String text, int start, int end) {
        String token = text.substring(start, end).toLowerCase(Locale.ROOT);
        boolean scheme = token.contains("://");
        String rest = scheme ? token.substring(token.indexOf("://") + 3) : token;
        int slash = rest.length();
        for (int k = 0; k < rest.length(); k++) {
            char c = rest.charAt(k);
            if (c == '/' || c == '?' || c == '#' || c == ':') {
                slash = k;
                break;
            }
        }
        String host = rest.substring(0, slash);
        while (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        String[] labels = host.split("\\.");
        if (labels.length < 2 || host.indexOf('@') >= 0) {
            return null;
        }
        boolean hasLetter = false;
        for (int i = 0; i < labels.length - 1 && !hasLetter; i++) {
            for (int k = 0; k < labels[i].length() && !hasLetter; k++) {
                hasLetter = Character.isLetter(labels[i].charAt(k));
            }
        }
        String tld = labels[labels.length - 1];
        if (!hasLetter || tld.length() < 2 || !tld.chars().allMatch(Character::isLetter)) {
            return null;
        }
        boolean strongCue = scheme || labels[0].equals("www") || slash < rest.length() || knownHosts.contains(host);
        return strongCue || !weakTlds.contains(tld) || plainDotTlds.contains(tld) ? host : null;
    }

    /** The brand label of a host: the label before its top-level domain(s), e.g. {@code amazon} for www.amazon.co.uk. */
    String brand(List<String> labels) {
        int i = labels.size() - 1;
        while (i > 0 && (strongTlds.contains(labels.get(i)) || weakTlds.contains(labels.get(i))
                || labels.get(i).equals("com"))) {
            i--;
        }
        return labels.get(i);
    }

    static int labelEnd(String text, int at) {
        int i = at;
        while (i < text.length() && i - at < MAX_LABEL && Chars.isLabelChar(text.charAt(i))) {
            i++;
        }
        if (i - at >= MAX_LABEL && i < text.length() && Chars.isLabelChar(text.charAt(i))) {
            return at;
        }
        return i;
    }

    /** The end of a dot-like separator at {@code pos}, or -1. */
    static int separatorEnd(String text, int pos) {
        if (pos >= text.length()) {
            return -1;
        }
        if (text.charAt(pos) == '.') {
            return pos + 1 < text.length() && Chars.isLabelChar(text.charAt(pos + 1)) ? pos + 1 : -1;
        }
        int p = skipSpaces(text, pos, 2);
        if (p < text.length() && Chars.mayStart(text.charAt(p), BRACKET_DOT_FIRSTS)) {
            for (String b : BRACKET_DOTS) {
                if (Chars.regionIs(text, p, b)) {
                    return skipSpaces(text, p + b.length(), 2);
                }
            }
        }
        if (p == pos && pos + 1 < text.length() && MIDDLE_DOTS.indexOf(text.charAt(pos)) >= 0
                && Chars.isLabelChar(text.charAt(pos + 1))) {
            // a middle dot or bullet in place of the dot, written tight: "golpokotha·xyz" (never a spaced list
            // separator such as "fast shipping · store pickup")
            return pos + 1;
        }
        if (p == pos) {
            return -1;
        }
        if (p < text.length() && text.charAt(p) == '.') {
            int q = skipSpaces(text, p + 1, 2);
            return q > p + 1 ? q : -1;
        }
        for (String w : WORD_DOTS) {
            if (Chars.wordAt(text, p, w)) {
                int q = skipSpaces(text, p + w.length(), 2);
                return q > p + w.length() ? q : -1;
            }
        }
        return -1;
    }

    static int skipSpaces(String text, int pos, int max) {
        int i = pos;
        while (i < text.length() && i - pos < max && Chars.isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static String spelledLabel(String label) {
        return SPELLED_LABELS.getOrDefault(label, label);
    }
}
