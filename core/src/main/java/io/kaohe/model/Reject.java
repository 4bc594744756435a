package io.kaohe.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A rejected input record (interchange v1): its line, its id when it could be read, and what is wrong,
 * naming the field path. Personal data is masked in {@code error}.
 *
 * @param ruleFailed true when the record was rejected because a rule failed on it (a fault of the rules, not
 *                   of the input: the command's exit status says so); not part of the interchange format
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"line", "teacherId", "schoolId", "error"})
public record Reject(long line, String teacherId, String schoolId, String error, @JsonIgnore boolean ruleFailed) {
    private static String cut(String id) { return id == null || id.length() <= 100 ? id : id.substring(0, 100) + "…"; }

    /** The longest error a reject carries (characters). */
    public static final int MAX_ERROR = 4000;

    public Reject {
        // a reject quotes the input it refuses: masked here, whoever built it
        teacherId = cut(io.kaohe.internal.privacy.Mask.scrub(teacherId));
        schoolId = cut(io.kaohe.internal.privacy.Mask.scrub(schoolId));
        error = io.kaohe.internal.privacy.Mask.scrub(error);
        // a safety net: the messages quote at most a short prefix of a bad value, and list at most 20 errors
        if (error != null && error.length() > MAX_ERROR) error = error.substring(0, MAX_ERROR) + "…";
    }

    /** A record rejected for its input. */
    public Reject(long line, String teacherId, String schoolId, String error) {
        this(line, teacherId, schoolId, error, false);
    }
}
