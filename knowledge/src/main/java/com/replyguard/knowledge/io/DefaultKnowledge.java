package com.replyguard.knowledge.io;

import com.replyguard.knowledge.KnowledgeException;
import com.replyguard.knowledge.entry.Entry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The knowledge shipped with ReplyGuard: the JSONL files named, one per line, in {@code index.txt} of a classpath
 * folder (by default {@code com/replyguard/knowledge/defaults/}). Loaded into a new, empty data directory.
 */
public final class DefaultKnowledge {
    public static final String DEFAULT_FOLDER = "com/replyguard/knowledge/defaults/";

    private final String folder;
    private final EntryReader reader;

    public DefaultKnowledge(String folder, EntryCodec codec) {
        this.folder = folder.endsWith("/") ? folder : folder + "/";
        this.reader = new EntryReader(codec);
    }

    /**
     * Every entry of every listed file. A listed file that is missing is skipped (the content may not have landed);
     * a file with invalid lines is a build defect and is refused with its line numbers.
     */
    public List<Entry> load(String actor) {
        ClassLoader cl = DefaultKnowledge.class.getClassLoader();
        List<Entry> out = new ArrayList<>();
        try (InputStream index = cl.getResourceAsStream(folder + "index.txt")) {
            if (index == null) {
                return out;
            }
            List<String> files = new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            for (String f : files) {
                try (InputStream in = cl.getResourceAsStream(folder + f)) {
                    if (in == null) {
                        continue;
                    }
                    ParsedEntries parsed = reader.read(in, Format.ofFileName(f), actor);
                    if (!parsed.ok()) {
                        throw new KnowledgeException("The built-in knowledge file " + f + " is invalid: "
                                + parsed.problems().getFirst() + (parsed.problems().size() > 1 ? " (and "
                                + (parsed.problems().size() - 1) + " more problems)" : ""));
                    }
                    for (ParsedEntries.Line l : parsed.entries()) {
                        if (out.stream().anyMatch(e -> e.id().equals(l.entry().id()))) {
                            throw new KnowledgeException("The built-in knowledge file " + f + " repeats the id '"
                                    + l.entry().id() + "' of another built-in file (line " + l.line() + ").");
                        }
                        out.add(l.entry());
                    }
                }
            }
        } catch (IOException ex) {
            throw new KnowledgeException("Could not read the built-in knowledge: " + ex.getMessage(), ex);
        }
        return out;
    }
}
