package io.kaohe.model;

import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import io.kaohe.internal.privacy.Mask;
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
        return builder().id(id).schoolId(schoolId).stage(stage).build();
    }

    /**
     * A builder, so that no field is passed in the wrong place: {@code Teacher.builder().id("T-0001").schoolId("S-01")
     * .stage(Stage.PRIMARY).name("李老师").build()}. Roles default to {@code [TEACHER]}. It does not validate:
     * {@code Engine.validate} and {@code Engine.assess} name every missing or bad field.
     */
    public static Builder builder() { return new Builder(); }

    /** Builds a {@link Teacher}; see {@link Teacher#builder()}. Not thread-safe; {@link #build()} may be called again. */
    public static final class Builder {
        private String id;
        private String name;
        private String nationalId;
        private String schoolId;
        private Stage stage;
        private String subject;
        private List<Role> roles = List.of(Role.TEACHER);
        private String gender;
        private String county;
        private String phone;

        private Builder() {}

        /** Required: the teacher's ID in the provincial system. */
        public Builder id(String id) { this.id = id; return this; }
        public Builder name(String name) { this.name = name; return this; }
        /** Personal data: masked in every output. */
        public Builder nationalId(String nationalId) { this.nationalId = nationalId; return this; }
        /** Required. */
        public Builder schoolId(String schoolId) { this.schoolId = schoolId; return this; }
        /** Required. */
        public Builder stage(Stage stage) { this.stage = stage; return this; }
        public Builder subject(String subject) { this.subject = subject; return this; }
        /** Replaces the default {@code [TEACHER]}. */
        public Builder roles(List<Role> roles) { this.roles = roles; return this; }
        /** Replaces the default {@code [TEACHER]}. */
        public Builder roles(Role... roles) { this.roles = roles == null ? null : Arrays.asList(roles); return this; }
        public Builder gender(String gender) { this.gender = gender; return this; }
        public Builder county(String county) { this.county = county; return this; }
        /** Personal data: masked in every output. */
        public Builder phone(String phone) { this.phone = phone; return this; }

        public Teacher build() { return new Teacher(id, name, nationalId, schoolId, stage, subject, roles, gender, county, phone); }
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
