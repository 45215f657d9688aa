package com.replyguard.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.replyguard.bot.config.ConfigException;
import com.replyguard.knowledge.KnowledgeException;
import com.replyguard.knowledge.text.Notice;
import com.replyguard.knowledge.text.Texts;
import com.replyguard.policy.analysis.Language;
import com.replyguard.policy.rules.RuleFileException;
import com.replyguard.policy.rules.RuleFolderNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The language the person running ReplyGuard reads: its start-up and configuration errors and the command line's
 * report and statistics tables. {@code --lang} (or {@code REPLYGUARD_LANG}), else the config file's
 * {@code language:}, else the locale ({@code LC_ALL}, {@code LC_MESSAGES}, {@code LANG}) when it is Bengali or Malay,
 * else English. The config file is read leniently here (only that key), so an operator whose config is broken still
 * reads why in their language when the file parses at all.
 *
 * <p>Thread safety: stateless; {@link #TEXTS} is immutable.
 */
public final class OperatorLanguage {
    /** The product's words for the operator (the knowledge module's catalogue). */
    public static final Texts TEXTS = Texts.knowledge();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private OperatorLanguage() {
    }

    /**
     * The operator's language.
     *
     * @param explicit {@code --lang} as given, or null
     * @param configFile {@code --config} as given, or null ({@code REPLYGUARD_CONFIG}, else {@code <data>/config.yaml})
     * @param dataDir the data directory, or null
     */
    public static Language resolve(String explicit, Path configFile, Path dataDir, Map<String, String> env) {
        Language l = known(explicit);
        if (l == null) {
            l = known(env.get("REPLYGUARD_LANG"));
        }
        if (l == null) {
            l = configured(configFile, dataDir, env);
        }
        if (l == null) {
            l = fromLocale(env);
        }
        return l == null ? Language.EN : l;
    }

    /**
     * The operator's language from a raw command line (for errors raised before or while a command runs): the last
     * {@code --lang}, {@code --config} and {@code --data} given at any level.
     */
    public static Language fromArgs(String[] args, Map<String, String> env) {
        String lang = null;
        String config = null;
        String data = null;
        for (int i = 0; args != null && i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) {
                break;
            }
            String value = i + 1 < args.length ? args[i + 1] : null;
            if (a.equals("--lang")) {
                lang = value;
            } else if (a.startsWith("--lang=")) {
                lang = a.substring(7);
            } else if (a.equals("--config")) {
                config = value;
            } else if (a.startsWith("--config=")) {
                config = a.substring(9);
            } else if (a.equals("--data")) {
                data = value;
            } else if (a.startsWith("--data=")) {
                data = a.substring(7);
            }
        }
        String dataDir = data != null ? data : env.get("REPLYGUARD_DATA");
        Path dir = dataDir != null && !dataDir.isBlank() ? Path.of(dataDir)
                : Path.of(System.getProperty("user.home"), ".replyguard");
        return resolve(lang, config == null ? null : Path.of(config), dir, env);
    }

    /** The operator's language for the command line {@code spec} belongs to (its whole original arguments). */
    public static Language of(picocli.CommandLine.Model.CommandSpec spec) {
        picocli.CommandLine.ParseResult parsed = spec.root().commandLine().getParseResult();
        String[] args = parsed == null ? new String[0] : parsed.originalArgs().toArray(String[]::new);
        return fromArgs(args, System.getenv());
    }

    /** What went wrong, for the operator in {@code language}, as {@code replyguard: ...}; never a stack trace. */
    public static String describe(Throwable e, Language language) {
        return "replyguard: " + message(e, language); // the program's name, in every language
    }

    /** The sentence of {@code e} in {@code language} (English when it exists only in English). */
    public static String message(Throwable e, Language language) {
        Notice notice = e instanceof ConfigException c ? c.notice()
                : e instanceof KnowledgeException k ? k.notice() : null;
        if (notice != null) {
            return TEXTS.notice(language, notice);
        }
        if (e instanceof RuleFileException) {
            return TEXTS.get(language, "operator.rules_invalid", e.getMessage());
        }
        if (e instanceof RuleFolderNotFoundException missing) {
            return TEXTS.get(language, "operator.rules_missing", missing.folder());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** A sentence for the operator. */
    public static String get(Language language, String key, Object... args) {
        return TEXTS.get(language, key, args);
    }

    private static Language configured(Path configFile, Path dataDir, Map<String, String> env) {
        Path file = configFile;
        if (file == null) {
            String fromEnv = env.get("REPLYGUARD_CONFIG");
            file = fromEnv != null && !fromEnv.isBlank() ? Path.of(fromEnv)
                    : dataDir == null ? null : dataDir.resolve("config.yaml");
        }
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        try {
            JsonNode root = YAML.readTree(file.toFile());
            return root == null ? null : known(root.path("language").asText(null));
        } catch (java.io.IOException | RuntimeException e) {
            return null; // the file's own error is reported by the loader; here only its language is looked for
        }
    }

    private static Language fromLocale(Map<String, String> env) {
        for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String v = env.get(name);
            if (v != null && !v.isBlank()) {
                String code = v.strip().split("[_.@-]", 2)[0].toLowerCase(Locale.ROOT);
                return code.equals("bn") ? Language.BN : code.equals("ms") ? Language.MS : null;
            }
        }
        return null;
    }

    private static Language known(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String c = code.strip().toLowerCase(Locale.ROOT);
        return c.equals("en") ? Language.EN : c.equals("bn") ? Language.BN : c.equals("ms") ? Language.MS : null;
    }
}
