package com.replyguard.policy.analysis;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.OutputStreamDataOutput;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefHash;
import org.apache.lucene.util.fst.ByteSequenceOutputs;
import org.apache.lucene.util.fst.FST;

/**
 * Each language's domain synonym map, built by the build ({@code synonyms.bin} next to this class, written by
 * {@code rules.PackedRules} through {@link TextAnalysis#writeSynonymMaps}) so that a language's chains are made at
 * start-up by reading a few kilobytes instead of running the three synonym files through the language's chain (the
 * bigger part of building the chains a check's first text needs).
 *
 * <p>A map is stored as Lucene holds it: the finite-state transducer ({@link FST#save}) and the word table in the
 * order of its ids, so the map read back is the map the parser built. The file carries a fingerprint of every input
 * the maps depend on (the synonym files, the char map, the stemmers' word lists, the classes that build the chains,
 * Lucene's version); when it differs, or the file is missing or damaged, the maps are built from the files as before.
 * Each language is decoded on its first use.
 *
 * <p>Thread safety: thread-safe; two threads decoding the same language at once keep one result.
 */
final class SynonymMaps {
    static final String RESOURCE = "synonyms.bin";
    private static final int MAGIC = 0x5247534d; // "RGSM"
    /** Everything the maps are computed from, as resources next to this class. */
    private static final List<String> INPUTS = List.of("charmap.txt", "synonyms_en.txt", "synonyms_ms.txt",
            "synonyms_bn.txt", "bengali_nouns.txt", "malay_roots.txt", "LanguageAnalyzer.class", "TextAnalysis.class",
            "BengaliNounForms.class", "MalayVerbForms.class", "SynonymMaps.class");
    static final SynonymMaps NONE = new SynonymMaps(null);

    /** Per language (by ordinal) the raw section, decoded on the first look-up. */
    private final byte[][] sections;
    private final AtomicReferenceArray<SynonymMap> decoded = new AtomicReferenceArray<>(Language.values().length);

    private SynonymMaps(byte[][] sections) {
        this.sections = sections;
    }

    /** The build's map for {@code language}, or null when there is none (then it is built from the files). */
    SynonymMap get(Language language) {
        if (sections == null || sections[language.ordinal()] == null) {
            return null;
        }
        SynonymMap map = decoded.get(language.ordinal());
        if (map == null) {
            try {
                map = decode(sections[language.ordinal()]);
            } catch (IOException | RuntimeException e) {
                return null; // a damaged section: built from the files, as without the file
            }
            decoded.compareAndSet(language.ordinal(), null, map);
            map = decoded.get(language.ordinal());
        }
        return map;
    }

    /** The build's maps, or {@link #NONE} when there are none, they were made from other inputs or are damaged. */
    static SynonymMaps load() {
        if ("false".equals(System.getProperty("replyguard.precomputed"))) {
            return NONE; // see rules.PackedRules.usePrecomputed
        }
        try (InputStream raw = SynonymMaps.class.getResourceAsStream(RESOURCE)) {
            return raw == null ? NONE : read(raw);
        } catch (IOException | RuntimeException e) {
            return NONE;
        }
    }

    /** Reads a file written by {@link #write}; {@link #NONE} when it was computed from other inputs. */
    static SynonymMaps read(InputStream raw) throws IOException {
        byte[][] sections = PrecomputedSections.read(raw, MAGIC, fingerprint());
        return sections == null ? NONE : new SynonymMaps(sections);
    }


    /** A checksum of every input the maps depend on. */
    static long fingerprint() throws IOException {
        return KnownTerms.fingerprint(INPUTS);
    }

    /** Writes {@code maps} (one per language) to {@code out}; a file with the same bytes is left alone. */
    static void write(Map<Language, SynonymMap> maps, Path out) throws IOException {
        byte[] bytes = bytes(maps);
        if (Files.isRegularFile(out) && java.util.Arrays.equals(Files.readAllBytes(out), bytes)) {
            return;
        }
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The file's bytes for {@code maps}: header, then each language's {@link #encode encoded} map. */
    static byte[] bytes(Map<Language, SynonymMap> maps) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream o = new DataOutputStream(bytes)) {
            o.writeInt(MAGIC);
            o.writeLong(fingerprint());
            for (Language l : Language.values()) {
                SynonymMap map = maps.get(l);
                if (map == null) {
                    throw new IllegalArgumentException("no synonym map for " + l);
                }
                byte[] section = encode(map);
                o.writeInt(section.length);
                o.write(section);
            }
        }
        return bytes.toByteArray();
    }

    /**
     * One map as bytes: its horizontal context, its words in the order of their ids (the transducer's outputs name
     * words by id), then the transducer's metadata and body. Equal maps give equal bytes, which is how the tests
     * compare a map read back with one built from the files.
     */
    static byte[] encode(SynonymMap map) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStreamDataOutput o = new OutputStreamDataOutput(bytes)) {
            o.writeVInt(map.maxHorizontalContext);
            int words = map.words.size();
            o.writeVInt(words);
            BytesRef scratch = new BytesRef();
            for (int id = 0; id < words; id++) {
                map.words.get(id, scratch);
                o.writeVInt(scratch.length);
                o.writeBytes(scratch.bytes, scratch.offset, scratch.length);
            }
            o.writeByte(map.fst == null ? (byte) 0 : (byte) 1);
            if (map.fst != null) {
                ByteArrayOutputStream meta = new ByteArrayOutputStream();
                ByteArrayOutputStream body = new ByteArrayOutputStream();
                try (OutputStreamDataOutput m = new OutputStreamDataOutput(meta);
                     OutputStreamDataOutput b = new OutputStreamDataOutput(body)) {
                    map.fst.save(m, b);
                }
                o.writeVInt(meta.size());
                o.writeBytes(meta.toByteArray(), meta.size());
                o.writeVInt(body.size());
                o.writeBytes(body.toByteArray(), body.size());
            }
        }
        return bytes.toByteArray();
    }

    /** The map {@link #encode} wrote. */
    static SynonymMap decode(byte[] section) throws IOException {
        ByteArrayDataInput in = new ByteArrayDataInput(section);
        int maxHorizontalContext = in.readVInt();
        int words = in.readVInt();
        BytesRefHash hash = new BytesRefHash();
        for (int id = 0; id < words; id++) {
            byte[] word = new byte[in.readVInt()];
            in.readBytes(word, 0, word.length);
            if (hash.add(new BytesRef(word)) != id) {
                throw new IOException("a repeated word in the synonym map");
            }
        }
        FST<BytesRef> fst = null;
        if (in.readByte() != 0) {
            byte[] meta = new byte[in.readVInt()];
            in.readBytes(meta, 0, meta.length);
            byte[] body = new byte[in.readVInt()];
            in.readBytes(body, 0, body.length);
            fst = new FST<>(FST.readMetadata(new ByteArrayDataInput(meta), ByteSequenceOutputs.getSingleton()),
                    new ByteArrayDataInput(body));
        }
        if (!in.eof()) {
            throw new IOException("trailing bytes in a synonym map");
        }
        return new SynonymMap(fst, hash, maxHorizontalContext);
    }
}
