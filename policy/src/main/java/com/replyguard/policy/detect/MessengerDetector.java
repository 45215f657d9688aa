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
    private final Set<String> negators = Chars.words("negators.txt");
    private final Set<String> socialBrands = Chars.words("social_brands.txt");
    private final Impostors impostors = new Impostors();
    private final LinkDetector links = new LinkDetector();
    private final BuyersWords buyersWords = new BuyersWords();
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
        List<int[]> words = words(text);
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
            if (matchedEnd > 0 && !negated(text, words, w) && !refusedAfter(text, words, w)
                    && !productFact(text, words, w, lastWord) && !buyersWords.spokenByBuyer(text, words, w)
                    && !impostors.warnedOf(text, cur[0], matchedEnd)) {
                out.add(new Span(cur[0], matchedEnd, null));
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

    /**
     * A negator in the few words before the name. Bengali's "না"/"নয়" closes the clause it negates, so one before a
     * clause break negates that clause, not the name ("এখানে আপলোড হইতেসে না, আমাদের ইমোতে নক দেন" offers imo); an
     * English "not" reaches over a list's commas ("we don't use WhatsApp, Telegram or Viber").
     */
    private boolean negated(String text, List<int[]> words, int w) {
        boolean broken = false;
        for (int k = w - 1; k >= Math.max(0, w - 5); k--) {
            broken |= clauseBreak(text, words.get(k)[1], words.get(k + 1)[0]);
            String word = lower(text, words.get(k));
            if (negators.contains(word) && !(broken && (word.equals("না") || word.equals("নয়")))) {
                return true;
            }
        }
        return refusedAbility(text, words, w);
    }

    /** Words that end the reach of "not able to": a request or a turn starts after them ("..., so please WhatsApp me"). */
    private static final Set<String> TURNS = Set.of("please", "pls", "plz", "but", "so", "just", "instead", "then",
            "sila", "tapi", "jadi", "terus");

    /**
     * A refusal of ability or permission further back in the name's clause: "we aren't able to move our chat over to
     * WhatsApp", "we are not allowed to continue on WhatsApp", "kami tidak dapat berhubung melalui WhatsApp". What
     * the seller cannot do reaches to the clause's end, unless a request or a turn comes between.
     */
    private boolean refusedAbility(String text, List<int[]> words, int w) {
        for (int k = w - 1; k >= Math.max(1, w - 9); k--) {
            if (clauseBreak(text, words.get(k)[1], words.get(k + 1)[0])) {
                return false;
            }
            String word = lower(text, words.get(k));
            if (TURNS.contains(word)) {
                return false;
            }
            String before = lower(text, words.get(k - 1));
            if (word.equals("unable") || ABLE.contains(word) && (negators.contains(before) || NOT_BE.contains(before))) {
                return true;
            }
        }
        return false;
    }

    /** "able", "allowed", "dapat": what a negator before them refuses is the seller's ability or permission. */
    private static final Set<String> ABLE = Set.of("able", "allowed", "permitted", "possible", "dapat", "boleh", "dpt",
            "blh", "dibenarkan");
    private static final Set<String> NOT_BE = Set.of("aren't", "isn't", "aren’t", "isn’t", "arent", "isnt");

    /** Bengali puts the refusal after the verb: "whatsapp e kotha bolte parbo na", "whatsapp share kora mana". */
    private final Set<String> refusalsAfter = Chars.words("refusals_after.txt");
    private final Set<String> modalsBeforeNa = Chars.words("modals_before_na.txt");

    private boolean refusedAfter(String text, List<int[]> words, int w) {
        for (int k = w + 1; k < Math.min(words.size(), w + 6); k++) {
            int[] prev = words.get(k - 1);
            int[] cur = words.get(k);
            if (clauseBreak(text, prev[1], cur[0])) {
                return false; // the refusal must be in the same clause
            }
            String word = lower(text, cur);
            if (refusalsAfter.contains(word)) {
                return true;
            }
            // "whatsapp e na bhai", "হোয়াটসঅ্যাপে না": a bare no right after the name (and its case particle)
            if (k <= w + 2 && (word.equals("na") || word.equals("না") || word.equals("nai") || word.equals("নেই"))) {
                return true;
            }
            if ((word.equals("na") || word.equals("না")) && modalsBeforeNa.contains(lower(text, prev))) {
                return true;
            }
        }
        return clauseEndsInNo(text, words, w);
    }

    /**
     * Bengali negates the clause's verb with a "না" that closes the clause, however far from the name: "আমরা
     * হোয়াটসঅ্যাপ বা ফোনে অর্ডার নিয়ে কথা বলি না।" (we do not talk about orders on WhatsApp). A question keeps its
     * "না" ("..., তাই না?") and "না হলে" (otherwise) goes on, so neither counts; nor does a "না" that says what will
     * not happen or be needed ("হোয়াটসঅ্যাপে দিলে দেরি হবে না", "whatsapp e order korle advance lagbe na"), nor one
     * after a condition in the clause ("dile", "করলে"): those offer the messenger.
     */
    private boolean clauseEndsInNo(String text, List<int[]> words, int w) {
        for (int k = w + 1; k < Math.min(words.size(), w + 12); k++) {
            int[] cur = words.get(k);
            if (clauseBreak(text, words.get(k - 1)[1], cur[0])) {
                return false;
            }
            String word = lower(text, cur);
            if (k < w + 11 && (word.endsWith("লে") || (word.length() > 3 && word.endsWith("le")))) {
                return false; // a condition: "... দিলে দেরি হবে না"
            }
            int next = k + 1 < words.size() ? words.get(k + 1)[0] : text.length();
            if (k + 1 == words.size() || clauseBreak(text, cur[1], next)) {
                String before = lower(text, words.get(k - 1));
                return (word.equals("na") || word.equals("না"))
                        && text.substring(cur[1], next).indexOf('?') < 0 && !notAVerdict.contains(before);
            }
        }
        return false;
    }

    /** Words before a clause-final "না" that make it no refusal: a tag question, what will not be or be needed. */
    private final Set<String> notAVerdict = Chars.words("no_refusal_before_na.txt");

    private final Set<String> features = Chars.words("messenger_features.txt");
    private final Set<String> contactWords = Chars.words("messenger_contact.txt");

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

    /** Word spans; an apostrophe inside a word is kept ("don't"). */
    private static List<int[]> words(String text) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!Chars.isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < text.length() && (Chars.isWordChar(text.charAt(j))
                    || ((text.charAt(j) == '\'' || text.charAt(j) == '\u2019') && j + 1 < text.length()
                    && Chars.isWordChar(text.charAt(j + 1))))) {
                j++;
            }
            out.add(new int[] {i, j});
            i = j;
        }
        return out;
    }
}
