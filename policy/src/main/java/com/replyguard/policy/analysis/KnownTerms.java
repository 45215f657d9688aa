package com.replyguard.policy.analysis;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.zip.CRC32;

/**
 * The matching terms of the built-in rule patterns and concept phrases, computed by the build
 * ({@code known_terms.bin} next to this class, written by {@code rules.PackedRules}) so that compiling the rules and
 * lexicons at start-up looks terms up instead of running every phrase through the analysis chain. A phrase not in
 * the file (a team's rule, a lexicon line added since) is analysed as before.
 *
 * <p>Each language is a section of its own, read on its first look-up: a check needs English (the patterns are
 * validated in it) and its draft's language. The file carries a fingerprint of everything the terms depend on: the analysis resource files (char map, stop
 * words, synonyms), the classes that build the chains and Lucene's version. When the fingerprint differs (a word
 * list edited without a rebuild), the file is not used, so a looked-up term is always the term the chain gives.
 */
final class KnownTerms {
    static final String RESOURCE = "known_terms.bin";
    private static final int MAGIC = 0x5247544b; // "RGTK"
    private static final List<String> INPUTS = List.of("charmap.txt", "stopwords_bn.txt", "stopwords_ms.txt",
            "synonyms_en.txt", "synonyms_ms.txt", "synonyms_bn.txt", "LanguageAnalyzer.class", "TextAnalysis.class");
    static final KnownTerms NONE = new KnownTerms(null);

    /** Per language (by ordinal) the raw section, parsed into {@link #parsed} on the first look-up in it. */
    private final byte[][] sections;
    private final AtomicReferenceArray<Map<String, List<String>>> parsed =
            new AtomicReferenceArray<>(Language.values().length);

    private KnownTerms(byte[][] sections) {
        this.sections = sections;
    }

    /** The terms of {@code phrase} in {@code language}, or null when the build did not compute them. */
    List<String> get(Language language, String phrase) {
        return sections == null ? null : phrases(language).get(phrase);
    }

    /** The phrases of {@code language} with their terms; a language is read the first time it is asked for. */
    Map<String, List<String>> phrases(Language language) {
        if (sections == null) {
            return Map.of();
        }
        Map<String, List<String>> map = parsed.get(language.ordinal());
        if (map == null) {
            map = parse(sections[language.ordinal()]);
            parsed.compareAndSet(language.ordinal(), null, map);
        }
        return map;
    }

    private static Map<String, List<String>> parse(byte[] section) {
        try {
            DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(section));
            int phrases = in.readInt();
            Map<String, List<String>> map = new HashMap<>(phrases * 2);
            for (int p = 0; p < phrases; p++) {
                String phrase = in.readUTF();
                String[] terms = new String[in.readUnsignedShort()];
                for (int t = 0; t < terms.length; t++) {
                    terms[t] = in.readUTF();
                }
                map.put(phrase, List.of(terms));
            }
            if (in.read() != -1) {
                throw new IOException("trailing bytes");
            }
            return map;
        } catch (IOException e) {
            return Map.of(); // a damaged section: its phrases are analysed, as without the file
        }
    }

    /** The build's terms, or {@link #NONE} when there are none or they were computed from other inputs. */
    static KnownTerms load() {
        if ("false".equals(System.getProperty("replyguard.precomputed"))) {
            return NONE; // see rules.PackedRules.usePrecomputed
        }
        try (InputStream raw = KnownTerms.class.getResourceAsStream(RESOURCE)) {
            return raw == null ? NONE : read(raw);
        } catch (IOException | RuntimeException e) {
            return NONE; // damaged: analyse every phrase, as without the file
        }
    }

    /** Reads a table written by {@link #write}; {@link #NONE} when it was computed from other inputs. */
    static KnownTerms read(InputStream raw) throws IOException {
        byte[][] sections = PrecomputedSections.read(raw, MAGIC, fingerprint());
        return sections == null ? NONE : new KnownTerms(sections);
    }


    /** A checksum of every input the matching terms depend on. */
    static long fingerprint() throws IOException {
        return fingerprint(INPUTS);
    }

    /** A checksum of the resources {@code inputs} (next to this class) and Lucene's version. */
    static long fingerprint(List<String> inputs) throws IOException {
        CRC32 crc = new CRC32();
        for (String name : inputs) {
            try (InputStream in = KnownTerms.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IOException("missing " + name);
                }
                byte[] b = in.readAllBytes();
                crc.update(name.getBytes(StandardCharsets.UTF_8));
                crc.update(b.length);
                crc.update(b);
            }
        }
        crc.update(org.apache.lucene.util.Version.LATEST.toString().getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }

    /** Writes the terms {@code analysis} recorded (see {@link TextAnalysis#recordingTerms}) to {@code out}. */
    static void write(Map<Language, Map<String, List<String>>> recorded, Path out) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream o = new DataOutputStream(new BufferedOutputStream(bytes))) {
            o.writeInt(MAGIC);
            o.writeLong(fingerprint());
            for (Language l : Language.values()) {
                Map<String, List<String>> sorted = new TreeMap<>(recorded.getOrDefault(l, Map.of()));
                sorted.entrySet().removeIf(e -> !fits(e.getKey(), e.getValue()));
                ByteArrayOutputStream section = new ByteArrayOutputStream();
                DataOutputStream so = new DataOutputStream(section);
                so.writeInt(sorted.size());
                for (Map.Entry<String, List<String>> e : sorted.entrySet()) {
                    so.writeUTF(e.getKey());
                    so.writeShort(e.getValue().size());
                    for (String t : e.getValue()) {
                        so.writeUTF(t);
                    }
                }
                so.flush();
                o.writeInt(section.size());
                section.writeTo(o);
            }
        }
        if (Files.isRegularFile(out) && java.util.Arrays.equals(Files.readAllBytes(out), bytes.toByteArray())) {
            return; // unchanged: left as it was
        }
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        Files.write(tmp, bytes.toByteArray());
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Whether a phrase and its terms fit the file's short strings (anything longer is simply analysed at start). */
    private static boolean fits(String phrase, List<String> terms) {
        return phrase.length() < 10_000 && terms.size() < 60_000 && terms.stream().allMatch(t -> t.length() < 10_000);
    }
}
