package com.replyguard.drafting.read;

import com.replyguard.policy.analysis.Detection;
import com.replyguard.policy.analysis.Language;
import com.replyguard.policy.analysis.LanguageDetector;
import com.replyguard.policy.analysis.Script;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a pasted buyer message: drops quoted earlier mail, marketplace notification headers and footers and device
 * signatures, caps the length and detects the language.
 *
 * <p>Works line by line with plain string tests, so it is linear in the input and safe on hostile text.
 * Thread safety: immutable.
 */
public final class MessageReader {
    /** Longest input looked at at all; a paste longer than this is almost certainly a whole mail thread. */
    public static final int MAX_INPUT = 20_000;
    /** Longest body analysed: buyers' questions are short, and the classifier and checker stay fast. */
    public static final int MAX_BODY = 4_000;

    private static final List<String> CUT_MARKERS = WordList.list(MessageReader.class, "cut-markers.txt");
    private static final List<String> CHROME = WordList.list(MessageReader.class, "chrome.txt");
    /** A chrome entry that is a device signature, chrome only on a short line of its own. */
    private static final String SIGNATURE = "sig:";
    private static final int SIGNATURE_WORDS = 6;
    private static final Set<String> MALAY_WORDS = WordList.set(MessageReader.class, "malay-words.txt");
    private static final Set<String> ENGLISH_WORDS = WordList.set(MessageReader.class, "english-words.txt");
    /** The detector's own romanized Bengali words ({@code bengali_latin_words.txt}, several to a line). */
    private static final Set<String> BENGALI_LATIN_WORDS = bengaliLatinWords();

    private final LanguageDetector detector;
    private final BengaliPhonetic phonetic = new BengaliPhonetic();

    public MessageReader(LanguageDetector detector) {
        this.detector = detector;
    }

    /** Reads {@code text} (null is read as empty). */
    public ReadMessage read(String text) {
        String original = text == null ? "" : text;
        boolean truncated = original.length() > MAX_INPUT;
        String input = truncated ? original.substring(0, MAX_INPUT) : original;
        String[] lines = input.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<String> kept = new ArrayList<>();
        boolean unwrapped = false;
        boolean inAmazonBlock = false;
        boolean sawAmazonBlock = false;
        for (String raw : lines) {
            String line = raw.strip();
            String lower = line.toLowerCase(Locale.ROOT);
            if (isBlockMarker(lower, "begin message")) {
                inAmazonBlock = true;
                sawAmazonBlock = true;
                kept.clear();
                unwrapped = true;
                continue;
            }
            if (isBlockMarker(lower, "end message")) {
                if (inAmazonBlock) {
                    break;
                }
                continue;
            }
            if (line.equals("--") || isCutLine(lower)) {
                unwrapped = true;
                if (!kept.isEmpty() || sawAmazonBlock) {
                    break;
                }
                continue;
            }
            if (line.startsWith(">") || isChrome(lower)) {
                unwrapped = true;
                continue;
            }
            kept.add(line);
        }
        String body = String.join("\n", kept).strip().replaceAll("\n{3,}", "\n\n");
        if (body.length() > MAX_BODY) {
            body = body.substring(0, MAX_BODY);
            truncated = true;
        }
        Detection detection = detector.detectWithScript(body);
        Language language = language(body, detection);
        if (language == Language.BN && !body.isEmpty() && detection.script() == Script.LATIN) {
            return new ReadMessage(original, body, language, truncated, unwrapped, true, phonetic.toBengali(body));
        }
        return new ReadMessage(original, body, language, truncated, unwrapped);
    }

    /** True when {@code text} is Bengali written in Latin letters (the detector's bn/latin). */
    public boolean isRomanizedBengali(String text) {
        return detector.detectWithScript(text).script() == Script.LATIN && language(text) == Language.BN;
    }

    /** The transliteration this reader uses for romanized Bengali. */
    public BengaliPhonetic phonetic() {
        return phonetic;
    }

    /**
     * The detector's answer (Bengali in Latin letters counts as Bengali), corrected towards Malay when Malay words
     * clearly outnumber English ones.
     */
    public Language language(String text) {
        return language(text, detector.detectWithScript(text));
    }

    private Language language(String text, Detection d) {
        if (d.language() == Language.BN) {
            return d.script() == Script.LATIN && malayChatOutweighsBengali(text) ? Language.MS : Language.BN;
        }
        Language detected = d.language();
        if (detected != Language.EN && detected != Language.MS) {
            return detected;
        }
        int malay = 0;
        int english = 0;
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (MALAY_WORDS.contains(w) || w.length() >= 2 && MalayChat.isShortForm(w)) {
                malay++; // chat short forms ("dh", "br", "lg") are Malay words too
            } else if (ENGLISH_WORDS.contains(w)) {
                english++;
            }
        }
        if (malay > english) {
            return Language.MS;
        }
        return english > malay ? Language.EN : detected;
    }

    /**
     * True when a Latin-script text the detector took for romanized Bengali is Malay typed in chat ("order 3 helai tp
     * dpt 2 je"): its Malay words and chat short forms that are not also romanized Bengali words number two or more
     * and outnumber its romanized Bengali words.
     */
    static boolean malayChatOutweighsBengali(String text) {
        int malay = 0;
        int bengali = 0;
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (BENGALI_LATIN_WORDS.contains(w)) {
                bengali++;
            } else if (MALAY_WORDS.contains(w) || MalayChat.isShortForm(w)) {
                malay++;
            }
        }
        return malay >= 2 && malay > bengali;
    }

    private static Set<String> bengaliLatinWords() {
        Set<String> words = new java.util.HashSet<>();
        for (String line : WordList.list(LanguageDetector.class, "bengali_latin_words.txt")) {
            for (String w : line.split("\\s+")) {
                words.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(words);
    }

    private static boolean isBlockMarker(String lower, String words) {
        return lower.startsWith("---") && lower.contains(words);
    }

    private static boolean isCutLine(String lower) {
        for (String marker : CUT_MARKERS) {
            if (lower.contains(marker) && (lower.startsWith("-") || lower.startsWith("_") || lower.length() < 60)) {
                return true;
            }
        }
        // "On Mon, 3 May 2026, Shop <x@y> wrote:" and its Malay and Bengali forms.
        if ((lower.startsWith("on ") && lower.endsWith("wrote:"))
                || (lower.startsWith("pada ") && lower.endsWith("menulis:"))
                || lower.endsWith("লিখেছেন:")) {
            return true;
        }
        return lower.startsWith("from:") && lower.contains("@");
    }

    private static boolean isChrome(String lower) {
        for (String c : CHROME) {
            if (c.startsWith(SIGNATURE)) {
                if (lower.contains(c.substring(SIGNATURE.length()))
                        && lower.strip().split("\\s+").length <= SIGNATURE_WORDS) {
                    return true;
                }
            } else if (lower.startsWith(c) || (c.length() > 12 && lower.contains(c))) {
                return true;
            }
        }
        return false;
    }
}
