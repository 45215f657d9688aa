package com.replyguard.drafting;

import com.replyguard.drafting.classify.CueLexicon;
import com.replyguard.drafting.classify.LabelClassifier;
import com.replyguard.drafting.classify.LearnedLabels;
import com.replyguard.drafting.classify.NeighbourIndex;
import com.replyguard.drafting.extract.FoundEntities;
import com.replyguard.drafting.extract.SignOffs;
import com.replyguard.drafting.read.MessageReader;
import com.replyguard.drafting.read.ReadMessage;
import com.replyguard.knowledge.entry.Intent;
import com.replyguard.knowledge.entry.Kind;
import com.replyguard.policy.analysis.Language;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a buyer message asks about: its intent and how sure the classifier is (cue phrases plus the nearest example
 * questions of approved replies), the fallbacks when it cannot tell (only an order id; a bare question), and a second
 * intent when the message asks two things. Thread safety: stateless after construction; safe to share.
 */
final class IntentReader {
    static final double LOW_CONFIDENCE = 0.3;
    private static final double CLAUSE_CONFIDENCE = 0.3;

    /** Where a message asks a second thing: after a sentence end, or a joining "and"/"also" between questions. */
    private static final Pattern CLAUSES = Pattern.compile(
            "(?<=[?!।])\\s+|(?<=\\.)\\s+(?=\\p{L})|\\n+|,?\\s+(?:and also|and|also|plus|dan juga|dan|juga|ar|abar|আর|এবং)\\s+"
                    + "(?=(?:can|could|will|would|is|are|do|does|did|how|when|where|what|why|please|i|boleh|bila|"
                    + "bagaimana|macam|kenapa|saya|nak|কি|কবে|কিভাবে|কেন|আমি|ki|kobe|kivabe|keno|ami)\\b)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    /** Words a part may open with that point back to what the message just said ("it", "eta", "ini", "এটা"). */
    private static final java.util.Set<String> BACK_REFERENCES = java.util.Set.of("it", "this", "that", "eta", "eti",
            "ota", "ini", "itu", "ia", "এটা", "এটি", "ওটা");

    /** Words a question may open with before the word that points back ("is it …?", "adakah ini …?"). */
    private static final java.util.Set<String> QUESTION_OPENERS = java.util.Set.of("is", "was", "does", "do", "can",
            "will", "would", "should", "adakah", "apakah");

    /** True when a part opens with a word pointing back to what the message just said, or a question opener and one. */
    private static boolean pointsBack(String part) {
        String[] w = part.strip().toLowerCase(java.util.Locale.ROOT).split("[\\s,?!.]+");
        return w.length > 0 && (BACK_REFERENCES.contains(w[0])
                || w.length > 1 && QUESTION_OPENERS.contains(w[0]) && BACK_REFERENCES.contains(w[1]));
    }

    private final MessageReader reader;
    private final LabelClassifier<Intent> intents;

    IntentReader(MessageReader reader) {
        this.reader = reader;
        // The learned model weighs twice the neighbours' full vote: on text it did not learn from (each source file
        // held out in turn) it reads 0.967 of the labelled messages right alone, above cues and neighbours together
        this.intents = new LabelClassifier<>(Intent.class, CueLexicon.load("intent-cues.tsv", names(Intent.values())),
                4.0, LearnedLabels.load("intent-model.bin"), 8.0);
    }

    static java.util.Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toSet());
    }

    /** The ranking of every intent for {@code read} (its ids, names, amounts and dates left out). */
    LabelClassifier.Ranking<Intent> rank(ReadMessage read, FoundEntities entities, NeighbourIndex index) {
        String classified = withoutEntities(read.searchText(), entities.asPlaceholders());
        return intents.rank(classified, read.language(), index, Kind.REPLY, mixesEnglish(read), read.body());
    }

    /**
     * The intent the classifier gives {@code text} (a buyer question, or a reply being saved as knowledge), or empty
     * when it cannot tell.
     */
    Optional<Intent> guess(String text, NeighbourIndex index) {
        ReadMessage read = reader.read(text == null ? "" : text);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        LabelClassifier.Ranking<Intent> ranking = intents.rank(read.searchText(), read.language(), index,
                Kind.REPLY, mixesEnglish(read));
        return Optional.ofNullable(ranking.top());
    }

    /**
     * The other intent a message with two questions asks about ("where is my order, and can I change the
     * address?"): each part is classified alone, and a part confidently about another intent than the whole
     * message's main one names it. Null when the message asks one thing, or when the ranking shows no second intent
     * worth splitting the message for.
     */
    Intent secondAsked(LabelClassifier.Ranking<Intent> ranking, String body, Intent main, Language lang,
                       NeighbourIndex index) {
        if (ranking.labels().size() < 2 || ranking.labels().get(1).score() < 0.25 * ranking.topScore()) {
            return null;
        }
        String[] parts = CLAUSES.split(body);
        if (parts.length < 2) {
            return null;
        }
        boolean mainAsked = false;
        Intent other = null;
        for (String part : parts) {
            if (part.strip().split("\\s+").length < 3) {
                continue;
            }
            if (pointsBack(part)) {
                continue; // "… eta ki amake dite hobe?", "Is it mine to pay?": the same thing asked on, not a second one
            }
            ReadMessage r = reader.read(part);
            LabelClassifier.Ranking<Intent> rk = intents.rank(r.searchText(), lang, index, Kind.REPLY, mixesEnglish(r));
            if (rk.top() == null || rk.confidence() < CLAUSE_CONFIDENCE) {
                continue;
            }
            Intent i = rk.top();
            if (i == main) {
                mainAsked = true;
            } else if (other == null && i != Intent.PRAISE) {
                other = i; // a closing "thanks so much, love the shop" is not a second question
            }
        }
        return mainAsked ? other : null;
    }

    /** Words that turn from thanks or praise to a problem ("but", "tapi", "walau bagaimanapun", "কিন্তু"). */
    private static final String TURN = "(?:but|however|unfortunately|sadly|though|tapi|tp|tetapi|akan tetapi|namun|"
            + "walau bagaimanapun|malangnya|cuma|kintu|tobe|কিন্তু|তবে)";

    /** Where thanks or praise may end and the real ask begin: a sentence end, or a turn word. */
    private static final Pattern TURNS = Pattern.compile(
            "(?<=[?!।])\\s+|(?<=\\.)\\s+(?=\\p{L})|\\n+|[,;]?\\s+(?=" + TURN + "\\b)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    /** A part that opens with a turn word. */
    private static final Pattern TURNED = Pattern.compile("^\\W*" + TURN + "\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * The ranking of the real ask behind thanks or praise: when {@code ranking} reads the whole message as PRAISE,
     * each part that asks (a question) or turns to a problem ("but ...", "tapi ...", "কিন্তু ...") is classified alone,
     * and the one most confidently about another intent wins ("Thanks for the fast delivery! But the lid is cracked,
     * what can I do?" is about the damage). Parts that only praise are never read alone: out of their message a
     * "will buy again" or "works well" reads as anything. {@code ranking} itself when no part asks anything else.
     */
    LabelClassifier.Ranking<Intent> askBehindPraise(LabelClassifier.Ranking<Intent> ranking, String body,
                                                    Language lang, NeighbourIndex index) {
        if (ranking.top() != Intent.PRAISE) {
            return ranking;
        }
        LabelClassifier.Ranking<Intent> best = null;
        for (String part : TURNS.split(body)) {
            if (part.strip().split("\\s+").length < 3 || !isQuestion(part) && !TURNED.matcher(part).find()) {
                continue;
            }
            ReadMessage r = reader.read(part);
            LabelClassifier.Ranking<Intent> rk = intents.rank(r.searchText(), lang, index, Kind.REPLY, mixesEnglish(r),
                    r.body());
            Intent i = rk.top();
            if (i == null || i == Intent.PRAISE || rk.confidence() < CLAUSE_CONFIDENCE) {
                continue;
            }
            if (best == null || rk.confidence() > best.confidence()) {
                best = rk;
            }
        }
        return best == null ? ranking : best;
    }

    /**
     * {@code read} without the buyer's closing at its end (the sign-off and {@code name}, see {@link SignOffs}), for
     * classifying and searching; {@code read} itself when nothing closes it.
     */
    ReadMessage withoutSignOff(ReadMessage read, String name) {
        String body = SignOffs.cut(read.body(), name);
        if (body.equals(read.body())) {
            return read;
        }
        return new ReadMessage(read.original(), body, read.language(), read.truncated(), read.unwrapped(),
                read.romanized(), read.romanized() ? reader.phonetic().toBengali(body) : body);
    }

    /** The runner-up intent when the ranking is unsure between two, else null. */
    static Intent secondIntent(LabelClassifier.Ranking<Intent> ranking, Intent first) {
        if (ranking.labels().size() < 2 || ranking.confidence() > 0.8) {
            return null;
        }
        LabelClassifier.Scored<Intent> s = ranking.labels().get(1);
        return s.score() >= 0.5 * ranking.topScore() && s.label() != first ? s.label() : null;
    }

    /** The text with ids, names, amounts and dates blanked: they say nothing about intent and dilute neighbours. */
    private static String withoutEntities(String body, Map<String, String> entities) {
        String text = body;
        for (Map.Entry<String, String> e : entities.entrySet()) {
            if (!e.getKey().equals("carrier") && !e.getKey().equals("product") && e.getValue().length() >= 2) {
                text = text.replace(e.getValue(), " ");
            }
        }
        return text;
    }

    /** True for a Bengali or Malay message with English words in it (romanized Bengali always may have them). */
    private boolean mixesEnglish(ReadMessage read) {
        if (read.language() == Language.EN || read.language() == Language.OTHER) {
            return false;
        }
        for (String w : read.body().split("[^A-Za-z]+")) {
            if (w.length() > 2 && reader.phonetic().isKeptWord(w)) {
                return true;
            }
        }
        return false;
    }

    /** True when the message asks something: a question mark (Latin, Arabic or full-width) at the end of a sentence. */
    static boolean isQuestion(String body) {
        String t = body.strip();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if ((c == '?' || c == '\uFF1F' || c == '\u061F') && (i == t.length() - 1 || !Character.isLetterOrDigit(t.charAt(i + 1)))) {
                return true;
            }
        }
        return false;
    }
}
