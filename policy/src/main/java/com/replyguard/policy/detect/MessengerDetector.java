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
    private final LinkDetector links = new LinkDetector();
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
            if (w + 1 < words.size() && words.get(w + 1)[0] - cur[1] <= 1 && pairStarts.contains(one)
                    && names.contains(one + " " + lower(text, words.get(w + 1)))) {
                matchedEnd = words.get(w + 1)[1];
            } else if (names.contains(one) || inflected(one)) {
                matchedEnd = cur[1];
            }
            if (matchedEnd > 0 && !negated(text, words, w) && !refusedAfter(text, words, w)
                    && !productFact(text, words, w) && !answeredNo(text, words, w) && !quotedBuyer(text, words, w)
                    && !reportedBuyer(text, words, w)) {
                out.add(new Span(cur[0], matchedEnd, null));
            }
        }
        handles(text, out);
        for (Span link : links.find(text)) {
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
        if (word.isEmpty() || word.charAt(0) < 0x0980 || word.charAt(0) > 0x09FF) {
            return false;
        }
        for (int cut = 1; cut <= 3 && cut < word.length(); cut++) {
            if (names.contains(word.substring(0, word.length() - cut))) {
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

    private boolean negated(String text, List<int[]> words, int w) {
        for (int k = Math.max(0, w - 5); k < w; k++) {
            if (negators.contains(lower(text, words.get(k)))) {
                return true;
            }
        }
        return false;
    }

    private final Set<String> answersNo = Chars.words("answers_no.txt");
    private final Set<String> reportingWords = Chars.words("reporting_words.txt");

    /**
     * Whether the name is inside the buyer's words quoted back ("you mentioned you would 'rather sort this out on
     * WhatsApp'"): an open quotation mark before it in the sentence, no closing one between, and a reporting word
     * ("said", "mentioned", "asked", "bolechen", "kata") in the few words before that mark.
     */
    private boolean quotedBuyer(String text, List<int[]> words, int w) {
        int at = words.get(w)[0];
        int open = -1;
        boolean inside = false;
        for (int i = at - 1; i >= 0 && at - i < 200; i--) {
            char c = text.charAt(i);
            if (".!?\n".indexOf(c) >= 0) {
                break;
            }
            if (c == '\u2018' || c == '\u201C') {
                open = i;
                inside = true;
                break;
            }
            if (c == '\u2019' || c == '\u201D') {
                break;
            }
            if ((c == '\'' || c == '"') && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                open = i;
                inside = true;
                break;
            }
        }
        if (!inside) {
            return false;
        }
        int seen = 0;
        for (int k = w - 1; k >= 0 && seen < 8; k--) {
            if (words.get(k)[1] > open) {
                continue;
            }
            seen++;
            if (reportingWords.contains(lower(text, words.get(k)))) {
                return true;
            }
        }
        return false;
    }

    /** The buyer addressed as the one who spoke: "you asked", "apni ... bollen", "anda tanya". */
    private final Set<String> buyerPronouns = Chars.words("buyer_pronouns.txt");

    /**
     * Whether the name is the buyer's own question reported back without quotation marks ("You asked whether we have
     * a WhatsApp number.", "apni je whatsapp er kotha bollen, oi app ta ..."): in the name's sentence, a word for the
     * buyer and a reporting word next to it, before the name (or, in Bengali, the reporting word after it), and no
     * digit or {@code @} in the sentence, which would be the contact detail itself.
     */
    private boolean reportedBuyer(String text, List<int[]> words, int w) {
        int from = words.get(w)[0];
        while (from > 0 && ".!?\n।".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = words.get(w)[1];
        while (to < text.length() && ".!?\n।".indexOf(text.charAt(to)) < 0) {
            to++;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c) || c == '@') {
                return false;
            }
        }
        int pronoun = -1;
        for (int k = w - 1; k >= 0 && w - k <= 6 && words.get(k)[0] >= from; k--) {
            if (buyerPronouns.contains(lower(text, words.get(k)))) {
                pronoun = k;
                break;
            }
        }
        if (pronoun < 0) {
            return false;
        }
        if (pronoun + 1 < w && reportingWords.contains(lower(text, words.get(pronoun + 1)))) {
            return true;
        }
        for (int k = w + 1; k < words.size() && k - w <= 4 && words.get(k)[1] <= to; k++) {
            if (reportingWords.contains(lower(text, words.get(k)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the name sits in a short question the next words answer with no: the seller echoing the buyer's
     * question before refusing ("whatsapp? nope we only chat here on lazada", "ada telegram? x ada, chat shopee je").
     */
    private boolean answeredNo(String text, List<int[]> words, int w) {
        // an echo is the name and at most one word before it ("whatsapp?", "ada telegram?"); "do you have
        // WhatsApp? no worries if not" still asks for the buyer's
        if (w > 1 && !clauseBreak(text, words.get(w - 2)[1], words.get(w - 1)[0])
                && !clauseBreak(text, words.get(w - 1)[1], words.get(w)[0])) {
            return false;
        }
        for (int k = w; k < Math.min(words.size(), w + 3); k++) {
            int end = words.get(k)[1];
            int next = k + 1 < words.size() ? words.get(k + 1)[0] : text.length();
            int q = text.indexOf('?', end);
            if (q >= 0 && q < next) {
                return k + 1 < words.size() && answersNo.contains(lower(text, words.get(k + 1)));
            }
            if (clauseBreak(text, end, next)) {
                return false;
            }
        }
        return false;
    }

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
        return false;
    }

    private final Set<String> features = Chars.words("messenger_features.txt");
    private final Set<String> contactWords = Chars.words("messenger_contact.txt");

    /**
     * Whether the messenger is named as a product fact ("this phone supports WhatsApp", "ei phone e whatsapp chalate
     * update lagbe"): a product word in its clause (a few words either side) and no word of contact there.
     */
    private boolean productFact(String text, List<int[]> words, int w) {
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
            if (k == w) {
                continue;
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

    private static boolean clauseBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (",.;!?।\n".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String lower(String text, int[] w) {
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
