package io.kaohe.validate;

import java.util.List;

import io.kaohe.KaoheException;
import io.kaohe.privacy.Mask;

/** An input record that cannot be assessed, with every field error found. Personal data is masked. */
public class InvalidInputException extends KaoheException {
    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(FieldError.join(masked(errors), ""));
        this.errors = masked(errors);
    }

    public List<FieldError> errors() { return errors; }

    // a path can carry input too (a map key): both parts are masked
    private static List<FieldError> masked(List<FieldError> errors) {
        return errors.stream().map(e -> new FieldError(Mask.scrub(e.path()), Mask.scrub(e.message()))).toList();
    }
}
