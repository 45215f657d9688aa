package com.replyguard.app.cli.kb;

import com.replyguard.app.cli.ParsingConverter;
import com.replyguard.knowledge.entry.Intent;
import com.replyguard.knowledge.entry.Kind;
import com.replyguard.knowledge.entry.Status;
import com.replyguard.knowledge.entry.Topic;
import com.replyguard.knowledge.io.Format;
import com.replyguard.policy.analysis.Language;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option converters that accept the contract's names in any case and list the valid ones on a mistake. */
final class Converters {
    private static final com.replyguard.knowledge.text.Texts NAMES = com.replyguard.knowledge.text.Texts.knowledge();

    private Converters() {
    }

    static final class KindConverter extends ParsingConverter<Kind> {
        KindConverter() {
            super(Kind::parse);
        }
    }

    static final class StatusConverter extends ParsingConverter<Status> {
        StatusConverter() {
            super(Status::parse);
        }
    }

    static final class LanguageConverter extends ParsingConverter<Language> {
        LanguageConverter() {
            super(Language::parse);
        }
    }

    static final class FormatConverter extends ParsingConverter<Format> {
        FormatConverter() {
            super(Format::parse);
        }
    }

    static final class IntentConverter implements ITypeConverter<Intent> {
        @Override
        public Intent convert(String s) {
            return named(Intent.class, s);
        }
    }

    static final class TopicConverter implements ITypeConverter<Topic> {
        @Override
        public Topic convert(String s) {
            return named(Topic.class, s);
        }
    }

    /** The constant {@code s} names: its code in any case, or its human name in en, bn or ms (as tables show it). */
    static <E extends Enum<E>> E named(Class<E> type, String s) {
        java.util.Optional<E> found = NAMES.parse(type, s);
        if (found.isPresent()) {
            return found.get();
        }
        throw new TypeConversionException("unknown " + type.getSimpleName().toLowerCase(Locale.ROOT) + " '" + s
                + "' (expected one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                .collect(Collectors.joining(", ")) + ")");
    }
}
