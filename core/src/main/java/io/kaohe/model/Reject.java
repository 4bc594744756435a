package io.kaohe.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A rejected input record (interchange v1): its line, its id when it could be read, and what is wrong,
 * naming the field path. Personal data is masked in {@code error}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"line", "teacherId", "schoolId", "error"})
public record Reject(long line, String teacherId, String schoolId, String error) {
    public Reject {
        // a reject quotes the input it refuses: masked here, whoever built it
        teacherId = io.kaohe.privacy.Mask.scrub(teacherId);
        schoolId = io.kaohe.privacy.Mask.scrub(schoolId);
        error = io.kaohe.privacy.Mask.scrub(error);
    }
}
