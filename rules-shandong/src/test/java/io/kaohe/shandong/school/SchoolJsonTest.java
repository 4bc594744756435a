package io.kaohe.shandong.school;

import static io.kaohe.shandong.school.SchoolDossiers.bd;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.model.Environment;
import io.kaohe.model.SchoolDossier;
import io.kaohe.model.SchoolVerdict;

/** School dossiers and verdicts survive a JSON round trip byte for byte; the documented example reads. */
class SchoolJsonTest {
    static final Engine ENGINE = Kaohe.pack("shandong");

    @Test
    void dossierRoundTrip() {
        SchoolDossier d = SchoolDossiers.withItem(SchoolDossiers.full("S-1"), "plan", bd("1.5"));
        String json = KaoheJson.line(d);
        SchoolDossier back = KaoheJson.read(json, SchoolDossier.class);
        assertEquals(d, back);
        assertEquals(json, KaoheJson.line(back));
    }

    @Test
    void verdictRoundTripIsByteIdentical() {
        List<SchoolVerdict> vs = ENGINE.assessSchools(SchoolDossiers.withTotals(bd(100), bd(99), bd(98), bd(97), bd("79.5")));
        for (SchoolVerdict v : vs) {
            String json = KaoheJson.line(v);
            assertEquals(json, KaoheJson.line(KaoheJson.read(json, SchoolVerdict.class)));
        }
    }

    @Test
    void sameInputSameBytes() {
        String a = KaoheJson.line(ENGINE.assessSchools(SchoolDossiers.withTotals(bd(100), bd(95), bd(95), bd(90))));
        String b = KaoheJson.line(ENGINE.assessSchools(SchoolDossiers.withTotals(bd(100), bd(95), bd(95), bd(90))));
        assertEquals(a, b);
    }

    @Test
    void theDocumentedExampleReads() {
        String json = """
                {"school":{"id":"S-01","name":"兖州区第一小学","county":"兖州区","staffCount":60,"teacherCount":52,
                  "stages":["PRIMARY"],"environment":"HYBRID","batch":"2021-2022"},
                 "team":{"size":4,"principalLeads":true,"hasCio":true},
                 "abilities":["A1","A3","A5","A6","B1","B2","B6","C4"],
                 "cohort":{"teachers":52,"abilityChoices":{"MULTIMEDIA":60,"HYBRID":56,"SMART":40},
                   "onlineHoursMet":52,"practiceHoursMet":52,"passed":50,"excellent":6,"worksSubmitted":6,
                   "microAbilityPassed":51},
                 "items":{"currentState":1,"plan":2,"rules":1.5,"activityDesign":2,"assessmentDesign":2,
                   "contentTraining":5,"help":4,"incentives":5,"selfTest":2,"peerReview":1,"demonstration":4,
                   "innovation":3,"research":4}}""".replace("\n", "");
        SchoolDossier d = KaoheJson.read(json, SchoolDossier.class);
        assertEquals(Environment.HYBRID, d.school().environment());
        assertEquals(40, d.cohort().abilityChoices().get(Environment.SMART));
        SchoolVerdict v = ENGINE.assessSchools(List.of(d)).get(0);
        // 59 computed + 36.5 assessed: all computed items are earned (50/52 = 96.2% ≥ 95%, 6/52 = 11.5% ≥ 10%)
        assertEquals(0, v.total().compareTo(bd("95.5")), v.total().toString());
        // every requirement decided from data is met; the points the assessor withheld are no unmet clause
        assertEquals(List.of(), v.unmet());
    }
}
