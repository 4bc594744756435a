package io.kaohe.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import io.kaohe.privacy.Mask;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A teacher (interchange v1 {@code teacher}). {@code id}, {@code schoolId} and {@code stage} are
 * required; the rest is optional. {@code nationalId} and {@code phone} are personal data: they are
 * masked whenever this record is written as JSON or printed with {@link #toString()}.
 * {@code gender}, {@code county} and {@code phone} carry the fields of HN-08 (Hunan 附件2).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Teacher(
        String id,
        String name,
        @JsonSerialize(using = Mask.NationalIdSerializer.class) String nationalId,
        String schoolId,
        Stage stage,
        String subject,
        List<Role> roles,
        String gender,
        String county,
        @JsonSerialize(using = Mask.PhoneSerializer.class) String phone) {

    public Teacher {
        roles = Lists.copy(roles);
    }

    /** The usual case: a teacher without the optional personal fields. */
    public static Teacher of(String id, String schoolId, Stage stage) {
        return new Teacher(id, null, null, schoolId, stage, null, List.of(Role.TEACHER), null, null, null);
    }

    /** Derived from {@code roles}; not a field of interchange v1, so never written (it could not be read back). */
    @JsonIgnore
    public boolean isManager() { return roles.contains(Role.MANAGER); }

    @Override
    public String toString() {
        return "Teacher[id=" + id + ", name=" + name + ", nationalId=" + Mask.nationalId(nationalId)
                + ", schoolId=" + schoolId + ", stage=" + stage + ", subject=" + subject + ", roles=" + roles
                + ", gender=" + gender + ", county=" + county + ", phone=" + Mask.phone(phone) + "]";
    }
}
