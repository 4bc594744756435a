package io.kaohe.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

import io.kaohe.model.Grade;
import io.kaohe.internal.params.ParameterTable;

/** The DRL vocabulary and the one-grade logic, without a rule engine (rule contexts are stand-ins). */
class ChecksTest {
    private static final ParameterTable TABLE = ParameterTable.load(Map.of("parameters/t.yaml", """
            hours-min: {description: d, unit: HOUR, clause: SD-01, values: {2020-01-01: 50}}
            share-min: {description: d, unit: SHARE, clause: SD-01, values: {2020-01-01: 0.5}}
            """), Set.of("SD-01", "SD-04", "CN-02", "SD-05"));

    private static Checks checks() { return new Checks(TABLE.at(LocalDate.of(2022, 1, 1))); }

    /** A rule context for a rule with this name and metadata. */
    static RuleContext rule(String name, String clause, String decision) {
        return rule(name, Map.of("clause", clause, "decision", decision, "zh", "{actual} {op} {min}", "en", "{actual} {op} {min}"));
    }

    /** A rule context for a rule with this name and metadata ({@code @clause}, {@code @decision}, {@code @zh} …). */
    static RuleContext rule(String name, Map<String, Object> meta) {
        Rule r = (Rule) Proxy.newProxyInstance(Rule.class.getClassLoader(), new Class<?>[] {Rule.class}, (p, m, a) -> switch (m.getName()) {
            case "getName" -> name;
            case "getMetaData" -> meta;
            case "hashCode" -> System.identityHashCode(p);
            case "equals" -> p == a[0];
            default -> null;
        });
        return (RuleContext) Proxy.newProxyInstance(RuleContext.class.getClassLoader(), new Class<?>[] {RuleContext.class},
                (p, m, a) -> m.getName().equals("getRule") ? r : null);
    }

    private static final RuleContext HOURS = rule("SD-01 hours", "SD-01", "eligibility");
    private static final RuleContext SHARE = rule("SD-01 share", "SD-01", "eligibility");
    private static final RuleContext ABILITIES = rule("SD-04 abilities", "SD-04", "grading");
    private static final RuleContext EXCELLENT = rule("CN-02 excellent", "CN-02", "excellence");
    private static final RuleContext CREDIT = rule("SD-05 credit", "SD-05", "outcome");

    @Test
    void atLeastIsMetAtTheBound() {
        Checks c = checks();
        assertFalse(c.atLeast(HOURS, new BigDecimal("49.9"), "hours-min"));
        assertTrue(c.atLeast(HOURS, new BigDecimal("50.0"), "hours-min"));
        assertTrue(c.atLeast(HOURS, 50, "hours-min"));
        assertEquals("49.9 < 50", c.reasons().get(0).message());
        assertEquals(Map.of("hours-min", new BigDecimal("50")), c.reasons().get(0).params());
    }

    @Test
    void shareIsComparedExactly() {
        Checks c = checks();
        assertTrue(c.shareAtLeast(SHARE, new BigDecimal("25"), new BigDecimal("50"), "share-min"));
        assertFalse(c.shareAtLeast(SHARE, new BigDecimal("24.99999"), new BigDecimal("50"), "share-min"));
        assertTrue(c.shareAtLeast(SHARE, 1, 3 - 1, "share-min"));
        assertFalse(c.shareAtLeast(SHARE, 0, 0, "share-min"), "nothing is not at least half of nothing");
        assertTrue(c.shareAtMost(SHARE, 0, 0, "share-min"));
        assertFalse(c.shareAtMost(SHARE, new BigDecimal("1.0000001"), 2, "share-min"));
    }

    @Test
    void oneGradeFromTheDecisions() {
        Checks c = checks();
        c.atLeast(HOURS, 50, "hours-min");
        c.atLeast(ABILITIES, 50, "hours-min");
        assertEquals(Grade.PASS, c.teacherGrade(), "no excellence rule fired: PASS");
        c.atLeast(EXCELLENT, 50, "hours-min");
        assertEquals(Grade.EXCELLENT, c.teacherGrade());
        c.atLeast(EXCELLENT, 1, "hours-min");
        assertEquals(Grade.PASS, c.teacherGrade(), "one unmet excellence rule: PASS, and not listed as unmet");
        assertEquals(List.of(), c.unmet());
        c.atLeast(ABILITIES, 1, "hours-min");
        assertEquals(Grade.FAIL, c.teacherGrade());
        c.atLeast(HOURS, 1, "hours-min");
        assertEquals(Grade.INCOMPLETE, c.teacherGrade());
        assertEquals(List.of("SD-01", "SD-04"), c.unmet(), "both kinds, sorted, once each");
    }

    @Test
    void outcomesOnPassOnlyForPassingGrades() {
        Checks c = checks();
        c.onPass(CREDIT, "CREDIT");
        assertEquals(1, c.outcomes(Grade.PASS).size());
        assertEquals(1, c.outcomes(Grade.EXCELLENT).size());
        assertEquals(0, c.outcomes(Grade.FAIL).size());
        assertEquals(0, c.outcomes(Grade.INCOMPLETE).size());
        assertEquals("SD-05", c.outcomes(Grade.PASS).get(0).clause());
    }

    @Test
    void outcomesOnNotPassedOnlyForIncompleteAndFail() {
        Checks c = checks();
        c.onNotPassed(CREDIT, "LOST");
        assertEquals(1, c.outcomes(Grade.INCOMPLETE).size());
        assertEquals(1, c.outcomes(Grade.FAIL).size());
        assertEquals(0, c.outcomes(Grade.PASS).size());
        assertEquals(0, c.outcomes(Grade.EXCELLENT).size());
        assertEquals("LOST", c.outcomes(Grade.FAIL).get(0).flag());
    }

    @Test
    void reasonsAreInAStableOrderWhateverTheFiringOrder() {
        Checks a = checks();
        a.atLeast(ABILITIES, 3, "hours-min");
        a.atLeast(HOURS, 60, "hours-min");
        a.atLeast(EXCELLENT, 1, "hours-min");
        a.atLeast(SHARE, 2, "hours-min");
        Checks b = checks();
        b.atLeast(SHARE, 2, "hours-min");
        b.atLeast(EXCELLENT, 1, "hours-min");
        b.atLeast(HOURS, 60, "hours-min");
        b.atLeast(ABILITIES, 3, "hours-min");
        assertEquals(a.reasons(), b.reasons());
        assertEquals(List.of("SD-01 hours", "SD-01 share", "SD-04 abilities", "CN-02 excellent"),
                a.reasons().stream().map(r -> r.rule()).toList(), "eligibility, grading, excellence; then clause and rule");
    }
}
