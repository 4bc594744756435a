package io.kaohe.spi;

import java.lang.reflect.Type;
import java.util.List;
import java.util.Objects;

import io.kaohe.FieldError;

/**
 * A JSON field of a teacher or school dossier that a pack reads and core does not: its name, the Java type it
 * is read as (with the strict settings of every other field: an unknown or mistyped field is a reject naming
 * it) and how to validate it. A pack lists its parts in {@link io.kaohe.spi.RulePack#parts()}; rules reach
 * them through the facts the pack builds ({@link io.kaohe.spi.RulePack#teacherFacts}).
 *
 * <p>Parts are known by name to every reader on the class path, whichever pack assesses: a dossier may
 * carry another province's part (it is read, validated and ignored), as it always could.
 *
 * @param of        the dossier it belongs to: {@link Of#TEACHER} or {@link Of#SCHOOL}
 * @param name      the JSON field, e.g. {@code funds}
 * @param type      the Java type it is read as: a record, or e.g. {@code List<ResearchGroup>}
 * @param validator checks a value read (never null), adding errors whose paths start with {@code name}
 */
public record DossierPart<T>(Of of, String name, Type type, Validator<T> validator) {
    /** The two kinds of dossier. */
    public enum Of { TEACHER, SCHOOL }

    public DossierPart {
        Objects.requireNonNull(of);
        Objects.requireNonNull(name);
        Objects.requireNonNull(type);
        if (validator == null) validator = (v, c, out) -> {};
    }

    /** Checks one part: what is wrong goes to {@code out}, each error's path from the dossier ({@code funds.trainingSpend}). */
    @FunctionalInterface
    public interface Validator<T> {
        void validate(T value, PartContext context, List<FieldError> out);
    }

    /** Validates {@code value} read for this part. */
    @SuppressWarnings("unchecked")
    public void validate(Object value, PartContext context, List<FieldError> out) {
        validator.validate((T) value, context, out);
    }
}
