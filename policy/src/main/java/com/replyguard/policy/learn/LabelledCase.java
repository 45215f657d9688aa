package com.replyguard.policy.learn;

import com.replyguard.policy.Category;
import com.replyguard.policy.Marketplace;
import java.util.Objects;
import java.util.Set;

/**
 * One line of the labelled corpus: a seller's message, where it was sent, what it breaks ({@code block}: must not
 * be sent; {@code warn}: risky), its language and register, where the text comes from, and its fixed split
 * ({@code train}, {@code heldout} or {@code probe}).
 */
public record LabelledCase(String id, Marketplace marketplace, String lang, String register, String text,
                           Set<Category> block, Set<Category> warn, String source, String split) {
    public LabelledCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(marketplace, "marketplace");
        Objects.requireNonNull(text, "text");
        block = Set.copyOf(block);
        warn = Set.copyOf(warn);
        lang = lang == null ? "" : lang;
        register = register == null ? "" : register;
        split = split == null ? "" : split;
    }

    public boolean clean() {
        return block.isEmpty() && warn.isEmpty();
    }

    /** Whether the message shows {@code category} at all, as a block or as a warning. */
    public boolean shows(Category category) {
        return block.contains(category) || warn.contains(category);
    }
}
