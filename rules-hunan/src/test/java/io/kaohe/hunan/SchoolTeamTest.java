package io.kaohe.hunan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.generators.Generate;

import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.internal.engine.PackEngine;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.model.CohortStats;
import io.kaohe.model.Grade;
import io.kaohe.model.ManagementTeam;
import io.kaohe.model.School;
import io.kaohe.model.SchoolDossier;
import io.kaohe.model.SchoolVerdict;
import io.kaohe.model.Stage;
import io.kaohe.internal.params.ParameterSet;
import io.kaohe.InvalidInputException;

/**
 * School assessment (HN-04): the IT management team of 3–5, principal included and leading. PASS when
 * the team requirement is met, else FAIL; never EXCELLENT (the source has no school grade).
 */
class SchoolTeamTest {
    static final Engine ENGINE = Kaohe.pack("hunan");
    static final ParameterSet PARAMS = PackEngine.info(ENGINE).parameters().at(LocalDate.of(2023, 1, 1));
    static final int MIN = PARAMS.integer("school.team-size-min");
    static final int MAX = PARAMS.integer("school.team-size-max");

    static SchoolDossier school(String id, ManagementTeam team) {
        // no hour counts: Hunan sets no online / practice minimum
        CohortStats cohort = new CohortStats(40, Map.of(), null, null, 30, 2, 4);
        return new SchoolDossier(new School(id, "湘阴一中", "湘阴县", 48, 40, List.of(Stage.SENIOR), null, "BATCH_1"),
                team, List.of(), cohort, Map.of());
    }

    @Test
    void teamSizeAndPrincipalDecideTheGrade() {
        QuickTheory.qt().withFixedSeed(20221015L).withExamples(120)
                .forAll(integers().between(0, 8), Generate.pick(List.of(Boolean.TRUE, Boolean.FALSE)))
                .checkAssert((size, leads) -> {
                    SchoolVerdict v = ENGINE.assessSchools(List.of(school("S-1", new ManagementTeam(size, leads, null)))).get(0);
                    boolean met = size >= MIN && size <= MAX && leads;
                    assertEquals(met ? Grade.PASS : Grade.FAIL, v.grade(), size + " members, principal leads " + leads);
                    assertEquals(met ? List.of() : List.of("HN-04"), v.unmet());
                    assertEquals(1, v.items().size());
                    assertEquals(met ? BigDecimal.ONE : BigDecimal.ZERO, v.items().get(0).points().stripTrailingZeros());
                    assertEquals(0, v.total().compareTo(v.items().get(0).points()));
                });
    }

    @Test
    void boundaries() {
        List<SchoolDossier> schools = new ArrayList<>();
        int[] sizes = {MIN - 1, MIN, MAX, MAX + 1};
        for (int i = 0; i < sizes.length; i++) schools.add(school("S-" + i, new ManagementTeam(sizes[i], true, false)));
        schools.add(school("S-none", null));
        List<Grade> grades = ENGINE.assessSchools(schools).stream().map(SchoolVerdict::grade).toList();
        assertEquals(List.of(Grade.FAIL, Grade.PASS, Grade.PASS, Grade.FAIL, Grade.FAIL), grades);
        SchoolVerdict none = ENGINE.assessSchools(List.of(school("S-none", null))).get(0);
        assertTrue(none.reasons().stream().anyMatch(r -> r.clause().equals("HN-04") && !r.met() && r.message().contains("管理团队 — 人")),
                none.reasons().toString());
    }

    @Test
    void manySchoolsTogetherAreNeverExcellent() {
        List<SchoolDossier> schools = new ArrayList<>();
        for (int i = 0; i < 12; i++) schools.add(school("S-" + i, new ManagementTeam(4, true, true)));
        assertTrue(ENGINE.assessSchools(schools).stream().allMatch(v -> v.grade() == Grade.PASS));
    }

    @Test
    void assessorItemsAreAnInputError() {
        SchoolDossier d = school("S-1", new ManagementTeam(4, true, null));
        SchoolDossier withItems = new SchoolDossier(d.school(), d.team(), d.abilities(), d.cohort(), Map.of("plan", BigDecimal.ONE));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ENGINE.assessSchools(List.of(withItems)));
        assertTrue(e.getMessage().contains("[0].items.plan"), e.getMessage());
    }

    @Test
    void verdictJsonRoundTrip() {
        SchoolVerdict v = ENGINE.assessSchools(List.of(school("S-1", new ManagementTeam(3, true, null)))).get(0);
        String json = KaoheJson.line(v);
        assertEquals(json, KaoheJson.line(KaoheJson.read(json, SchoolVerdict.class)));
        SchoolDossier d = school("S-2", new ManagementTeam(5, true, null));
        assertEquals(d, KaoheJson.read(KaoheJson.line(d), SchoolDossier.class));
    }
}
