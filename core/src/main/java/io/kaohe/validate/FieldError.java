package io.kaohe.validate;

import java.util.List;
import java.util.stream.Collectors;

/** What is wrong with one field of an input record, by path ({@code records[2].amount}). */
public record FieldError(String path, String message) {
    /** At most this many errors are spelt out in one message: a record with 100,000 bad entries gives one short line. */
    public static final int MAX_LISTED = 20;

    @Override
    public String toString() { return path + ": " + message; }

    /** The errors as one message, each path prefixed: the first {@link #MAX_LISTED}, then how many more there are. */
    public static String join(List<FieldError> errors, String prefix) {
        String listed = errors.stream().limit(MAX_LISTED).map(e -> prefix + e).collect(Collectors.joining("; "));
        int more = errors.size() - MAX_LISTED;
        return more > 0 ? listed + "; and " + more + " more errors" : listed;
    }
}
