package com.replyguard.policy.learn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.replyguard.policy.Category;
import com.replyguard.policy.Marketplace;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Reads labelled cases from JSONL files (the corpus, the probes, the team's approved reports). */
public final class Corpus {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The training part as shipped in the jar, next to the model. */
    public static final String TRAINING_RESOURCE_NAME = "training-cases.jsonl.gz";
    /** The list of probes that have become training text ({@code policy/corpus/probes/trained.txt}). */
    public static final String TRAINED_PROBES = "trained.txt";
    private static final String TRAINING_RESOURCE = "/com/replyguard/policy/learn/" + TRAINING_RESOURCE_NAME;

    private Corpus() {
    }

    /** Every case of every {@code *.jsonl} file directly in {@code dir}, in file-name order. */
    public static List<LabelledCase> readDir(Path dir) throws IOException {
        List<LabelledCase> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList()) {
                out.addAll(read(f));
            }
        }
        return out;
    }

    /**
     * The training part of the corpus, plus every probe listed in {@code probes/trained.txt}: a probe becomes training
     * text once its first run is recorded and a round has been written from it; the probes not listed stay measures
     * the model never sees.
     */
    public static List<LabelledCase> trainingCases(Path corpus) throws IOException {
        List<LabelledCase> out = new ArrayList<>(
                readDir(corpus).stream().filter(c -> c.split().equals("train")).toList());
        for (Path probe : trainedProbes(corpus)) {
            out.addAll(read(probe));
        }
        return out;
    }

    /** The probe files {@code probes/trained.txt} names (one file name per line, {@code #} comments). */
    public static List<Path> trainedProbes(Path corpus) throws IOException {
        Path list = corpus.resolve("probes").resolve(TRAINED_PROBES);
        if (!Files.exists(list)) {
            return List.of();
        }
        List<Path> out = new ArrayList<>();
        for (String line : Files.readAllLines(list)) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            Path f = list.resolveSibling(name);
            if (!Files.isRegularFile(f)) {
                throw new IOException(list + ": no such probe file: " + name);
            }
            out.add(f);
        }
        return out;
    }

    public static List<LabelledCase> read(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.getFileName().toString());
        }
    }

    /** Reads JSONL; a malformed line fails with its file and line number. */
    public static List<LabelledCase> read(Reader reader, String name) throws IOException {
        List<LabelledCase> out = new ArrayList<>();
        BufferedReader r = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        int lineNo = 0;
        for (String line; (line = r.readLine()) != null; ) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            try {
                out.add(parse(JSON.readTree(line)));
            } catch (IOException | IllegalArgumentException | NullPointerException e) {
                throw new IOException(name + ":" + lineNo + ": not a labelled case: " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** The training part the shipped model learned from (empty when this build has no model). */
    public static List<LabelledCase> builtInTraining() throws IOException {
        try (java.io.InputStream in = Corpus.class.getResourceAsStream(TRAINING_RESOURCE)) {
            if (in == null) {
                return List.of();
            }
            return read(new java.io.InputStreamReader(new java.util.zip.GZIPInputStream(in), StandardCharsets.UTF_8),
                    TRAINING_RESOURCE_NAME);
        }
    }

    /** Writes cases as JSONL in the corpus format (the team's approved reports use it too). */
    public static void write(List<LabelledCase> cases, java.io.OutputStream out) throws IOException {
        java.io.Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
        for (LabelledCase c : cases) {
            w.write(line(c));
            w.write('\n');
        }
        w.flush();
    }

    /** One case as a JSON line. */
    public static String line(LabelledCase c) {
        com.fasterxml.jackson.databind.node.ObjectNode o = JSON.createObjectNode();
        o.put("id", c.id());
        o.put("marketplace", c.marketplace().id());
        o.put("lang", c.lang());
        o.put("register", c.register());
        o.put("text", c.text());
        c.block().stream().map(Enum::name).sorted().forEach(o.putArray("block")::add);
        if (c.block().isEmpty()) {
            o.putArray("block");
        }
        o.putArray("warn");
        c.warn().stream().map(Enum::name).sorted().forEach(((com.fasterxml.jackson.databind.node.ArrayNode) o.get("warn"))::add);
        o.put("source", c.source());
        o.put("split", c.split());
        return o.toString();
    }

    static LabelledCase parse(JsonNode o) {
        return new LabelledCase(o.get("id").asText(), Marketplace.parse(o.path("marketplace").asText("all")),
                o.path("lang").asText(""), o.path("register").asText(""), o.get("text").asText(),
                categories(o.path("block")), categories(o.path("warn")), o.path("source").asText(""),
                o.path("split").asText(""));
    }

    private static Set<Category> categories(JsonNode list) {
        Set<Category> out = EnumSet.noneOf(Category.class);
        for (JsonNode c : list) {
            out.add(Category.valueOf(c.asText()));
        }
        return out;
    }
}
