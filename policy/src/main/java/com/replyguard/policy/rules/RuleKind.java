package com.replyguard.policy.rules;

import com.replyguard.policy.Category;
import com.replyguard.policy.detect.Detector;
import java.util.List;
import java.util.Set;

/** The closed set of rule kinds a rule file may name with {@code kind:}. */
public sealed interface RuleKind {

    /**
     * Word patterns over analysed tokens (stemmed, synonyms folded) and frames over concepts, matched within one
     * sentence: a sentence offends when any pattern or any frame matches it and no {@code unless} pattern does, or
     * when the sentence has one of the {@code unlessNot} concepts, which set the {@code unless} patterns aside
     * ("rather than through Amazon" names the marketplace to leave it). {@code patternsNone}: concepts that keep the
     * word patterns (not the frames, which have their own {@code none}) from reading a sentence, e.g. the buyer's own
     * wish to cancel, reported back, before "you can cancel it yourself in the app"; {@code patternsNoneUnless}:
     * concepts that let the patterns read such a sentence after all (a request: "could you please cancel it from your
     * end rather than me"). {@code messageUnless}: patterns that, matched anywhere in the message, keep the whole rule
     * off it (the decision left to the buyer: "whether you edit it is entirely up to you"), unless a sentence of the
     * message holds one of the {@code messageUnlessNot} concepts (something traded for it: REWARD).
     */
    record Phrase(List<PhrasePattern> patterns, List<Frame> frames, List<PhrasePattern> unless, long unlessNot,
                  long patternsNone, long patternsNoneUnless, boolean sentenceSpan, int maxTokens,
                  List<PhrasePattern> messageUnless, long messageUnlessNot) implements RuleKind {
        public Phrase {
            patterns = List.copyOf(patterns);
            frames = List.copyOf(frames);
            unless = List.copyOf(unless);
            messageUnless = List.copyOf(messageUnless);
        }
    }

    /**
     * Exact strings, case-insensitive, anywhere in the raw text (e.g. a "[Important]" tag). {@code firsts} holds
     * each literal's first character in lower case, so the matcher can skip most positions with one comparison.
     */
    record Literal(List<String> literals, String firsts) implements RuleKind {
        public Literal {
            literals = List.copyOf(literals);
            StringBuilder f = new StringBuilder(literals.size());
            for (String lit : literals) {
                if (lit.isEmpty()) {
                    throw new IllegalArgumentException("a literal must not be empty");
                }
                f.append(Character.toLowerCase(lit.charAt(0)));
            }
            firsts = f.toString();
        }

        public Literal(List<String> literals) {
            this(literals, "");
        }
    }

    /**
     * Language-independent detectors: {@code link}, {@code email}, {@code phone}, {@code messenger} (one, or a list:
     * their spans together, in text order). With {@code frames}, a detected span counts only when its sentence or the
     * one before it matches one of them (a shop's address given "because it is cheaper there" moves the sale off
     * the marketplace, not only the buyer's attention).
     */
    record Detect(List<String> names, List<Detector> detectors, List<Frame> frames) implements RuleKind {
        public Detect {
            names = List.copyOf(names);
            detectors = List.copyOf(detectors);
            frames = List.copyOf(frames);
            if (names.isEmpty() || names.size() != detectors.size()) {
                throw new IllegalArgumentException("a detector rule needs one name per detector");
            }
        }

        public Detect(String name, Detector detector) {
            this(List.of(name), List.of(detector), List.of());
        }
    }

    /**
     * What a marketplace allows: drops findings of the named rules or categories when the finding is a link to
     * one of {@code domains} (brands such as {@code amazon}) or when one of {@code patterns} matches its sentence, or
     * one of the {@code before} sentences before it (and no {@code unless} pattern matches there).
     */
    record Exception(Set<String> ruleIds, Set<Category> categories, Set<String> domains,
                     List<PhrasePattern> patterns, List<PhrasePattern> unless, int before) implements RuleKind {
        public Exception {
            ruleIds = Set.copyOf(ruleIds);
            categories = Set.copyOf(categories);
            domains = Set.copyOf(domains);
            patterns = List.copyOf(patterns);
            unless = List.copyOf(unless);
        }

        boolean covers(String ruleId, Category category) {
            return ruleIds.contains(ruleId) || categories.contains(category);
        }
    }
}
