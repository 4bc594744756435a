package io.kaohe.validate;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.kaohe.KaoheException;
import io.kaohe.privacy.Mask;

/** An input record that cannot be assessed, with every field error found. Personal data is masked. */
public class InvalidInputException extends KaoheException {
    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() { return errors; }

    /** Every field error, its message in this language. */
    @Override
    public String getMessage(Locale locale) {
        return Mask.scrub(errors.stream().map(e -> e.path() + ": " + e.message(locale)).collect(Collectors.joining("; ")));
    }
}
