package com.replyguard.policy.detect;

import java.util.List;
import java.util.Set;

/**
 * Whether a messenger name in a seller's draft is the buyer's own word, not an invitation: quoted back ("you mentioned
 * you would 'rather sort this out on WhatsApp'"), reported back ("You asked whether we have a WhatsApp number"), or
 * echoed as a question the seller answers with no ("whatsapp? nope we only chat here"). Read by
 * {@link MessengerDetector} over its word spans; immutable.
 */
final class BuyersWords {
    /** Words that answer an echoed question with no ("no", "nope", "x ada"). */
    private final Set<String> answersNo = Chars.words("answers_no.txt");
    /** Words that report speech: "said", "asked", "bolechen", "kata". */
    private final Set<String> reportingWords = Chars.words("reporting_words.txt");
    /** The buyer addressed as the one who spoke: "you asked", "apni ... bollen", "anda tanya". */
    private final Set<String> buyerPronouns = Chars.words("buyer_pronouns.txt");

    /** Whether the name at word {@code w} is the buyer's word quoted, reported or echoed back. */
    boolean spokenByBuyer(String text, List<int[]> words, int w) {
        return answeredNo(text, words, w) || quotedBuyer(text, words, w) || reportedBuyer(text, words, w);
    }

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
            if (reportingWords.contains(MessengerDetector.lower(text, words.get(k)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the name is the buyer's own question reported back without quotation marks ("You asked whether we have
     * a WhatsApp number.", "apni je whatsapp er kotha bollen, oi app ta ...", "the whatsapp u mentioned"): in the
     * name's sentence, a word for the buyer and a reporting word next to it, before the name (or, in Bengali, the
     * reporting word after it; in an English relative clause, both after it), and no digit or {@code @} in the
     * sentence, which would be the contact detail itself.
     */
    private boolean reportedBuyer(String text, List<int[]> words, int w) {
        int[] sentence = Chars.sentenceAround(text, words.get(w)[0], words.get(w)[1]);
        int from = sentence[0];
        int to = sentence[1];
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c) || c == '@') {
                return false;
            }
        }
        int pronoun = -1;
        for (int k = w - 1; k >= 0 && w - k <= 6 && words.get(k)[0] >= from; k--) {
            if (buyerPronouns.contains(MessengerDetector.lower(text, words.get(k)))) {
                pronoun = k;
                break;
            }
        }
        if (pronoun < 0) {
            // English puts the buyer after the name in a relative clause: "the whatsapp u mentioned", "the WhatsApp
            // number you asked for"
            for (int k = w + 1; k < words.size() && k - w <= 3 && words.get(k)[1] <= to; k++) {
                if (buyerPronouns.contains(MessengerDetector.lower(text, words.get(k))) && k + 1 < words.size()
                        && words.get(k + 1)[1] <= to
                        && reportingWords.contains(MessengerDetector.lower(text, words.get(k + 1)))) {
                    return true;
                }
            }
            return false;
        }
        if (pronoun + 1 < w && reportingWords.contains(MessengerDetector.lower(text, words.get(pronoun + 1)))) {
            return true;
        }
        for (int k = w + 1; k < words.size() && k - w <= 4 && words.get(k)[1] <= to; k++) {
            if (reportingWords.contains(MessengerDetector.lower(text, words.get(k)))) {
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
        if (w > 1 && !MessengerDetector.clauseBreak(text, words.get(w - 2)[1], words.get(w - 1)[0])
                && !MessengerDetector.clauseBreak(text, words.get(w - 1)[1], words.get(w)[0])) {
            return false;
        }
        for (int k = w; k < Math.min(words.size(), w + 3); k++) {
            int end = words.get(k)[1];
            int next = k + 1 < words.size() ? words.get(k + 1)[0] : text.length();
            int q = text.indexOf('?', end);
            if (q >= 0 && q < next) {
                return k + 1 < words.size() && answersNo.contains(MessengerDetector.lower(text, words.get(k + 1)));
            }
            if (MessengerDetector.clauseBreak(text, end, next)) {
                return false;
            }
        }
        return false;
    }
}
