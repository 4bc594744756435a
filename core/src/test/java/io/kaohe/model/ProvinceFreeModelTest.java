package io.kaohe.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.kaohe.internal.rules.SchoolFacts;
import io.kaohe.internal.rules.TeacherFacts;

/** Core knows no province (issue 16): the dossiers carry what every province shares, the rest as pack parts. */
class ProvinceFreeModelTest {
    static List<String> components(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    @Test
    void schoolDossierHasNoFundsGroupsOrOfflineClass() {
        assertEquals(List.of("school", "team", "abilities", "cohort", "items", "plans", "parts"), components(SchoolDossier.class));
    }

    @Test
    void teacherDossierHasNoFinalAssessment() {
        assertEquals(List.of("teacher", "records", "scores", "asOf", "parts"), components(TeacherDossier.class));
    }

    @Test
    void noProvinceOnlyTypeIsLeftInCore() {
        for (String name : List.of("io.kaohe.model.FinalAssessment", "io.kaohe.model.SchoolDossier$Funds",
                "io.kaohe.model.SchoolDossier$OfflineClass", "io.kaohe.model.SchoolDossier$ResearchGroup", "io.kaohe.internal.rules.ResearchGroupFacts")) {
            assertThrows(ClassNotFoundException.class, () -> Class.forName(name), name);
        }
    }

    @Test
    void sharedFactsHaveNoProvinceOnlyGetters() {
        Set<String> teacher = Arrays.stream(TeacherFacts.class.getMethods()).map(Method::getName).collect(Collectors.toSet());
        Set<String> school = Arrays.stream(SchoolFacts.class.getMethods()).map(Method::getName).collect(Collectors.toSet());
        for (String m : List.of("getPeerReviewsBeforeSubmission", "getFinalAssessment", "getFinalLevel")) assertTrue(!teacher.contains(m), m);
        for (String m : List.of("getPublicFunds", "getTrainingSpend", "getGroups", "isOfflineClassReported", "isJoinedWithOthers", "getClassSize")) {
            assertTrue(!school.contains(m), m);
        }
    }

    @Test
    void everyRecordComponentOfTheModelIsACoreOrJdkType() {
        for (Class<?> c : List.of(SchoolDossier.class, TeacherDossier.class, School.class, Teacher.class, CohortStats.class,
                ManagementTeam.class, StudyRecord.class, RubricScore.class)) {
            for (RecordComponent rc : c.getRecordComponents()) {
                String t = rc.getType().getName();
                assertTrue(t.startsWith("java.") || t.startsWith("io.kaohe.model.") || rc.getType().isPrimitive(), c.getSimpleName() + "." + rc.getName() + ": " + t);
            }
        }
    }
}
