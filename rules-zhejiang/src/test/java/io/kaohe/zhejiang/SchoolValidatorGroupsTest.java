package io.kaohe.zhejiang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.kaohe.model.ManagementTeam;
import io.kaohe.model.Role;
import io.kaohe.model.School;
import io.kaohe.model.SchoolDossier;
import io.kaohe.model.Stage;
import io.kaohe.internal.pack.AbilityCatalog;
import io.kaohe.model.DossierParts;
import io.kaohe.internal.params.ParameterTable;
import io.kaohe.FieldError;
import io.kaohe.internal.validate.SchoolValidator;

/** Research groups and offline class (parts only Zhejiang declares), validated by core's SchoolValidator through the SPI. Moved from core. */
class SchoolValidatorGroupsTest {
    static final String PARAMS = """
            school.group-focus-points-min:
              description: 关注要点 | focus points
              unit: COUNT
              clause: XX-01
              values:
                2020-01-01: {value: 2}
            """;

    static final SchoolValidator V = new SchoolValidator(
            AbilityCatalog.load("catalog.yaml", "G1: {audiences: [MANAGER]}\nT1: {audiences: [TEACHER]}\n"),
            ParameterTable.load(Map.of("parameters/school.yaml", PARAMS), Set.of("XX-01")).at(LocalDate.of(2022, 1, 1)), List.of());

    static SchoolDossier dossier(List<ResearchGroup> groups, OfflineClass offline) {
        return new SchoolDossier(new School("S-1", null, null, 40, null, List.of(Stage.PRIMARY), null, null),
                new ManagementTeam(3, true, null), null, null, null, null,
                DossierParts.of(java.util.Map.of("groups", groups, "offlineClass", offline)));
    }

    @Test
    void withoutAPointsFormTheCohortIsOptional() {
        assertEquals(List.of(), V.validate(dossier(List.of(new ResearchGroup("数学组", Stage.PRIMARY, Role.TEACHER, List.of("T1"))),
                new OfflineClass(true, 80))));
    }

    @Test
    void groupProblemsNameTheirField() {
        List<ResearchGroup> groups = List.of(
                new ResearchGroup("数学组", Stage.PRIMARY, Role.TEACHER, List.of("T1", "T9x", "T1")),
                new ResearchGroup(" ", null, null, List.of()));
        List<String> paths = V.validate(dossier(groups, new OfflineClass(true, -1))).stream().map(FieldError::path).toList();
        assertEquals(List.of("groups[0].focusPoints[1]", "groups[0].focusPoints[2]", "groups[1].name", "groups[1].stage",
                "groups[1].audience", "offlineClass.classSize"), paths);
    }
}
