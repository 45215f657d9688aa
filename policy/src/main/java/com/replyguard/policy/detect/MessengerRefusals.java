package com.replyguard.policy.detect;

import static com.replyguard.policy.detect.MessengerDetector.clauseBreak;
import static com.replyguard.policy.detect.MessengerDetector.lower;

import java.util.List;
import java.util.Set;

/**
 * Whether a messenger name in a draft is refused rather than offered: a negator before it ("we don't use WhatsApp"),
 * a refusal of ability further back in its clause ("we aren't able to move our chat over to WhatsApp"), the Bengali
 * refusal after it ("whatsapp e kotha bolte parbo na"), and a refusal that covers the list it names ("insta ba facebook
 * id dewa allowed na"). Read by {@link MessengerDetector} over its word spans; immutable.
 */
final class MessengerRefusals {
    private final Set<String> negators = Chars.words("negators.txt");

    /** Whether the name at word {@code w} is refused: by a negator before it, a refusal of ability, or one after it. */
    boolean refused(String text, List<int[]> words, int w) {
        return negated(text, words, w) || refusedAbility(text, words, w) || refusedAfter(text, words, w);
    }

    /** Words that join the names of a list ("insta ba facebook", "WhatsApp or Telegram", "ig atau fb"). */
    private static final Set<String> JOINERS = Set.of("or", "and", "nor", "ba", "বা", "ও", "atau", "dan", "n", "&", "/");

    /**
     * A refusal covers the list it names: "aliexpress er rule e insta ba facebook id dewa allowed na" refuses Instagram
     * too, though its "na" is beyond Instagram's reach; "we don't use WhatsApp or Telegram" refuses both. Two names
     * are one list when only a joining word stands between them, in one clause.
     */
    static void alongLists(String text, List<int[]> words, List<int[]> names) {
        for (boolean changed = true; changed; ) {
            changed = false;
            for (int i = 0; i + 1 < names.size(); i++) {
                int[] a = names.get(i);
                int[] b = names.get(i + 1);
                if (a[4] != b[4] && b[0] - a[1] == 2 && JOINERS.contains(lower(text, words.get(a[1] + 1)))
                        && !clauseBreak(text, words.get(a[1])[1], words.get(b[0])[0])) {
                    a[4] = 1;
                    b[4] = 1;
                    changed = true;
                }
            }
        }
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
        return false;
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
            "blh", "dibenarkan", "allow", "allows", "permit", "permits", "let", "lets", "membenarkan", "benarkan");
    private static final Set<String> NOT_BE = Set.of("aren't", "isn't", "aren’t", "isn’t", "arent", "isnt");

    /** Bengali puts the refusal after the verb: "whatsapp e kotha bolte parbo na", "whatsapp share kora mana". */
    private final Set<String> refusalsAfter = Chars.words("refusals_after.txt");
    private final Set<String> modalsBeforeNa = Chars.words("modals_before_na.txt");

    private boolean refusedAfter(String text, List<int[]> words, int w) {
        for (int k = w + 1; k < Math.min(words.size(), w + 6); k++) {
            int[] prev = words.get(k - 1);
            int[] cur = words.get(k);
            if (clauseBreak(text, prev[1], cur[0])) {
                break; // the refusal must be in the same clause: a short one may still end in its "না" (below)
            }
            String word = lower(text, cur);
            if (refusalsAfter.contains(word)) {
                return true;
            }
            // "wechat x boleh ya", "whatsapp tak dibenarkan": a Malay refusal of ability right after the name
            if (k <= w + 2 && negators.contains(word) && k + 1 < words.size() && ABLE.contains(lower(text, words.get(k + 1)))
                    && !clauseBreak(text, cur[1], words.get(k + 1)[0])) {
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
                        && text.substring(cur[1], next).indexOf('?') < 0
                        && (!notAVerdict.contains(before) || needNot(text, words, k - 1, w));
            }
        }
        return false;
    }

    /**
     * Whether the "hobe" at word {@code k} follows an infinitive after the name ("WhatsApp e pathate hobe na",
     * "হোয়াটসঅ্যাপে পাঠাতে হবে না": you need not send it on WhatsApp): the act on the messenger is not needed, which
     * declines it, unlike "deri hobe na" (there will be no delay), which says what will not happen.
     */
    private static boolean needNot(String text, List<int[]> words, int k, int w) {
        if (k - 1 <= w || !(lower(text, words.get(k)).equals("hobe") || lower(text, words.get(k)).equals("হবে"))) {
            return false;
        }
        String verb = lower(text, words.get(k - 1));
        return verb.length() > 3 && (verb.endsWith("te") || verb.endsWith("তে"));
    }

    /** Words before a clause-final "না" that make it no refusal: a tag question, what will not be or be needed. */
    private final Set<String> notAVerdict = Chars.words("no_refusal_before_na.txt");
}
