package io.kaohe;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.kaohe.internal.i18n.Messages;
import io.kaohe.internal.privacy.Mask;

/**
 * Base of Kaohe's exceptions. Messages are scrubbed of personal data (national IDs, phone numbers).
 * One made from a key of the engine bundle ({@link #KaoheException(String, Object[])}) has its
 * {@link #getMessage()} in English (the machine language) and can be read in Chinese with {@link #getMessage(Locale)}.
 */
public class KaoheException extends RuntimeException {
    private final String key;
    private final Object[] args;

    public KaoheException(String message) {
        super(Mask.scrub(message));
        this.key = null;
        this.args = new Object[0];
    }

    public KaoheException(String message, Throwable cause) {
        super(Mask.scrub(message), cause);
        this.key = null;
        this.args = new Object[0];
    }

    /** A message of the engine bundle ({@code io/kaohe/internal/i18n/messages_*.properties}). */
    protected KaoheException(String key, Object[] args) {
        super(Mask.scrub(Messages.text(key, args)));
        this.key = key;
        this.args = args.clone();
    }

    /** A message of the engine bundle, with its cause. */
    protected KaoheException(Throwable cause, String key, Object[] args) {
        super(Mask.scrub(Messages.text(key, args)), cause);
        this.key = key;
        this.args = args.clone();
    }

    /** A message of the engine bundle, by key. */
    public static KaoheException of(String key, Object... args) { return new KaoheException(key, args); }

    /** A message of the engine bundle, by key, with its cause. */
    public static KaoheException of(Throwable cause, String key, Object... args) { return new KaoheException(cause, key, args); }

    /** The bundle key of the message; null when it was not made from a key. */
    public String messageKey() { return key; }

    /** The arguments of the keyed message. */
    public List<Object> messageArgs() { return Arrays.asList(args.clone()); }

    /** The message in this language (the English message when it was not made from a key). */
    public String getMessage(Locale locale) {
        return key == null ? getMessage() : Mask.scrub(Messages.engine(locale).get(key, args));
    }
}
