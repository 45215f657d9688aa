package com.replyguard.drafting.classify;

import com.replyguard.policy.analysis.Language;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words that make a cue report its thing done rather than ask for it ("dah cancel, bila refund?" asks about the
 * refund): {@code @done} words before the cue, {@code @done-after} words right after it, {@code @done-form} cue words
 * that are themselves done forms, and {@code @request} words that make it an ask again ("boleh dibatalkan?"), read
 * from the cue lexicon's directives.
 *
 * <p>Thread safety: filled while the lexicon loads, read-only afterwards.
 */
final class DoneWords {
    /** {@code @done} words per language and label: after them the label's cue reports a thing done, not an ask. */
    private final Map<Language, Map<String, Set<String>>> done = new HashMap<>();
    /** {@code @done-after} words per language and label: right after the cue they report it done ("batil korechi"). */
    private final Map<Language, Map<String, Set<String>>> doneAfter = new HashMap<>();
    /** {@code @done-form} words per language and label: the cue word itself reports a thing done ("dibatalkan"). */
    private final Map<Language, Map<String, Set<String>>> doneForm = new HashMap<>();
    /** {@code @request} words per language: between a done word and the cue they make it an ask again ("boleh"). */
    private final Map<Language, Set<String>> request = new HashMap<>();
    /** How many words before a cue a {@code @done} or {@code @request} word may stand ("dah cancel order"). */
    private static final int DONE_WINDOW = 3;
    /** How many words after a cue a {@code @done-after} word may stand ("বাতিল হয়ে গেছে"). */
    private static final int DONE_AFTER_WINDOW = 2;

    /** Reads one directive of the lexicon when it is one of these; false when it is not (the lexicon reads it). */
    boolean directive(String name, String[] f, Set<String> labels) {
        if (name.equals("@request") && f.length == 3) {
            request.merge(Language.parse(f[1].strip()),
                    Set.copyOf(List.of(f[2].strip().toLowerCase(java.util.Locale.ROOT).split("\\s+"))), DoneWords::union);
            return true;
        }
        Map<Language, Map<String, Set<String>>> lists = switch (name) {
            case "@done" -> done;
            case "@done-after" -> doneAfter;
            case "@done-form" -> doneForm;
            default -> null;
        };
        if (f.length == 4 && lists != null && labels.contains(f[1].strip())) {
            lists.computeIfAbsent(Language.parse(f[2].strip()), k -> new HashMap<>())
                    .merge(f[1].strip(), Set.of(Normalizer.fold(f[3]).strip().split(" ")), DoneWords::union);
            return true;
        }
        return false;
    }

    /** The {@code @request} words of a language. */
    Set<String> requestWords(Language language) {
        return request.getOrDefault(language, Set.of());
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.addAll(b);
        return Set.copyOf(both);
    }

    /** Whether {@code label} has done words of any kind in either language. */
    boolean hasAny(String label, Language language, Language context) {
        for (Language l : language == context ? List.of(language) : List.of(language, context)) {
            for (Map<Language, Map<String, Set<String>>> lists : List.of(done, doneAfter, doneForm)) {
                if (lists.getOrDefault(l, Map.of()).containsKey(label)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when the cue on words {@code first..last} of {@code raw} reports its label's thing done: a done word up to
     * {@link #DONE_WINDOW} words before it, or the cue word a done form, with no request word in those words ("dah cancel
     * order", "was cancelled", "pesanan dibatalkan", but "boleh dibatalkan?", "can it be cancelled?"); or a done-after
     * word in its later words or up to {@link #DONE_AFTER_WINDOW} words after it ("cancel kore" in "cancel korechi") ("batil hoye geche", "বাতিল করেছি").
     */
    boolean isDone(String[] raw, int first, int last, String label, Language language, Language context) {
        if (first < 0 || first >= raw.length) {
            return false;
        }
        Set<String> before = words(done, label, language, context);
        Set<String> forms = words(doneForm, label, language, context);
        Set<String> after = words(doneAfter, label, language, context);
        Set<String> asks = new java.util.HashSet<>(request.getOrDefault(language, Set.of()));
        asks.addAll(request.getOrDefault(context, Set.of()));
        boolean reported = forms.contains(raw[first]);
        for (int k = first - 1; k >= 0 && k >= first - DONE_WINDOW; k--) {
            if (asks.contains(raw[k])) {
                return false;
            }
            reported |= before.contains(raw[k]);
        }
        if (reported) {
            return true;
        }
        for (int k = first + 1; k < raw.length && k <= last + DONE_AFTER_WINDOW; k++) {
            if (after.contains(raw[k])) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> words(Map<Language, Map<String, Set<String>>> lists, String label, Language language,
                                     Language context) {
        Set<String> out = new java.util.HashSet<>(lists.getOrDefault(language, Map.of()).getOrDefault(label, Set.of()));
        out.addAll(lists.getOrDefault(context, Map.of()).getOrDefault(label, Set.of()));
        return out;
    }
}
