package com.replyguard.policy.analysis;

import com.replyguard.policy.text.Resources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;

/**
 * The affixed forms of the Malay roots in {@code malay_roots.txt}, folded onto the bare root: a
 * {@link StemmerOverrideFilter} map, used before Lucene's Indonesian stemmer, which drops the root's first consonant
 * under the meN- and peN- prefixes ("memilih" -> "ilih" while "pilih" stays "pilih", "menutup" -> "utup") and reads
 * some forms as prefixed ("berikan" -> "ikan"). With the override, "memilih", "dipilih", "pilihlah" and "pilih" are one
 * term. Roots whose forms mean something else ("menerima", to receive, and the "terima" button) are not listed.
 *
 * <p>The forms follow Malay nasal assimilation: p -> mem-/pem- without the p, t -> men-/pen- without the t, k ->
 * meng-/peng- without the k, s -> meny-/peny- without the s; b, f -> mem-; c, d, j, z -> men-; vowels, g, h -> meng-;
 * l, m, n, r, w, y -> me-/pe-; a root of one syllable also takes menge-/penge- ("mengesahkan"). Each also takes
 * di-, ter-, ber- and the suffixes -kan, -i, -lah, -nya, -an.
 */
final class MalayVerbForms {
    private static final String[] SUFFIXES = {"", "kan", "i", "lah", "nya", "kanlah", "kannya", "an"};

    private MalayVerbForms() {
    }

    /** The override map: every generated form of every listed root -> the root. */
    static StemmerOverrideFilter.StemmerOverrideMap load() {
        StemmerOverrideFilter.Builder b = new StemmerOverrideFilter.Builder(false);
        for (String line : Resources.lines(MalayVerbForms.class, "malay_roots.txt")) {
            String root = line.strip().toLowerCase(Locale.ROOT);
            if (root.isEmpty()) {
                continue;
            }
            for (String form : forms(root)) {
                b.add(form, root);
            }
        }
        try {
            return b.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The root, its passive and prefixed forms, each with the common suffixes. */
    static List<String> forms(String root) {
        List<String> stems = new ArrayList<>(List.of(root, "di" + root, "ter" + root, "ber" + root, "me" + nasal(root),
                "pe" + nasal(root)));
        if (oneSyllable(root)) {
            // a root of one syllable takes menge-/penge- ("sah" -> "mengesahkan", "pengesahan"; "cat" -> "mengecat")
            stems.add("menge" + root);
            stems.add("penge" + root);
        }
        List<String> out = new ArrayList<>();
        for (String s : stems) {
            for (String suffix : SUFFIXES) {
                out.add(s + suffix);
            }
        }
        return out;
    }

    /** Whether the root has a single vowel group ("sah", "cat", "bom"), the roots that take menge-/penge-. */
    static boolean oneSyllable(String root) {
        int groups = 0;
        boolean inVowel = false;
        for (int i = 0; i < root.length(); i++) {
            boolean v = "aeiou".indexOf(root.charAt(i)) >= 0;
            if (v && !inVowel) {
                groups++;
            }
            inVowel = v;
        }
        return groups == 1;
    }

    /** The root after the nasal of meN-/peN- ("pilih" -> "milih", "tutup" -> "nutup", "kongsi" -> "ngongsi"). */
    private static String nasal(String root) {
        char c = root.charAt(0);
        String rest = root.substring(1);
        return switch (c) {
            case 'p' -> "m" + rest;
            case 't' -> "n" + rest;
            case 'k' -> "ng" + rest;
            case 's' -> "ny" + rest;
            case 'b', 'f' -> "m" + root;
            case 'c', 'd', 'j', 'z' -> "n" + root;
            case 'a', 'e', 'i', 'o', 'u', 'g', 'h' -> "ng" + root;
            default -> root;
        };
    }
}
