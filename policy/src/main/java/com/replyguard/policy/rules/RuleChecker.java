package com.replyguard.policy.rules;

import com.replyguard.policy.CheckResult;
import com.replyguard.policy.ComplianceChecker;
import com.replyguard.policy.Finding;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.Verdict;
import com.replyguard.policy.analysis.Language;
import com.replyguard.policy.analysis.TextAnalysis;
import com.replyguard.policy.detect.Span;
import com.replyguard.policy.text.FoldedText;
import com.replyguard.policy.text.Folding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The compliance checker built from loaded rules: analyses a draft once, runs every rule of the marketplace, drops
 * what the marketplace's exception rules allow, and produces the verdict and the automatically fixed draft.
 *
 * <p>Usage: {@code RuleChecker c = RulePacks.loadChecker(analysis, List.of()); c.check(text, Marketplace.AMAZON)}.
 * Thread safety: immutable after construction; {@link #check} may run on many threads at once.
 */
public final class RuleChecker implements ComplianceChecker {
    private static final int FIX_ROUNDS = 3;

    private final TextAnalysis analysis;
    private final List<Rule> rules;
    private final Map<Marketplace, List<Rule>> active = new EnumMap<>(Marketplace.class);
    private final Map<Marketplace, List<Rule>> exceptions = new EnumMap<>(Marketplace.class);
    private final Folding folding = new Folding();

    RuleChecker(TextAnalysis analysis, List<Rule> rules) {
        this.analysis = analysis;
        this.rules = List.copyOf(rules);
        for (Marketplace m : Marketplace.values()) {
            List<Rule> a = new ArrayList<>();
            List<Rule> e = new ArrayList<>();
            for (Rule r : rules) {
                if (r.appliesTo(m)) {
                    (r.isException() ? e : a).add(r);
                }
            }
            active.put(m, List.copyOf(a));
            exceptions.put(m, List.copyOf(e));
        }
    }

    /** Every loaded rule, built-in and team rules, in load order. */
    public List<Rule> rules() {
        return rules;
    }

    @Override
    public CheckResult check(String text, Marketplace marketplace) {
        String t = text == null ? "" : text;
        Marketplace m = marketplace == null ? Marketplace.ALL : marketplace;
        Language language = analysis.detector().detect(t);
        List<Finding> findings = findings(t, m, language);
        String fixed = null;
        if (findings.stream().anyMatch(f -> f.fix() != null)) {
            fixed = t;
            List<Finding> current = findings;
            for (int round = 0; round < FIX_ROUNDS && current.stream().anyMatch(f -> f.fix() != null); round++) {
                fixed = Fixes.apply(fixed, current);
                current = findings(fixed, m, language);
            }
        }
        return new CheckResult(m, language, Verdict.of(findings), findings, fixed);
    }

    /** The findings of every applicable rule, exceptions applied, in text order. */
    List<Finding> findings(String text, Marketplace marketplace, Language language) {
        if (text.isBlank()) {
            return List.of();
        }
        FoldedText folded = folding.fold(text);
        Draft draft = new Draft(folded.text(), language, analysis);
        List<Finding> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Rule rule : active.get(marketplace)) {
            if (!rule.languages().contains(language)) {
                continue;
            }
            for (Span span : Matcher.spans(rule, draft)) {
                if (suppressed(rule, span, draft, marketplace)) {
                    continue;
                }
                int start = folded.originalStart(span.start());
                int end = Math.max(start + 1, folded.originalEnd(span.end()));
                if (seen.add(rule.id() + ":" + start + ":" + end)) {
                    out.add(new Finding(rule.id(), rule.category(), rule.severityOn(marketplace), start, end,
                            text.substring(start, end), rule.message(), rule.source(), rule.fix()));
                }
            }
        }
        out.sort(Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end).thenComparing(Finding::rule));
        return out;
    }

    /** Whether {@code host} is one of {@code domains} or a subdomain of one (registrable domains, not brands). */
    static boolean onDomain(String host, Set<String> domains) {
        String h = host.toLowerCase(java.util.Locale.ROOT);
        for (int dot = -1; ; dot = h.indexOf('.', dot + 1)) {
            if (domains.contains(h.substring(dot + 1))) {
                return true;
            }
            if (h.indexOf('.', dot + 1) < 0) {
                return false;
            }
        }
    }

    private boolean suppressed(Rule rule, Span span, Draft draft, Marketplace marketplace) {
        for (Rule ex : exceptions.get(marketplace)) {
            RuleKind.Exception kind = (RuleKind.Exception) ex.kind();
            if (!kind.covers(rule.id(), rule.category())) {
                continue;
            }
            if (span.host() != null && onDomain(span.host(), kind.domains())) {
                return true;
            }
            if (!kind.patterns().isEmpty() && Matcher.sentenceMatches(kind.patterns(), draft, span.start())) {
                return true;
            }
        }
        return false;
    }
}
