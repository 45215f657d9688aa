package com.replyguard.bench;

import com.replyguard.knowledge.KnowledgeBase;
import com.replyguard.policy.ComplianceChecker;
import com.replyguard.policy.analysis.TextAnalysis;
import com.replyguard.policy.rules.RulePacks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The shipped rules and default knowledge, opened in a fresh temporary data directory that {@link #close} removes. */
final class ShippedKnowledge implements AutoCloseable {
    final TextAnalysis analysis = new TextAnalysis();
    final ComplianceChecker checker = RulePacks.load(analysis, List.of());
    final KnowledgeBase kb;
    private final Path dir;

    ShippedKnowledge() {
        try {
            dir = Files.createTempDirectory("replyguard-jmh");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        kb = KnowledgeBase.open(dir, analysis, checker);
    }

    @Override
    public void close() {
        kb.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
