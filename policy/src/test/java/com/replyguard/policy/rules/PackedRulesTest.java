package com.replyguard.policy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.policy.CheckResult;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.TextAnalysis;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in rules parsed at build time ({@code rules/packed.bin}) give the same rules as their YAML files. */
class PackedRulesTest {
    private static final String RULE = """
            kind: literal
            marketplaces: [amazon]
            category: MARKETING
            severity: warn
            message: No club.
            source: "Team handbook"
            literals: ["loyalty club"]
            examples:
              bad:
                - "Join the [[loyalty club]] today."
              good:
                - "Your parcel is on its way."
            """;

    @TempDir
    Path tmp;

    /** The classes folder's rules/ (the build put the YAML files and the pack there). */
    private static Path builtInFolder() throws URISyntaxException {
        return Path.of(PackedRulesTest.class.getClassLoader().getResource("rules/common").toURI()).getParent();
    }

    /** Every built-in rule file parsed from its YAML text now, in load order. */
    private static List<PackedRules.Entry> parsedNow() throws Exception {
        Path rules = builtInFolder();
        List<PackedRules.Entry> out = new ArrayList<>();
        for (Path f : PackedRules.yamlFiles(rules)) {
            out.add(new PackedRules.Entry(rules.relativize(f).toString().replace('\\', '/'),
                    YamlNode.parse(Files.readString(f))));
        }
        return out;
    }

    @Test
    void theBuildPacksEveryBuiltInRuleFileAsItsYamlParsesNow() throws Exception {
        List<PackedRules.Entry> packed = PackedRules.builtIn();
        assertNotNull(packed, "rules/packed.bin is missing or older than the rule files: the build's pack-rules step");
        List<PackedRules.Entry> now = parsedNow();
        assertTrue(now.size() > 20, "built-in rule files: " + now.size());
        assertEquals(now, packed); // values, map order and every line number
    }

    @Test
    void aPackReadsBackExactly() throws Exception {
        List<PackedRules.Entry> now = parsedNow();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PackedRules.write(now, bytes);
        assertEquals(now, PackedRules.read(new ByteArrayInputStream(bytes.toByteArray())));
        byte[] cut = java.util.Arrays.copyOf(bytes.toByteArray(), bytes.size() - 3);
        assertThrows(IOException.class, () -> PackedRules.read(new ByteArrayInputStream(cut)));
        assertThrows(IOException.class, () -> PackedRules.read(new ByteArrayInputStream("rules".getBytes())));
    }

    @Test
    void rulesBuiltFromThePackCheckLikeRulesBuiltFromTheYaml() throws Exception {
        TextAnalysis analysis = new TextAnalysis();
        RuleLoader loader = new RuleLoader(analysis);
        Path rules = builtInFolder();
        List<Rule> fromYaml = new ArrayList<>();
        List<Rule> fromPack = new ArrayList<>();
        for (PackedRules.Entry e : PackedRules.builtIn()) {
            String shown = "rules/" + e.path();
            String id = e.path().substring(0, e.path().lastIndexOf('.')).replace('/', '.');
            fromYaml.add(loader.load(shown, id, Files.readString(rules.resolve(e.path())), true));
            fromPack.add(loader.load(shown, id, e.root(), true));
        }
        RuleChecker yaml = new RuleChecker(analysis, fromYaml, RulePacks.builtInModel());
        RuleChecker pack = new RuleChecker(analysis, fromPack, RulePacks.builtInModel());
        int checked = 0;
        for (int i = 0; i < fromYaml.size(); i++) {
            Rule r = fromYaml.get(i);
            assertEquals(r.id(), fromPack.get(i).id());
            for (Example ex : concat(r.bad(), r.good(), r.fixExamples())) {
                CheckResult a = yaml.check(ex.text(), ex.marketplace());
                CheckResult b = pack.check(ex.text(), ex.marketplace());
                assertEquals(a, b, r.id() + ": " + ex.text());
                checked++;
            }
        }
        assertTrue(checked > 100, "examples checked: " + checked);
        // The checker a command gets is built from the pack and has every rule in the same order.
        assertEquals(fromYaml.stream().map(Rule::id).toList(),
                RulePacks.loadChecker(analysis, List.of()).rules().stream().map(Rule::id).toList());
    }

    @SafeVarargs
    private static List<Example> concat(List<Example>... lists) {
        List<Example> out = new ArrayList<>();
        for (List<Example> l : lists) {
            out.addAll(l);
        }
        return out;
    }

    @Test
    void aPackOlderThanARuleFileOrListingOtherFilesIsNotUsed() throws Exception {
        Path rules = Files.createDirectories(tmp.resolve("rules/acme"));
        Files.writeString(rules.resolve("no-club.yaml"), RULE);
        PackedRules.pack(tmp.resolve("rules"));
        Path pack = tmp.resolve("rules/packed.bin");
        assertTrue(Files.isRegularFile(pack));
        List<PackedRules.Entry> entries = PackedRules.usable(pack);
        assertNotNull(entries);
        assertEquals("acme/no-club.yaml", entries.get(0).path());
        assertEquals("literal", entries.get(0).root().map().get("kind").text());
        assertEquals(2, entries.get(0).root().map().get("marketplaces").line());

        Files.setLastModifiedTime(rules.resolve("no-club.yaml"),
                FileTime.fromMillis(Files.getLastModifiedTime(pack).toMillis() + 5_000));
        assertNull(PackedRules.usable(pack), "a rule file edited after packing");

        Files.writeString(rules.resolve("no-club.yaml"), RULE.replace("No club.", "No loyalty club."));
        Files.setLastModifiedTime(rules.resolve("no-club.yaml"), FileTime.fromMillis(System.currentTimeMillis() - 5_000));
        PackedRules.pack(tmp.resolve("rules"));
        entries = PackedRules.usable(pack);
        assertNotNull(entries, "packed again");
        assertEquals("No loyalty club.", entries.get(0).root().map().get("message").text());
        Files.writeString(rules.resolve("second.yaml"), RULE);
        Files.setLastModifiedTime(rules.resolve("second.yaml"), FileTime.fromMillis(0));
        assertNull(PackedRules.usable(pack), "a rule file added after packing");
    }

    @Test
    void aRuleFileThatIsNotYamlIsNotPackedSoItsErrorComesAtLoadTime() throws Exception {
        Path rules = Files.createDirectories(tmp.resolve("rules/acme"));
        Files.writeString(rules.resolve("no-club.yaml"), RULE);
        PackedRules.pack(tmp.resolve("rules"));
        assertTrue(Files.exists(tmp.resolve("rules/packed.bin")));
        Files.write(rules.resolve("broken.yaml"), "kind: [phrase\n".getBytes(StandardCharsets.UTF_8));
        PackedRules.pack(tmp.resolve("rules"));
        assertFalse(Files.exists(tmp.resolve("rules/packed.bin")), "a stale pack would hide the broken file");
    }
}
