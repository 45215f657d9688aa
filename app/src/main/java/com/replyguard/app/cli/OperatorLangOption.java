package com.replyguard.app.cli;

import com.replyguard.policy.analysis.Language;
import picocli.CommandLine.Option;

/**
 * {@code --lang} of the commands whose output is for the operator ({@code kb stats}, {@code kb reports},
 * {@code kb gaps}, {@code doctor}): declared once, read by {@link OperatorLanguage} with the other sources.
 */
public final class OperatorLangOption {
    @Option(names = "--lang", paramLabel = "L", converter = CliCandidates.LanguageConverter.class,
            completionCandidates = CliCandidates.Languages.class,
            description = "${COMPLETION-CANDIDATES}: the language of the output (default: $REPLYGUARD_LANG, else the "
                    + "config's language:, else the locale, else English); JSON keeps the codes")
    Language lang;

    /** The language given with {@code --lang}, or null. */
    public Language given() {
        return lang;
    }
}
