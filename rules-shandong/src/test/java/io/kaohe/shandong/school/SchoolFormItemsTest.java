package io.kaohe.shandong.school;

import static io.kaohe.shandong.school.SchoolDossiers.bd;
import static io.kaohe.shandong.school.SchoolDossiers.full;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.internal.engine.PackEngine;
import io.kaohe.model.FormItem;
import io.kaohe.model.Grade;
import io.kaohe.model.ManagementTeam;
import io.kaohe.model.Reason;
import io.kaohe.model.SchoolDossier;
import io.kaohe.model.SchoolVerdict;
import io.kaohe.internal.pack.FormItemSpec;
import io.kaohe.internal.params.ParameterSet;
import io.kaohe.internal.params.ParameterTable;

/** Each item of the 100-point form (兖州 附件1) at its boundary: just short earns nothing, at the bound earns all. */
class SchoolFormItemsTest {
    static final Engine ENGINE = Kaohe.pack("shandong");

    static SchoolVerdict assess(SchoolDossier d) { return ENGINE.assessSchools(List.of(d)).get(0); }

    static FormItem item(SchoolVerdict v, String key) {
        return v.items().stream().filter(i -> i.item().equals(key)).findFirst().orElseThrow(() -> new AssertionError("no item " + key));
    }

    static BigDecimal points(SchoolDossier d, String key) { return item(assess(d), key).points(); }

    static void earned(SchoolDossier d, String key, boolean expected) {
        FormItem i = item(assess(d), key);
        assertEquals(expected ? i.max() : BigDecimal.ZERO, i.points(), key + ": " + i);
        assertTrue(i.max().signum() > 0);
    }

    @Test
    void maximaOfTheDeclaredItemsAddUpToExactly100() {
        ParameterTable table = PackEngine.info(ENGINE).parameters();
        ParameterSet p = table.at(table.latestChange());
        BigDecimal computed = BigDecimal.ZERO;
        BigDecimal assessor = BigDecimal.ZERO;
        for (FormItemSpec i : PackEngine.info(ENGINE).config().form()) {
            if (i.isAssessed()) assessor = assessor.add(p.number(i.getMax()));
            else computed = computed.add(p.number(i.getMax()));
        }
        assertEquals(0, computed.compareTo(bd(59)), "computed items");
        assertEquals(0, assessor.compareTo(bd(41)), "assessor items");
        assertEquals(0, computed.add(assessor).compareTo(bd(100)));
    }

    @Test
    void everyDeclaredItemIsScoredByARule() {
        SchoolVerdict v = assess(full("S-1"));
        List<FormItemSpec> form = PackEngine.info(ENGINE).config().form();
        assertEquals(form.stream().map(FormItemSpec::getKey).sorted().toList(), v.items().stream().map(FormItem::item).sorted().toList());
        for (FormItem i : v.items()) {
            FormItemSpec spec = PackEngine.info(ENGINE).config().item(i.item()).orElseThrow();
            assertEquals(spec.getClause(), i.clause(), i.item() + ": the rule scoring it cites the declared clause");
            assertEquals(spec.isAssessed() ? "ASSESSOR" : "COMPUTED", i.source(), i.item());
        }
        assertEquals(0, v.items().stream().map(FormItem::max).reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(bd(100)));
        assertEquals(v.items().size(), v.items().stream().map(FormItem::item).distinct().count());
    }

    @Test
    void aFullDossierEarnsEveryPoint() {
        SchoolVerdict v = assess(full("S-1"));
        assertEquals(0, v.total().compareTo(bd(100)));
        assertEquals(List.of(), v.unmet());
        assertTrue(v.items().stream().allMatch(i -> i.points().compareTo(i.max()) == 0));
        assertEquals(9, v.items().stream().filter(i -> i.source().equals("COMPUTED")).count());
        assertEquals(13, v.items().stream().filter(i -> i.source().equals("ASSESSOR")).count());
        // alone, a school can never be excellent: ⌊30% × 1⌋ = 0
        assertEquals(Grade.PASS, v.grade());
    }

    @Test
    void theShippedRulesPassTheStaffCheck() {
        assertEquals(List.of(), Kaohe.check("shandong", null));
    }

    // ---- SD-09 management team ------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({"2,false", "3,true", "4,true", "5,true", "6,false"})
    void teamOf3To5(int size, boolean earned) {
        earned(SchoolDossiers.withTeam(full("S-1"), new ManagementTeam(size, true, true)), "team", earned);
    }

    @Test
    void aComputedItemRecordsTheThresholdsItUsed() {
        SchoolVerdict v = assess(SchoolDossiers.withTeam(full("S-1"), new ManagementTeam(6, true, true)));
        Reason r = v.reasons().stream().filter(x -> x.clause().equals("SD-09")).findFirst().orElseThrow();
        assertFalse(r.met());
        assertEquals(Map.of("school.team-size-min", bd(3), "school.team-size-max", bd(5), "school.item.team.points", bd(1)), r.params());
        assertEquals(bd(6), r.values().get("size"));
        assertEquals(BigDecimal.ZERO, r.values().get("points"));
        assertTrue(r.message().contains("管理团队 6 人（要求 3–5 人）"), r.message());
    }

    @Test
    void teamLedByThePrincipalWithACio() {
        earned(SchoolDossiers.withTeam(full("S-1"), new ManagementTeam(4, false, true)), "team", false);
        earned(SchoolDossiers.withTeam(full("S-1"), new ManagementTeam(4, true, false)), "team", false);
        earned(SchoolDossiers.withTeam(full("S-1"), new ManagementTeam(4, true, null)), "team", false);
        SchoolVerdict v = assess(SchoolDossiers.withTeam(full("S-1"), null));
        assertEquals(BigDecimal.ZERO, item(v, "team").points());
        assertEquals(List.of("SD-09"), v.unmet());
    }

    // ---- SD-08 environment class ---------------------------------------------------------------

    @Test
    void environmentClassDeclared() {
        SchoolVerdict v = assess(SchoolDossiers.withEnvironment(full("S-1"), null));
        assertEquals(BigDecimal.ZERO, item(v, "environment").points());
        assertEquals("SD-08", item(v, "environment").clause());
        assertEquals(List.of("SD-08"), v.unmet());
        assertEquals(Grade.PASS, v.grade(), "99 points still pass");
    }

    // ---- SD-10 8–10 abilities covering three environments ------------------------------------------

    @ParameterizedTest
    @CsvSource({
            "'A1,A3,A5,B1,B2,B6,C4', false",          // 7
            "'A1,A3,A5,A6,B1,B2,B6,C4', true",        // 8
            "'A1,A2,A3,A5,A6,B1,B2,B3,B6,C4', true",  // 10
            "'A1,A2,A3,A4,A5,A6,B1,B2,B3,B6,C4', false", // 11
            "'A1,A2,A3,A5,A6,B1,B2,B6', false",       // 8, no smart environment
            "'A1,A2,A3,A5,A6,C1,C2,C4', false",       // 8, no hybrid environment
    })
    void eightToTenAbilitiesCoveringAllEnvironments(String codes, boolean earned) {
        earned(SchoolDossiers.withAbilities(full("S-1"), List.of(codes.split(","))), "content", earned);
    }

    // ---- SD-11 environment mix -------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
            "50,30,20,true",   // every share exactly at its bound
            "51,29,20,false",  // multimedia above 50%
            "50,29,21,false",  // hybrid below 30%
            "50,31,19,false",  // smart below 20%
            "30,50,20,true",
            "0,0,0,false",     // no choice counted: hybrid and smart shares cannot be met
    })
    void environmentMix(int multimedia, int hybrid, int smart, boolean earned) {
        earned(SchoolDossiers.withChoices(full("S-1"), multimedia, hybrid, smart), "environmentMix", earned);
    }

    // ---- SD-12 online and practice hours -------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({"49,false", "50,true"})
    void everyTeacherOnline25Hours(int met, boolean earned) {
        earned(SchoolDossiers.withCounts(full("S-1"), 50, met, 50, 50, 10, 5), "online", earned);
    }

    @ParameterizedTest
    @CsvSource({"49,false", "50,true"})
    void everyTeacherPractice25Hours(int met, boolean earned) {
        SchoolVerdict v = assess(SchoolDossiers.withCounts(full("S-1"), 50, 50, met, 50, 10, 5));
        assertEquals(earned ? bd(20) : BigDecimal.ZERO, item(v, "practice").points());
        assertEquals(0, v.total().compareTo(earned ? bd(100) : bd(80)));
        assertEquals(Grade.PASS, v.grade(), "80 points is exactly the pass line");
    }

    // ---- SD-13 pass and excellent rates ---------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({"94,false", "95,true", "100,true"})
    void passRate95(int passed, boolean earned) {
        earned(SchoolDossiers.withCounts(full("S-1"), 100, 100, 100, passed, 10, 10), "passRate", earned);
    }

    @ParameterizedTest
    @CsvSource({"9,false", "10,true"})
    void excellentRate10(int excellent, boolean earned) {
        earned(SchoolDossiers.withCounts(full("S-1"), 100, 100, 100, 100, excellent, 10), "excellentRate", earned);
    }

    @Test
    void noTeacherEarnsNoTeacherItem() {
        SchoolVerdict v = assess(SchoolDossiers.withCounts(full("S-1"), 0, 0, 0, 0, 0, 0));
        for (String key : List.of("online", "practice", "passRate", "excellentRate", "works")) {
            assertEquals(BigDecimal.ZERO, item(v, key).points(), key);
        }
    }

    // ---- SD-14 works submitted ------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({"9,false", "10,true", "30,true"})
    void works10PercentOfTeachers(int works, boolean earned) {
        earned(SchoolDossiers.withCounts(full("S-1"), 100, 100, 100, 100, 10, works), "works", earned);
    }

    // ---- assessor items ---------------------------------------------------------------------------------

    @Test
    void assessorItemsScoreWhatTheAssessorGave() {
        SchoolVerdict v = assess(SchoolDossiers.withItem(full("S-1"), "plan", bd("1.5")));
        assertEquals(0, item(v, "plan").points().compareTo(bd("1.5")));
        assertEquals("ASSESSOR", item(v, "plan").source());
        assertEquals(0, v.total().compareTo(bd("99.5")));
        assertEquals(List.of(), v.unmet(), "points an assessor withheld are a judgement, not an unmet requirement");
        Reason r = reason(v, "plan");
        assertTrue(r.met());
    }

    @Test
    void aMissingItemScoresZeroAndSaysItWasNotScored() {
        SchoolVerdict v = assess(SchoolDossiers.withItem(full("S-1"), "research", null));
        assertEquals(BigDecimal.ZERO, item(v, "research").points());
        assertEquals(0, v.total().compareTo(bd(96)));
        Reason r = reason(v, "research");
        assertFalse(r.met());
        assertTrue(r.message().contains("未评分"), r.message());
        assertTrue(r.messageEn().contains("not scored"), r.messageEn());
    }

    @Test
    void everyAssessorItemHasItsMaximum() {
        SchoolVerdict v = assess(full("S-1"));
        Map<String, BigDecimal> maxima = v.items().stream().filter(i -> i.source().equals("ASSESSOR"))
                .collect(Collectors.toMap(FormItem::item, FormItem::max));
        assertEquals(SchoolDossiers.ASSESSOR_MAX.keySet(), maxima.keySet());
        SchoolDossiers.ASSESSOR_MAX.forEach((k, max) -> assertEquals(0, max.compareTo(maxima.get(k)), k));
    }

    // ---- pass line and unmet --------------------------------------------------------------------------

    @Test
    void belowThePassLineIsFailAndListsSd08() {
        SchoolVerdict v = assess(SchoolDossiers.withTotal("S-1", bd("79.5")));
        assertEquals(Grade.FAIL, v.grade());
        assertTrue(v.unmet().contains("SD-08"));
        Reason line = v.reasons().stream().filter(r -> r.decision().equals("grading")).findFirst().orElseThrow();
        assertFalse(line.met());
        assertEquals("SD-08", line.clause());
    }

    @Test
    void unmetListsTheClausesOfItemsNotFullyEarnedSorted() {
        SchoolDossier d = SchoolDossiers.withCounts(full("S-1"), 100, 100, 100, 94, 10, 9); // SD-13, SD-14
        d = SchoolDossiers.withTeam(d, new ManagementTeam(2, true, true)); // SD-09
        SchoolVerdict v = assess(d);
        assertEquals(List.of("SD-09", "SD-13", "SD-14"), v.unmet());
    }

    @Test
    void everyReasonCitesAShandongClause() {
        SchoolVerdict v = assess(full("S-1"));
        var ids = PackEngine.info(ENGINE).clauses().ids();
        for (Reason r : v.reasons()) {
            assertTrue(ids.contains(r.clause()), r.clause());
            assertTrue(r.rule().startsWith(r.clause()), r.rule());
        }
    }

    static Reason reason(SchoolVerdict v, String key) {
        String param = PackEngine.info(ENGINE).config().item(key).orElseThrow().getMax();
        return v.reasons().stream().filter(r -> r.params().containsKey(param)).findFirst()
                .orElseThrow(() -> new AssertionError("no reason using " + param));
    }
}
