package com.replyguard.policy.rules;

import com.replyguard.policy.ComplianceChecker;
import com.replyguard.policy.analysis.TextAnalysis;
import com.replyguard.policy.learn.LinearModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the built-in rule packs (classpath {@code rules/<pack>/<name>.yaml}: common, amazon, ebay, aliexpress,
 * walmart, shopee, lazada) plus a team's own rule folders into a checker, without rebuilding.
 *
 * <p>A rule's id is its path without the extension, dots for slashes: built-in {@code amazon/review-incentive.yaml}
 * is {@code amazon.review-incentive}; in a team folder {@code acme-rules/} the file {@code acme-rules/no-sms.yaml}
 * is {@code acme-rules.no-sms} (paths are taken from the folder's parent). Ids must be unique.
 * A malformed file fails the whole load with a {@link RuleFileException} naming file, line, rule and problem.
 */
public final class RulePacks {
    private static final String ROOT = "rules";
    static final String MODEL = "/com/replyguard/policy/learn/model.bin";

    private RulePacks() {
    }

    /** The checker for the built-in packs plus {@code extraRuleDirs}. */
    public static ComplianceChecker load(TextAnalysis analysis, List<Path> extraRuleDirs) {
        return loadChecker(analysis, extraRuleDirs);
    }

    /** Like {@link #load}, typed, so callers and tests can list the loaded {@link Rule}s. */
    public static RuleChecker loadChecker(TextAnalysis analysis, List<Path> extraRuleDirs) {
        // The model is read on a second thread while the rules load: the two take about as long, and a one-shot
        // command waits for both.
        return loadChecker(analysis, extraRuleDirs, readBuiltInModelAhead());
    }

    /**
     * Starts reading the built-in model on a thread of its own (a one-shot command starts it before anything else,
     * see {@link #loadChecker(TextAnalysis, List, java.util.concurrent.Future)}).
     */
    public static java.util.concurrent.Future<LinearModel> readBuiltInModelAhead() {
        java.util.concurrent.FutureTask<LinearModel> model = new java.util.concurrent.FutureTask<>(RulePacks::builtInModel);
        Thread reader = new Thread(model, "replyguard-model-reader");
        reader.setDaemon(true);
        reader.start();
        return model;
    }

    /** Like {@link #loadChecker(TextAnalysis, List)}, with the built-in model from {@link #readBuiltInModelAhead}. */
    public static RuleChecker loadChecker(TextAnalysis analysis, List<Path> extraRuleDirs,
                                          java.util.concurrent.Future<LinearModel> model) {
        RuleLoader loader = new RuleLoader(analysis);
        List<Rule> rules = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        List<PackedRules.Entry> packed = PackedRules.builtIn();
        com.replyguard.policy.StartupTrace.mark("rules: packed trees read");
        if (packed != null) {
            // Parsed at build time (PackedRules): the same trees the YAML text gives, without a parser at start-up.
            for (PackedRules.Entry e : packed) {
                String shown = ROOT + "/" + e.path();
                String id = idOf(e.path());
                add(loader.load(shown, id, e.root(), true), shown, rules, seen);
            }
        } else {
            for (Path root : builtInRoots()) {
                loadTree(loader, root, root, ROOT + "/", rules, seen, true);
            }
        }
        for (Path dir : extraRuleDirs == null ? List.<Path>of() : extraRuleDirs) {
            RuleFolderNotFoundException.require(dir);
            Path abs = dir.toAbsolutePath().normalize();
            Path base = abs.getParent() == null ? abs : abs.getParent();
            loadTree(loader, abs, base, "", rules, seen, false);
        }
        com.replyguard.policy.StartupTrace.mark("rules: " + rules.size() + " rules built");
        LinearModel m = joined(model);
        com.replyguard.policy.StartupTrace.mark("rules: model joined");
        return new RuleChecker(analysis, rules, m);
    }

    private static LinearModel joined(java.util.concurrent.Future<LinearModel> model) {
        try {
            return model.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the built-in model", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("reading the built-in model failed", e.getCause());
        }
    }

    /** The model the build trained from the corpus, or null when this build has none (rules alone then). */
    static LinearModel builtInModel() {
        try (java.io.InputStream in = RulePacks.class.getResourceAsStream(MODEL)) {
            LinearModel m = in == null ? null : LinearModel.read(in);
            com.replyguard.policy.StartupTrace.mark("model read");
            return m;
        } catch (IOException e) {
            throw new UncheckedIOException("the built-in model " + MODEL + " is damaged; rebuild the project", e);
        }
    }

    private static void loadTree(RuleLoader loader, Path dir, Path base, String shownPrefix, List<Rule> rules,
                                 Map<String, String> seen, boolean builtIn) {
        List<Path> files;
        try {
            files = PackedRules.yamlFiles(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list rule folder " + dir, e);
        }
        for (Path file : files) {
            String rel = base.relativize(file).toString().replace('\\', '/');
            String id = idOf(rel);
            String shown = shownPrefix.isEmpty() ? file.toString() : shownPrefix + rel;
            String yaml = read(file, shown, id);
            add(loader.load(shown, id, yaml, builtIn), shown, rules, seen);
        }
    }

    /** A rule's id: its path without the extension, dots for slashes. */
    private static String idOf(String rel) {
        return rel.substring(0, rel.lastIndexOf('.')).replace('/', '.');
    }

    private static void add(Rule rule, String shown, List<Rule> rules, Map<String, String> seen) {
        String other = seen.putIfAbsent(rule.id(), shown);
        if (other != null) {
            throw new RuleFileException(shown, 1, rule.id(), "the id is already used by " + other);
        }
        rules.add(rule);
    }

    private static String read(Path file, String shown, String id) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new RuleFileException(shown, 1, id, "is not valid UTF-8 text");
        } catch (IOException e) {
            throw new RuleFileException(shown, 1, id, "cannot be read: " + e.getMessage());
        }
    }

    /** The built-in packs' folder, on disk (development) or inside the jar. */
    private static List<Path> builtInRoots() {
        URL url = RulePacks.class.getClassLoader().getResource(ROOT + "/common");
        if (url == null) {
            throw new IllegalStateException("the built-in rule packs are missing from the classpath");
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return List.of(fs.getPath("/" + ROOT));
            }
            return List.of(Path.of(uri).getParent());
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open the built-in rule packs at " + url, e);
        }
    }
}
