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
    /** A record rejected for its input. */
    public Reject(long line, String teacherId, String schoolId, String error) {
        this(line, teacherId, schoolId, error, false);
    }
}
