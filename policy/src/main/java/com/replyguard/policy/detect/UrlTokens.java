package com.replyguard.policy.detect;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.email.UAX29URLEmailTokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Plain web addresses as Lucene's {@link UAX29URLEmailTokenizer} sees them: it knows every top-level domain in the
 * IANA list ({@code .tokyo}, {@code .dev}, {@code .ie} …), which the hand parser's short lists do not. The hand parser
 * stays in front for the disguised forms this tokenizer cannot read ({@code shop dot com}).
 *
 * <p>Thread safety: one tokenizer per thread, reused.
 */
final class UrlTokens {
    private static final String URL = UAX29URLEmailTokenizer.TOKEN_TYPES[UAX29URLEmailTokenizer.URL];
    private static final ThreadLocal<UAX29URLEmailTokenizer> TOKENIZER = ThreadLocal.withInitial(() -> {
        UAX29URLEmailTokenizer t = new UAX29URLEmailTokenizer();
        t.setMaxTokenLength(2048);
        return t;
    });

    private UrlTokens() {
    }

    /** The {start, end} of every URL token; none (cheaply) when the text has no dot followed by a letter. */
    static List<int[]> urls(String text) {
        List<int[]> out = new ArrayList<>();
        if (!hasDotLetter(text)) {
            return out;
        }
        UAX29URLEmailTokenizer t = TOKENIZER.get();
        try {
            t.setReader(new StringReader(text));
            OffsetAttribute offset = t.addAttribute(OffsetAttribute.class);
            TypeAttribute type = t.addAttribute(TypeAttribute.class);
            t.reset();
            while (t.incrementToken()) {
                if (URL.equals(type.type())) {
                    out.add(new int[] {offset.startOffset(), offset.endOffset()});
                }
            }
            t.end();
        } catch (IOException e) {
            throw new UncheckedIOException("tokenising an in-memory string failed", e);
        } finally {
            try {
                t.close();
            } catch (IOException ignored) {
                // closing a StringReader cannot fail
            }
        }
        return out;
    }

    /**
     * Whether {@code tld} (lower case, letters) is a top-level domain of the IANA list the tokenizer was generated
     * from: "shop.kitchen" is one URL token, "shop.kitchenx" is not.
     */
    static boolean isTopLevelDomain(String tld) {
        if (tld.length() < 2 || tld.length() > 24 || !tld.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return false;
        }
        if (KNOWN.contains(tld)) {
            return true;
        }
        String probe = "example." + tld;
        List<int[]> u = urls(probe);
        boolean known = u.size() == 1 && u.get(0)[0] == 0 && u.get(0)[1] == probe.length();
        if (known) {
            KNOWN.add(tld); // only real domains are kept, so the set stays as small as the IANA list
        }
        return known;
    }

    private static final java.util.Set<String> KNOWN = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private static boolean hasDotLetter(String text) {
        for (int i = text.indexOf('.'); i >= 0 && i + 1 < text.length(); i = text.indexOf('.', i + 1)) {
            if (Character.isLetter(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }
}
