package com.replyguard.drafting;

import com.replyguard.knowledge.entry.Claims;
import com.replyguard.drafting.classify.NeighbourIndex;
import com.replyguard.drafting.read.BengaliRomanizer;
import com.replyguard.knowledge.entry.Entry;
import com.replyguard.knowledge.entry.Intent;
import com.replyguard.knowledge.entry.Kind;
import com.replyguard.knowledge.entry.Status;
import com.replyguard.knowledge.search.KnowledgeSearch;
import com.replyguard.knowledge.search.SearchHit;
import com.replyguard.knowledge.search.SearchQuery;
import com.replyguard.knowledge.text.Notice;
import com.replyguard.policy.CheckResult;
import com.replyguard.policy.ComplianceChecker;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.Verdict;
import com.replyguard.policy.analysis.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Turns the chosen intent into up to three checked drafts: retrieves approved replies (buyer's language first,
 * then English), fills them, checks them, applies automatic fixes to blocking drafts or drops them, and ranks
 * what is left (ok before warn, the main intent before the runner-up, then retrieval score).
 */
final class DraftBuilder {
    static final int MAX_DRAFTS = 3;
    /** A reply written for this very marketplace beats an equally good one written for all of them. */
    private static final double OWN_MARKETPLACE_BONUS = 0.5;
    /** Weight of agents' feedback (a score in [-1, 1]): enough to reorder close matches, not to beat relevance. */
    static final double FEEDBACK_WEIGHT = 0.6;

    private final KnowledgeSearch search;
    private final ComplianceChecker checker;
    private final TemplateFiller filler;
    private final Notices notices;
    private final java.util.function.ToDoubleFunction<String> feedback;

    DraftBuilder(KnowledgeSearch search, ComplianceChecker checker, TemplateFiller filler, Notices notices) {
        this(search, checker, filler, notices, id -> 0);
    }

    DraftBuilder(KnowledgeSearch search, ComplianceChecker checker, TemplateFiller filler, Notices notices,
                 java.util.function.ToDoubleFunction<String> feedback) {
        this.feedback = feedback;
        this.search = search;
        this.checker = checker;
        this.filler = filler;
        this.notices = notices;
    }

    private record Candidate(Entry entry, double score, boolean main) {
    }

    private BengaliReplies bengaliReplies = BengaliReplies.SCRIPT;
    private boolean romanizedMessage;

    /** How a Bengali message is answered: the team's setting, and whether the message was typed in Latin letters. */
    DraftBuilder replyScript(BengaliReplies setting, boolean romanized) {
        this.bengaliReplies = setting;
        this.romanizedMessage = romanized;
        return this;
    }

    List<Draft> build(String body, Language lang, Marketplace m, Intent intent, Intent second, NeighbourIndex index,
                      Map<String, String> values, List<Notice> notes) {
        return build(body, lang, m, intent, second, false, index, values, notes);
    }

    /**
     * As above; with {@code asksBoth} (the message asks about {@code intent} and {@code second} in separate parts)
     * a reply composed from the best entry of each is offered first, the single-intent drafts after it.
     */
    List<Draft> build(String body, Language lang, Marketplace m, Intent intent, Intent second, boolean asksBoth,
                      NeighbourIndex index, Map<String, String> values, List<Notice> notes) {
        Language replyLang = lang == Language.BN || lang == Language.MS ? lang : Language.EN;
        if (lang == Language.OTHER) {
            notes.add(notices.get("language.other"));
        }
        List<Candidate> candidates = new ArrayList<>();
        // Bengali has two scripts to choose from: a few more candidates, so the preferred one is among them.
        int wanted = replyLang == Language.BN ? MAX_DRAFTS + 3 : MAX_DRAFTS;
        List<Candidate> main = retrieve(body, replyLang, m, intent, index, wanted, true);
        java.util.Set<String> romanIds = new java.util.HashSet<>();
        main.stream().filter(c -> BengaliReplies.romanized(c.entry())).forEach(c -> romanIds.add(c.entry().id()));
        boolean romanFirst = replyLang == Language.BN && romanizedMessage
                && (bengaliReplies == BengaliReplies.ROMANIZED || !romanIds.isEmpty());
        Candidate converted = null;
        if (romanFirst && romanIds.isEmpty() && !main.isEmpty()) {
            // No romanized reply for the intent: the best Bengali-script one, written in Latin letters, comes first.
            converted = main.get(0);
        }
        if (main.isEmpty() && replyLang != Language.EN) {
            main = retrieve(body, Language.EN, m, intent, index, MAX_DRAFTS, true);
            if (!main.isEmpty()) {
                notes.add(notices.get("language.fallback", replyLang));
            }
        }
        if (main.isEmpty()) {
            notes.add(notices.get("no.entries", intent, m.id()));
        }
        candidates.addAll(main);
        if (second != null) {
            List<Candidate> other = retrieve(body, replyLang, m, second, index, 1, false);
            if (other.isEmpty() && replyLang != Language.EN) {
                other = retrieve(body, Language.EN, m, second, index, 1, false);
            }
            if (!other.isEmpty()) {
                if (candidates.size() >= MAX_DRAFTS) {
                    candidates.remove(candidates.size() - 1);
                }
                candidates.addAll(other);
            }
        }
        List<Draft> drafts = new ArrayList<>();
        boolean droppedNoted = false;
        for (Candidate c : candidates) {
            Draft d = toDraft(c, m, replyLangOf(c.entry()), values);
            if (d == null) {
                if (!droppedNoted) {
                    notes.add(notices.get("dropped", m.id()));
                    droppedNoted = true;
                }
                continue;
            }
            drafts.add(d);
        }
        drafts.sort(Comparator.comparingInt((Draft d) -> d.check().verdict() == Verdict.OK ? 0 : 1)
                .thenComparingInt(d -> d.intent() == intent ? 0 : 1)
                .thenComparingInt(d -> romanIds.contains(d.entryId()) == romanFirst ? 0 : 1)
                .thenComparing(Comparator.comparingDouble(Draft::score).reversed()));
        Draft latin = converted == null ? null : toDraft(converted, m, Language.BN, values, true);
        if (latin != null) {
            drafts.add(0, latin);
            notes.add(notices.get("romanized.converted", intent));
        } else if (converted != null) {
            notes.add(notices.get("romanized.none", intent));
        }
        if (asksBoth && second != null) {
            Draft both = composed(main, candidates, second, m, values);
            if (both != null) {
                drafts.add(0, both);
                return drafts.size() > MAX_DRAFTS ? List.copyOf(drafts.subList(0, MAX_DRAFTS)) : drafts;
            }
        }
        return drafts.size() > MAX_DRAFTS ? List.copyOf(drafts.subList(0, MAX_DRAFTS)) : drafts;
    }

    /** One reply from the best entry of each intent (same language), checked like any draft; null when none. */
    private Draft composed(List<Candidate> main, List<Candidate> all, Intent second, Marketplace m,
                           Map<String, String> values) {
        if (main.isEmpty()) {
            return null;
        }
        Entry a = main.get(0).entry();
        Candidate other = all.stream().filter(c -> c.entry().intent() == second
                && c.entry().language() == a.language()).findFirst().orElse(null);
        if (other == null) {
            return null;
        }
        Entry b = other.entry();
        String text = Composer.compose(a.body(), b.body());
        Draft d = toDraft(new Candidate(withBody(a, text), main.get(0).score(), true), m, a.language(), values);
        return d == null ? null : new Draft(d.text(), a.id(), a.intent(), d.score(), d.check(), d.needsInput(),
                d.autoFixed(), b.id(), b.intent());
    }

    /** The entry with another body (composed, or written in Latin letters), everything else as it is. */
    private static Entry withBody(Entry a, String body) {
        return new Entry(a.id(), a.kind(), a.marketplaces(), a.language(), a.intent(), a.topic(), a.title(),
                a.questions(), body, a.tags(), a.source(), a.status(), a.group(), a.author(), a.approver(), a.version(),
                a.created(), a.updated());
    }

    private static Language replyLangOf(Entry e) {
        return e.language();
    }

    private List<Candidate> retrieve(String body, Language lang, Marketplace m, Intent intent, NeighbourIndex index,
                                     int n, boolean main) {
        List<Candidate> out = new ArrayList<>();
        if (index != null) {
            for (NeighbourIndex.Scored s : index.best(body, lang, Kind.REPLY, intent.name(), m, n + 2)) {
                out.add(new Candidate(s.entry(), bonus(s.entry(), m) + s.score(), main));
            }
        } else if (search != null) {
            SearchQuery q = new SearchQuery(body.isBlank() ? intent.name() : body, Kind.REPLY, m, Status.APPROVED,
                    lang, intent, null, n + 2);
            for (SearchHit h : search.search(q)) {
                if (h.entry().intent() == intent && h.entry().language() == lang) {
                    out.add(new Candidate(h.entry(), bonus(h.entry(), m) + h.score(), main));
                }
            }
        }
        out.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return out.size() > n ? new ArrayList<>(out.subList(0, n)) : out;
    }

    private double bonus(Entry e, Marketplace m) {
        double fb = feedback.applyAsDouble(e.id());
        return (e.marketplaces().contains(m) ? OWN_MARKETPLACE_BONUS : 0)
                + FEEDBACK_WEIGHT * Math.max(-1, Math.min(1, fb));
    }

    /** The checked draft for a candidate, or null when it blocks and no automatic fix clears it. */
    private Draft toDraft(Candidate c, Marketplace m, Language lang, Map<String, String> values) {
        return toDraft(c, m, lang, values, false);
    }

    /** As above; {@code latin} writes the filled text in Latin letters (the generic words the filler put in too). */
    private Draft toDraft(Candidate c, Marketplace m, Language lang, Map<String, String> values, boolean latin) {
        TemplateFiller.Filled filled = filler.fill(c.entry().body(), values, lang);
        String text = latin ? BengaliRomanizer.toLatin(filled.text()) : filled.text();
        // A draft with claims to confirm is checked as sent before they are (each as its promise); the bot checks
        // the finished text again once the agent has answered.
        CheckResult check = checker.check(Claims.any(text) ? Claims.promised(text) : text, m);
        boolean fixed = false;
        if (check.verdict() == Verdict.BLOCK) {
            if (check.fixed() == null || check.fixed().isBlank()) {
                return null;
            }
            CheckResult again = checker.check(check.fixed(), m);
            if (again.verdict() == Verdict.BLOCK) {
                return null;
            }
            text = check.fixed();
            check = again;
            fixed = true;
        }
        return new Draft(text, c.entry().id(), c.entry().intent(), DraftingService.round(c.score()), check,
                filled.needsInput(), fixed);
    }
}
