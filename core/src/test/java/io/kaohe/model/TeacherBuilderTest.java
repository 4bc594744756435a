package io.kaohe.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.kaohe.internal.json.KaoheJson;

class TeacherBuilderTest {
    @Test
    void eachSetterFillsItsOwnField() {
        Teacher built = Teacher.builder().id("T-1").name("李红梅").nationalId("110101199003070017").schoolId("S-01")
                .stage(Stage.JUNIOR).subject("语文").roles(Role.TEACHER, Role.MANAGER).gender("女").county("湘阴县")
                .phone("13812345678").build();
        assertEquals(new Teacher("T-1", "李红梅", "110101199003070017", "S-01", Stage.JUNIOR, "语文",
                List.of(Role.TEACHER, Role.MANAGER), "女", "湘阴县", "13812345678"), built);
    }

    @Test
    void rolesDefaultToTeacherAndTheRestToAbsent() {
        Teacher t = Teacher.builder().id("T-1").schoolId("S-01").stage(Stage.PRIMARY).build();
        assertEquals(Teacher.of("T-1", "S-01", Stage.PRIMARY), t);
        assertEquals(List.of(Role.TEACHER), t.roles());
        assertFalse(t.isManager());
        assertEquals("{\"id\":\"T-1\",\"schoolId\":\"S-01\",\"stage\":\"PRIMARY\",\"roles\":[\"TEACHER\"]}", KaoheJson.line(t));
    }

    @Test
    void itDoesNotValidateSoValidationNamesTheField() {
        // a null role is kept (as from JSON "roles": [null]) for the validator to name, not thrown here
        Teacher t = Teacher.builder().id("T-1").roles((Role) null).build();
        assertEquals(Arrays.asList((Role) null), t.roles());
        assertEquals(List.of(), Teacher.builder().roles((List<Role>) null).build().roles());
    }

    @Test
    void personalDataIsMaskedInJson() {
        String json = KaoheJson.line(Teacher.builder().id("T-1").nationalId("110101199003070017").phone("13812345678").build());
        assertFalse(json.contains("110101199003070017") || json.contains("13812345678"), json);
        assertTrue(json.contains("138****5678"), json);
    }
}
