package io.kaohe;


/**
 * A cohort document that cannot be read: not JSON, not an object, or a cohort field (outside its teachers) that
 * does not bind. Names the line where known and the field.
 */
public final class CohortFormatException extends KaoheException {
    /** What is wrong with the document as a whole. */
    public enum Problem {
        /** no content at all */
        EMPTY,
        /** the document is not a JSON object */
        NOT_AN_OBJECT,
        /** malformed JSON, or a cohort field that does not bind: see {@link #error()} */
        INVALID
    }

    private final Problem problem;
    private final long line;
    private final transient FieldError error;

    public CohortFormatException(Problem problem, long line, FieldError error) {
        super(error == null ? problem.toString() : (line > 0 ? line + ": " : "") + error);
        this.problem = problem;
        this.line = line;
        this.error = error;
    }

    public Problem problem() { return problem; }

    /** The line of the document (from 1), or 0 when not known. */
    public long line() { return line; }

    /** The field and what is wrong with it ({@link Problem#INVALID}); null otherwise. */
    public FieldError error() { return error; }
}
