package com.replyguard.app.cli;

import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * An option converter over a type's own {@code parse}: its one-sentence {@link IllegalArgumentException} (which names
 * the valid values) becomes picocli's usage error. Subclasses pass the parse method: {@code super(Kind::parse)}.
 */
public abstract class ParsingConverter<T> implements ITypeConverter<T> {
    private final Function<String, T> parse;

    protected ParsingConverter(Function<String, T> parse) {
        this.parse = parse;
    }

    @Override
    public final T convert(String value) {
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException ex) {
            throw new TypeConversionException(ex.getMessage());
        }
    }
}
