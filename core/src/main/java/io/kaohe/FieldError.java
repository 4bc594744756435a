package io.kaohe;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.kaohe.internal.i18n.Messages;

/**
 * What is wrong with one field of an input record, by path ({@code records[2].amount}).
 * {@code message} is in the machine language (English, {@link Messages#MACHINE}); an error made from a
 * bundle key ({@link #of}) can also be read in Chinese with {@link #message(Locale)}.
 */
public record FieldError(String path, String message, String key, List<Object> args) {
    /** At most this many errors are spelt out in one message: a record with 100,000 bad entries gives one short line. */
    public static final int MAX_LISTED = 20;

    public FieldError {
        args = args == null ? List.of() : Collections.unmodifiableList(Arrays.asList(args.toArray()));
    }

    /** An error whose message has no bundle key (text from elsewhere, e.g. a parser). */
    public FieldError(String path, String message) { this(path, message, null, null); }

    /**
     * An error with the engine's message {@code key}: core's bundle ({@code io/kaohe/internal/i18n/messages_*.properties}), or
     * for a key core lacks, a pack's own ({@link Messages#engine}).
     */
    public static FieldError of(String path, String key, Object... args) {
        Object[] quoted = Arrays.stream(args).map(a -> a instanceof String s ? io.kaohe.internal.privacy.Mask.echo(s) : a).toArray();
        return new FieldError(path, Messages.text(key, quoted), key, Arrays.asList(quoted));
    }

    /** An error at {@code path} saying what the exception says, keeping its key and arguments when it has them. */
    public static FieldError of(String path, KaoheException e) {
        return new FieldError(path, e.getMessage(), e.messageKey(), e.messageKey() == null ? null : e.messageArgs());
    }

    /** The same error at {@code prefix + path} ({@code [2].} + {@code school.id}), keeping its key and arguments. */
    public FieldError withPrefix(String prefix) { return new FieldError(prefix + path, message, key, args); }

    /** The message in this language; the stored message when the error has no key. */
    public String message(Locale locale) {
        return key == null ? message : Messages.engine(locale).get(key, args.toArray());
    }

    @Override
    public String toString() { return path + ": " + message; }

    /** The errors as one message, each path prefixed: the first {@link #MAX_LISTED}, then how many more there are. */
    public static String join(List<FieldError> errors, String prefix) {
        return join(errors, e -> prefix + e);
    }

    /** As {@link #join(List, String)}, each error written by {@code text}. */
    public static String join(List<FieldError> errors, Function<FieldError, String> text) {
        return join(errors, text, Messages.MACHINE);
    }

    /** As {@link #join(List, Function)}, "and N more errors" in this language. */
    public static String join(List<FieldError> errors, Function<FieldError, String> text, Locale locale) {
        String listed = errors.stream().limit(MAX_LISTED).map(text).collect(Collectors.joining("; "));
        int more = errors.size() - MAX_LISTED;
        return more > 0 ? listed + "; " + Messages.engine(locale).get("validate.errors.more", more) : listed;
    }
}
