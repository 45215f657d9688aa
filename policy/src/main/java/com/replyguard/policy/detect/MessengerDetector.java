package com.replyguard.policy.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds messenger and social contact points: names such as WhatsApp, WeChat, Telegram or ফেসবুক (unless just
 * refused, "we don't use WhatsApp"), {@code @handles}, and links to social or messenger sites ({@code t.me/x},
 * {@code fb.com/page}, {@code wa.me/…}).
 */
public final class MessengerDetector implements Detector {
    private final Set<String> names = Chars.words("messengers.txt");
    private final Set<String> socialBrands = Chars.words("social_brands.txt");
    private final Impostors impostors = new Impostors();
    private final LinkDetector links = new LinkDetector();
    private final BuyersWords buyersWords = new BuyersWords();
    private final MessengerRefusals refusals = new MessengerRefusals();
    /** Cheap pre-filters: the first letters of all names and the longest name's length (plus Bengali endings). */
    private final String firstChars;
    private final int maxName;
    /** The first words of two-word names ("whats app", "on signal"): only these look at the next word. */
    private final Set<String> pairStarts = new java.util.HashSet<>();

    public MessengerDetector() {
        StringBuilder f = new StringBuilder();
        int max = 0;
        for (String n : names) {
            if (f.indexOf(n.substring(0, 1)) < 0) {
                f.append(n.charAt(0));
            }
            max = Math.max(max, n.indexOf(' ') < 0 ? n.length() : n.indexOf(' '));
            if (n.indexOf(' ') > 0) {
                pairStarts.add(n.substring(0, n.indexOf(' ')));
            }
        }
        this.firstChars = f.toString();
        this.maxName = max + 3;
    }

    @Override
    public List<Span> find(String text) {
        return text == null ? new ArrayList<>() : find(text, links.find(text));
    }

    /** The detector whose links {@link #find(String, List)} takes: a caller that has them already passes them in. */
    public LinkDetector linkDetector() {
        return links;
    }

    /**
     * Like {@link #find(String)}, with {@code linksFound}, what {@link #linkDetector()} finds in {@code text}: a
     * checker that runs the link rules too finds the links once per draft, not twice.
     */
    public List<Span> find(String text, List<Span> linksFound) {
        List<Span> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        List<int[]> words = Chars.wordSpans(text);
        // each name found: {first word, last word, start, end, refused (1) or not (0)}
        List<int[]> found = new ArrayList<>();
        for (int w = 0; w < words.size(); w++) {
            int[] cur = words.get(w);
            int len = cur[1] - cur[0];
            if (len > maxName || firstChars.indexOf(Character.toLowerCase(text.charAt(cur[0]))) < 0) {
                continue;
            }
            String one = lower(text, cur);
            int matchedEnd = -1;
            int lastWord = w;
            if (w + 1 < words.size() && words.get(w + 1)[0] - cur[1] <= 1 && pairStarts.contains(one)
                    && (names.contains(one + " " + lower(text, words.get(w + 1)))
                    || inflected(one + " ", lower(text, words.get(w + 1))))) {
                matchedEnd = words.get(w + 1)[1];
                lastWord = w + 1;
            } else if (names.contains(one) || inflected(one)) {
                matchedEnd = cur[1];
            }
            if (matchedEnd > 0) {
                boolean refused = refusals.refused(text, words, w);
                if (!productFact(text, words, w, lastWord) && !venue(text, words, w, lastWord)
                        && !(one.equals("fb") && w > 0 && fbFeedback.contains(lower(text, words.get(w - 1))))
                        && !buyersWords.spokenByBuyer(text, words, w)
                        && !impostors.warnedOf(text, cur[0], matchedEnd)) {
                    found.add(new int[] {w, lastWord, cur[0], matchedEnd, refused ? 1 : 0});
                }
            }
        }
        MessengerRefusals.alongLists(text, words, found);
        for (int[] n : found) {
            if (n[4] == 0) {
                out.add(new Span(n[2], n[3], null));
            }
        }
        handles(text, out);
        for (Span link : linksFound) {
            if (link.host() != null && socialBrands.contains(links.brand(link.host()))) {
                out.removeIf(s -> s.start() >= link.start() && s.end() <= link.end());
                out.add(link);
            }
        }
        out.sort(Comparator.comparingInt(Span::start));
        return out;
    }

    /** Bengali attaches case endings to names ("হোয়াটসঅ্যাপে" = on WhatsApp): accept a known name plus a short ending. */
    private boolean inflected(String word) {
        return inflected("", word);
    }

    /** The same for the last word of a two-word name after {@code first} ("সবুজ অ্যাপে", on the green app). */
    private boolean inflected(String first, String word) {
        if (word.isEmpty() || word.charAt(0) < 0x0980 || word.charAt(0) > 0x09FF) {
            return false;
        }
        for (int cut = 1; cut <= 3 && cut < word.length(); cut++) {
            if (names.contains(first + word.substring(0, word.length() - cut))) {
                return true;
            }
        }
        return false;
    }

    private void handles(String text, List<Span> out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '@' || (i > 0 && !Character.isWhitespace(text.charAt(i - 1)) && "(:\"'".indexOf(text.charAt(i - 1)) < 0)) {
                continue;
            }
            int j = i + 1;
            int letters = 0;
            while (j < text.length() && j - i <= 31 && isHandleChar(text.charAt(j))) {
                letters += Character.isLetter(text.charAt(j)) ? 1 : 0;
                j++;
            }
            while (j > i + 1 && text.charAt(j - 1) == '.') {
                j--;
            }
            if (j - i >= 4 && letters > 0) {
                out.add(new Span(i, j, null));
            }
        }
    }

    private static boolean isHandleChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '.');
    }

    private final Set<String> features = Chars.words("messenger_features.txt");
    private final Set<String> venues = Chars.words("messenger_venues.txt");

    /**
     * Whether the name is a selling venue's ("Facebook Marketplace", "Marketplace Facebook", "TikTok Shop"): not a
     * contact point. A word marked {@code after:} counts only after the name ("our shop Instagram" is a contact point).
     */
    private boolean venue(String text, List<int[]> words, int w, int lastWord) {
        if (lastWord + 1 < words.size()) {
            String next = lower(text, words.get(lastWord + 1));
            if (venues.contains(next) || venues.contains("after: " + next)) {
                return true;
            }
        }
        return w > 0 && venues.contains(lower(text, words.get(w - 1)));
    }
    private final Set<String> contactWords = Chars.words("messenger_contact.txt");
    /** Words after which "fb" is eBay feedback, not Facebook ({@code fb_as_feedback.txt}). */
    private final Set<String> fbFeedback = Chars.words("fb_as_feedback.txt");

    /**
     * Whether the messenger is named as a product fact ("this phone supports WhatsApp", "ei phone e whatsapp chalate
     * update lagbe"): a product word in its clause (a few words either side) and no word of contact there.
     */
    private boolean productFact(String text, List<int[]> words, int w, int lastWord) {
        boolean feature = false;
        int from = w;
        while (from > 0 && w - from < 8 && !clauseBreak(text, words.get(from - 1)[1], words.get(from)[0])) {
            from--;
        }
        int to = w;
        while (to + 1 < words.size() && to - w < 8 && !clauseBreak(text, words.get(to)[1], words.get(to + 1)[0])) {
            to++;
        }
        for (int k = from; k <= to; k++) {
            if (k >= w && k <= lastWord) {
                continue; // the name's own words ("সবুজ অ্যাপে", the green app, is no app feature)
            }
            String word = lower(text, words.get(k));
            // "no" is a number only right beside the name ("wa no 012...", "no whatsapp"), not in "no problem"
            if (contactWords.contains(word) && (!word.equals("no") || Math.abs(k - w) == 1)) {
                return false;
            }
            feature |= features.contains(word);
        }
        return feature;
    }

    static boolean clauseBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (",.;!?।\n".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    static String lower(String text, int[] w) {
        return text.substring(w[0], w[1]).toLowerCase(Locale.ROOT);
    }
}
