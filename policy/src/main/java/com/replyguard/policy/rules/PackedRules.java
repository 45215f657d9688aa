package com.replyguard.policy.rules;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The built-in rule files already parsed: the build ({@code process-classes}, {@link #main}) reads every
 * {@code rules/<pack>/<name>.yaml} into its {@link YamlNode} tree (values and lines) and writes the trees to
 * {@code rules/packed.bin} beside them, so a one-shot command reads one small binary resource instead of opening
 * the jar as a file system and starting a YAML parser for thirty files. The rules are then built from the trees by
 * the same {@link RuleLoader} code as from the YAML text, so the checker is the same; only parsing moved to the
 * build. Team rule folders are always read as YAML.
 *
 * <p>The same step writes the analysis' synonym maps ({@code TextAnalysis.writeSynonymMaps}) and the terms of every
 * built-in phrase ({@code analysis/known_terms.bin}).
 *
 * <p>A pack that is missing (a build without the step) or, in a classes folder, older than any rule file or not
 * listing the same files, is ignored and the YAML files are read as before. A rule file that is not valid YAML is
 * not packed at all, so its error is reported at load time exactly as without a pack.
 */
public final class PackedRules {
    static final String RESOURCE = "rules/packed.bin";
    private static final int MAGIC = 0x52475052; // "RGPR"
    private static final int VERSION = 1;
    private static final byte NULL = 0;
    private static final byte TEXT = 1;
    private static final byte LIST = 2;
    private static final byte MAP = 3;

    /** One rule file: its path under {@code rules/} ({@code common/link.yaml}) and its parsed tree. */
    record Entry(String path, YamlNode root) {
    }

    private PackedRules() {
    }

    /**
     * Writes {@code <classes>/rules/packed.bin} from the rule files under {@code <classes>/rules}; deletes it instead
     * when a file does not parse (the YAML path then reports the error when the rules load).
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: PackedRules CLASSES_DIR");
        }
        Path classes = Path.of(args[0]);
        // The synonym maps depend on the analysis' word lists only, not on the rule files.
        Path synonyms = classes.resolve(com.replyguard.policy.analysis.TextAnalysis.synonymMapsResource());
        com.replyguard.policy.analysis.TextAnalysis.writeSynonymMaps(synonyms);
        System.out.println("rules: synonym maps of every language -> " + synonyms);
        if (pack(classes.resolve("rules"))) {
            knownTerms(classes);
        }
    }

    /**
     * Compiles every built-in rule pattern and concept lexicon in every language with a recording analysis and
     * writes the terms ({@code analysis/known_terms.bin}), so start-up compiles them by look-up.
     */
    private static void knownTerms(Path classes) throws IOException {
        com.replyguard.policy.analysis.TextAnalysis analysis = com.replyguard.policy.analysis.TextAnalysis.recordingTerms();
        RuleChecker checker = RulePacks.loadChecker(analysis, List.of());
        List<PhrasePattern> patterns = new ArrayList<>();
        for (Rule r : checker.rules()) {
            if (r.kind() instanceof RuleKind.Phrase p) {
                patterns.addAll(p.patterns());
                patterns.addAll(p.unless());
                patterns.addAll(p.messageUnless());
            } else if (r.kind() instanceof RuleKind.Exception e) {
                patterns.addAll(e.patterns());
                patterns.addAll(e.unless());
            }
        }
        for (com.replyguard.policy.analysis.Language language : com.replyguard.policy.analysis.Language.values()) {
            analysis.concepts().sentenceMasks("", new String[0], List.of(), List.of(), language);
            for (PhrasePattern p : patterns) {
                try {
                    p.possible(java.util.Set.of(), language); // compiles the pattern's slots for the language
                } catch (IllegalArgumentException e) {
                    // a slot with no words in this language: checks fail the same way with or without the table
                }
            }
        }
        Path out = classes.resolve(com.replyguard.policy.analysis.TextAnalysis.knownTermsResource());
        analysis.writeKnownTerms(out);
        System.out.println("rules: terms of the built-in patterns and lexicons -> " + out);
    }

    /** Writes {@code rules/packed.bin}; false when a rule file does not parse (nothing is packed then). */
    static boolean pack(Path rules) throws IOException {
        Path out = rules.resolve("packed.bin");
        List<Entry> entries = new ArrayList<>();
        for (Path file : yamlFiles(rules)) {
            String rel = rules.relativize(file).toString().replace('\\', '/');
            try {
                entries.add(new Entry(rel, YamlNode.parse(Files.readString(file, StandardCharsets.UTF_8))));
            } catch (IOException e) { // also a file that is not UTF-8 text
                Files.deleteIfExists(out);
                System.out.println("rules: not packed (" + rel + ": " + e.getMessage() + "); the YAML files are read");
                return false;
            }
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        write(entries, bytes);
        if (Files.isRegularFile(out) && java.util.Arrays.equals(Files.readAllBytes(out), bytes.toByteArray())) {
            // Unchanged; marked current so a classes folder does not take it for older than re-copied rule files.
            Files.setLastModifiedTime(out, FileTime.fromMillis(System.currentTimeMillis()));
            return true;
        }
        Path tmp = rules.resolve("packed.bin.tmp");
        Files.write(tmp, bytes.toByteArray());
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.println("rules: " + entries.size() + " built-in rule files packed -> " + out);
        return true;
    }

    /**
     * Whether start-up may use what the build precomputed (this pack and the analysis' known terms): on unless the
     * system property {@code replyguard.precomputed=false} (for measuring what they save, and for ruling them out).
     */
    public static boolean usePrecomputed() {
        return !"false".equals(System.getProperty("replyguard.precomputed"));
    }

    /** The rule files below {@code dir}, in the order the YAML path loads them. */
    static List<Path> yamlFiles(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> Files.isRegularFile(p) && isYaml(p)).sorted().toList();
        }
    }

    static boolean isYaml(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".yaml") || n.endsWith(".yml");
    }

    /**
     * The packed built-in rules on the classpath, or null when there is no usable pack (then the YAML files are
     * read). In a jar the pack was made from the same classes folder the jar was; in a classes folder (tests, an
     * IDE) it is used only when it is newer than every rule file and lists exactly the files there.
     */
    static List<Entry> builtIn() {
        URL url = PackedRules.class.getClassLoader().getResource(RESOURCE);
        if (url == null || !usePrecomputed()) {
            return null;
        }
        try {
            if (url.getProtocol().equals("file")) {
                return usable(Path.of(url.toURI()));
            }
            try (InputStream in = url.openStream()) {
                return read(in);
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return null; // a damaged or foreign pack: the YAML files are the truth
        }
    }

    /** The pack file {@code pack} when it is newer than every rule file beside it and lists exactly them, else null. */
    static List<Entry> usable(Path pack) throws IOException {
        List<Entry> entries;
        try (InputStream in = Files.newInputStream(pack)) {
            entries = read(in);
        }
        return fresh(pack, entries) ? entries : null;
    }

    private static boolean fresh(Path pack, List<Entry> entries) throws IOException {
        Path rules = pack.getParent();
        FileTime packed = Files.getLastModifiedTime(pack);
        List<Path> files = yamlFiles(rules);
        if (files.size() != entries.size()) {
            return false;
        }
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            if (!rules.relativize(f).toString().replace('\\', '/').equals(entries.get(i).path())
                    || Files.getLastModifiedTime(f).compareTo(packed) > 0) {
                return false;
            }
        }
        return true;
    }

    static void write(List<Entry> entries, OutputStream os) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(os));
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(entries.size());
        for (Entry e : entries) {
            writeString(out, e.path());
            writeNode(out, e.root());
        }
        out.flush();
    }

    static List<Entry> read(InputStream is) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(is));
        if (in.readInt() != MAGIC || in.readInt() != VERSION) {
            throw new IOException("not a rule pack of this version");
        }
        int n = in.readInt();
        List<Entry> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new Entry(readString(in), readNode(in)));
        }
        if (in.read() != -1) {
            throw new IOException("trailing bytes after the rule pack");
        }
        return out;
    }

    private static void writeNode(DataOutputStream out, YamlNode node) throws IOException {
        Object v = node.value();
        out.writeByte(v == null ? NULL : node.isText() ? TEXT : node.isList() ? LIST : MAP);
        out.writeInt(node.line());
        if (node.isText()) {
            writeString(out, node.text());
        } else if (node.isList()) {
            out.writeInt(node.list().size());
            for (YamlNode item : node.list()) {
                writeNode(out, item);
            }
        } else if (node.isMap()) {
            out.writeInt(node.map().size());
            for (Map.Entry<String, YamlNode> e : node.map().entrySet()) {
                writeString(out, e.getKey());
                writeNode(out, e.getValue());
            }
        }
    }

    private static YamlNode readNode(DataInputStream in) throws IOException {
        byte tag = in.readByte();
        int line = in.readInt();
        switch (tag) {
            case NULL -> {
                return new YamlNode(null, line);
            }
            case TEXT -> {
                return new YamlNode(readString(in), line);
            }
            case LIST -> {
                int n = in.readInt();
                List<YamlNode> list = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    list.add(readNode(in));
                }
                return new YamlNode(list, line);
            }
            case MAP -> {
                int n = in.readInt();
                Map<String, YamlNode> map = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    String key = readString(in);
                    map.put(key, readNode(in));
                }
                return new YamlNode(map, line);
            }
            default -> throw new IOException("unknown node tag " + tag);
        }
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 1 << 24) {
            throw new IOException("bad string length " + n);
        }
        byte[] b = in.readNBytes(n);
        if (b.length != n) {
            throw new IOException("the rule pack ends inside a string");
        }
        return new String(b, StandardCharsets.UTF_8);
    }
}
