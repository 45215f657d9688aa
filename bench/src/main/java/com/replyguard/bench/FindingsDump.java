package com.replyguard.bench;

import com.replyguard.policy.CheckResult;
import com.replyguard.policy.ComplianceChecker;
import com.replyguard.policy.Finding;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.Rewrite;
import com.replyguard.policy.analysis.TextAnalysis;
import com.replyguard.policy.learn.Corpus;
import com.replyguard.policy.learn.LabelledCase;
import com.replyguard.policy.rules.RulePacks;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Not a benchmark: the checker's whole output (every finding, fix, rewrite and verdict) for every draft of the corpus
 * (all {@code *.jsonl} files below {@code policy/corpus}, probes included) on every marketplace, one line each, so a
 * speed change can be shown to change nothing. Usage: {@code java -cp ... com.replyguard.bench.FindingsDump CORPUS OUT}.
 */
public final class FindingsDump {
    private FindingsDump() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args[0]);
        List<Path> files;
        try (Stream<Path> s = Files.walk(corpus)) {
            files = s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
        }
        ComplianceChecker checker = RulePacks.load(new TextAnalysis(), List.of());
        long lines = 0;
        long findings = 0;
        try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (Path f : files) {
                List<LabelledCase> cases = Corpus.read(f);
                for (LabelledCase c : cases) {
                    for (Marketplace m : Marketplace.values()) {
                        CheckResult r = checker.check(c.text(), m);
                        StringBuilder b = new StringBuilder();
                        b.append(corpus.relativize(f)).append('\t').append(c.id()).append('\t').append(m)
                                .append('\t').append(r.verdict()).append('\t').append(r.language()).append('\t')
                                .append(r.script()).append("\tfixed=").append(r.fixed());
                        for (Finding x : r.findings()) {
                            findings++;
                            b.append("\n  F ").append(x.rule()).append(' ').append(x.category()).append(' ')
                                    .append(x.severity()).append(' ').append(x.start()).append('-').append(x.end())
                                    .append(" excerpt=").append(x.excerpt()).append(" msg=").append(x.message())
                                    .append(" src=").append(x.source()).append(" fix=").append(x.fix())
                                    .append(" msgs=").append(new TreeMap<>(x.messages()));
                        }
                        for (Rewrite x : r.rewrites()) {
                            b.append("\n  R ").append(x.rule()).append(' ').append(x.start()).append('-')
                                    .append(x.end()).append(" -> ").append(x.replacement());
                        }
                        w.write(b.toString());
                        w.write('\n');
                        lines++;
                    }
                }
            }
        }
        System.out.println(files.size() + " files, " + lines + " checks, " + findings + " findings");
    }
}
