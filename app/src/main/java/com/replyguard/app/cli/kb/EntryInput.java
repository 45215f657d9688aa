package com.replyguard.app.cli.kb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.replyguard.app.cli.MarketplaceOption;
import com.replyguard.knowledge.KnowledgeException;
import com.replyguard.policy.Marketplace;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Where {@code kb add} and {@code kb edit} get an entry's fields: a JSON or YAML file ({@code --file}, {@code -} for
 * standard input), or flags. YAML is read with a YAML parser, which reads JSON too.
 */
final class EntryInput {
    /** Refuse bigger inputs before parsing (an entry is at most ~20 kB of body). */
    static final int MAX_BYTES = 1 << 20;

    @Option(names = {"-f", "--file"}, paramLabel = "FILE", description = "a JSON or YAML entry (`-` for standard input)")
    String file;

    @Option(names = "--id", paramLabel = "ID", description = "entry id (letters, digits, . _ - :)")
    String id;

    @Option(names = "--kind", paramLabel = "reply|policy")
    String kind;

    @Mixin
    MarketplaceOption.Several marketplaces = new MarketplaceOption.Several();

    @Option(names = "--language", paramLabel = "L", description = "en, bn or ms")
    String language;

    @Option(names = "--intent", paramLabel = "I", description = "for replies, e.g. ORDER_STATUS")
    String intent;

    @Option(names = "--topic", paramLabel = "T", description = "for policy entries, e.g. REVIEW_REQUEST")
    String topic;

    @Option(names = "--title", paramLabel = "TEXT")
    String title;

    @Option(names = {"-q", "--question"}, paramLabel = "TEXT", description = "an example buyer question (repeatable)")
    List<String> questions;

    @Option(names = "--body", paramLabel = "TEXT", description = "the reply or policy text; {buyer_name} style placeholders")
    String body;

    @Option(names = "--tag", paramLabel = "TAG", description = "a tag (repeatable)")
    List<String> tags;

    @Option(names = "--source", paramLabel = "TEXT", description = "policy source: name and address")
    String source;

    @Option(names = "--status", paramLabel = "S", description = "draft, pending, approved or retired")
    String status;

    @Option(names = "--group", paramLabel = "G", description = "links translations of the same entry")
    String group;

    /** The fields given as flags, as a contract JSON object; empty when no flag was given. */
    private ObjectNode flags(YAMLMapper yaml) {
        ObjectNode n = yaml.createObjectNode().put("id", id).put("kind", kind).put("language", language)
                .put("intent", intent).put("topic", topic).put("title", title).put("body", body).put("source", source)
                .put("status", status).put("group", group);
        n.properties().removeIf(field -> field.getValue().isNull()); // a flag not given is no field
        List<Marketplace> given = marketplaces.get();
        list(n, "marketplaces", given == null ? null : given.stream().map(Marketplace::id).toList());
        list(n, "questions", questions);
        list(n, "tags", tags);
        return n;
    }

    /** The fields given, as a contract JSON object (possibly partial). */
    ObjectNode read(YAMLMapper yaml) throws IOException {
        ObjectNode flags = flags(yaml);
        if (file != null && !flags.isEmpty()) {
            throw new KnowledgeException("Give the entry either in a file (--file) or with flags, not both.");
        }
        if (file != null) {
            return parse(yaml, file.equals("-") ? System.in.readNBytes(MAX_BYTES + 1) : readFile(Path.of(file)));
        }
        if (!flags.isEmpty()) {
            return flags;
        }
        if (KbSubcommand.interactive()) {
            throw new KnowledgeException("Give the entry with --file FILE, with flags (--id, --body ...), or pipe JSON "
                    + "or YAML into standard input.");
        }
        return parse(yaml, System.in.readNBytes(MAX_BYTES + 1));
    }

    private static byte[] readFile(Path p) throws IOException {
        try {
            if (Files.size(p) > MAX_BYTES) {
                throw new KnowledgeException("The file " + p + " is too big for one entry (limit " + MAX_BYTES
                        + " bytes).");
            }
            return Files.readAllBytes(p);
        } catch (NoSuchFileException ex) {
            throw new KnowledgeException("There is no file " + p + ".");
        }
    }

    private static ObjectNode parse(YAMLMapper yaml, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new KnowledgeException("The input is too big for one entry (limit " + MAX_BYTES + " bytes).");
        }
        JsonNode n;
        try {
            n = yaml.readTree(bytes);
        } catch (IOException ex) {
            throw new KnowledgeException("The entry is not valid JSON or YAML: "
                    + Render.oneLine(String.valueOf(ex.getMessage()), 200));
        }
        if (n == null || !n.isObject()) {
            throw new KnowledgeException("The entry must be one JSON or YAML object with the entry's fields.");
        }
        return (ObjectNode) n;
    }

    private static void list(ObjectNode n, String field, List<String> values) {
        if (values != null) {
            var arr = n.putArray(field);
            values.forEach(arr::add);
        }
    }
}
