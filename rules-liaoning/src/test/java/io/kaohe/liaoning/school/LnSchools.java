package io.kaohe.liaoning.school;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.kaohe.model.CohortStats;
import io.kaohe.model.Environment;
import io.kaohe.model.School;
import io.kaohe.liaoning.Funds;
import io.kaohe.model.DossierParts;
import io.kaohe.model.SchoolDossier;
import io.kaohe.model.Stage;

/** Liaoning school dossiers for tests: {@link #meetsAll} meets LN-04 … LN-07; the {@code with…} methods change one part. */
final class LnSchools {
    private LnSchools() {}

    static final LocalDate ON_TIME = LocalDate.of(2023, 8, 25);

    static Map<String, LocalDate> plans(LocalDate development, LocalDate research, LocalDate assessment) {
        Map<String, LocalDate> m = new TreeMap<>();
        if (development != null) m.put("developmentPlan", development);
        if (research != null) m.put("researchPlan", research);
        if (assessment != null) m.put("assessmentPlan", assessment);
        return m;
    }

    static CohortStats cohort(int teachers, int passed, int works) {
        Map<Environment, Integer> choices = new EnumMap<>(Environment.class);
        choices.put(Environment.MULTIMEDIA, teachers * 3);
        return new CohortStats(teachers, choices, teachers, teachers, passed, 0, works);
    }

    /** 40 teachers, all passed, 2 cases (⌈3% × 40⌉ = 2), plans on time, 6% of 200,000 yuan on training. */
    static SchoolDossier meetsAll(String id) {
        School school = new School(id, "瓦房店市学校 " + id, "瓦房店市", 45, 40, List.of(Stage.PRIMARY), null, "2023");
        return new SchoolDossier(school, null, List.of(), cohort(40, 40, 2), Map.of(), plans(ON_TIME, ON_TIME, ON_TIME),
                DossierParts.of(Map.of("funds", new Funds(new BigDecimal("200000"), new BigDecimal("12000")))));
    }

    static SchoolDossier withPlans(SchoolDossier d, Map<String, LocalDate> plans) {
        return new SchoolDossier(d.school(), d.team(), d.abilities(), d.cohort(), d.items(), plans, d.parts());
    }

    static SchoolDossier withCohort(SchoolDossier d, CohortStats c) {
        return new SchoolDossier(d.school(), d.team(), d.abilities(), c, d.items(), d.plans(), d.parts());
    }

    static SchoolDossier withFunds(SchoolDossier d, Funds f) {
        return d.withParts(d.parts().with("funds", f));
    }

    static Funds funds(String publicFunds, String spend) {
        return new Funds(publicFunds == null ? null : new BigDecimal(publicFunds), spend == null ? null : new BigDecimal(spend));
    }
}
