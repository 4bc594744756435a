package io.kaohe;

import java.util.List;
import java.util.Locale;

import io.kaohe.internal.privacy.Mask;

/** An input record that cannot be assessed, with every field error found. Personal data is masked. */
public class InvalidInputException extends KaoheException {
    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(FieldError.join(masked(errors), ""));
        this.errors = masked(errors);
    }

    public List<FieldError> errors() { return errors; }

    /** Every field error, its message in this language (at most {@link FieldError#MAX_LISTED} spelt out). */
    @Override
    public String getMessage(Locale locale) {
        return FieldError.join(errors, e -> e.path() + ": " + e.message(locale), locale);
    }

    // a path and the arguments of a message can carry input too (a map key, a value): all are masked
    private static List<FieldError> masked(List<FieldError> errors) {
        return errors.stream().map(e -> new FieldError(Mask.scrub(e.path()), Mask.scrub(e.message()), e.key(),
                e.args().stream().map(a -> a instanceof String t ? Mask.scrub(t) : a).toList())).toList();
    }
}
