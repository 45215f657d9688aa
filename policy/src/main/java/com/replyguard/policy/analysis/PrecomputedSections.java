package com.replyguard.policy.analysis;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The layout shared by the files the build precomputes for the analysis ({@link KnownTerms}' {@code known_terms.bin},
 * {@link SynonymMaps}' {@code synonyms.bin}): a magic number, the fingerprint of the inputs the file was computed
 * from, then one length-prefixed section per {@link Language}, and nothing after them.
 */
final class PrecomputedSections {
    private PrecomputedSections() {
    }

    /**
     * The sections of {@code raw}, by language ordinal; null when the file has another magic number or fingerprint
     * (computed from other inputs) or bytes after its last section.
     *
     * @throws IOException when a section's length is negative or the file ends inside one (a damaged file)
     */
    static byte[][] read(InputStream raw, int magic, long fingerprint) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw));
        if (in.readInt() != magic || in.readLong() != fingerprint) {
            return null;
        }
        byte[][] sections = new byte[Language.values().length][];
        for (int l = 0; l < sections.length; l++) {
            int n = in.readInt();
            if (n < 0) {
                throw new IOException("a negative section length");
            }
            sections[l] = in.readNBytes(n);
            if (sections[l].length != n) {
                throw new IOException("the file ends inside a section");
            }
        }
        return in.read() == -1 ? sections : null;
    }
}
