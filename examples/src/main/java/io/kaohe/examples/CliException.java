package io.kaohe.examples;

import java.util.Locale;

import io.kaohe.examples.report.Texts;
import io.kaohe.internal.i18n.Messages;

/**
 * A user error: printed as one line to stderr (no stack trace), ending the command with its exit status.
 * One made with {@link #of} is printed from the message bundle in the command's language.
 */
final class CliException extends RuntimeException {
    private final int exitCode;
    private final String key;
    private final Object[] args;

    CliException(int exitCode, String message) {
        this(exitCode, message, null, new Object[0]);
    }

    private CliException(int exitCode, String message, String key, Object[] args) {
        super(message);
        this.exitCode = exitCode;
        this.key = key;
        this.args = args;
    }

    /** An error with the text of {@code key} ({@code messages_*.properties}); {@link #getMessage()} is English. */
    static CliException of(int exitCode, String key, Object... args) {
        return new CliException(exitCode, Texts.of(Messages.EN).get(key, args), key, args.clone());
    }

    int exitCode() { return exitCode; }

    /** The message in this language. */
    String message(Locale locale) { return key == null ? getMessage() : Texts.of(locale).get(key, args); }
}
