package io.kaohe.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.kaohe.internal.params.ParameterTable;
import io.kaohe.internal.rules.AbilityResult;
import io.kaohe.internal.rules.Checks;
import io.kaohe.internal.rules.SemesterActivity;
import io.kaohe.model.Semester;

/**
 * Issue 17, round four: a session gets only the facts a pattern of its KieBase can match. A pattern over a type, a
 * supertype or an interface of it, an {@code exists}, {@code not} or {@code accumulate} over it lets the fact in; a
 * type no pattern matches is left out, and an edited rule that matches it gets it.
 */
class SessionFactsTest {
    private static final String HEAD = """
            package io.kaohe.t;
            import io.kaohe.internal.rules.Checks;
            import io.kaohe.internal.rules.SemesterActivity;
            import io.kaohe.internal.rules.AbilityResult;
            global Checks check;
            """;
    private static final ParameterTable TABLE = ParameterTable.load(Map.of("parameters/t.yaml", """
            hours-min: {description: d, unit: HOUR, clause: XX-01, values: {2020-01-01: 50}}
            """), Set.of("XX-01"));

    private static Sessions sessions(String rules) { return new Sessions(SessionsTest.kieBase(HEAD + rules), List.of()); }

    private static final SemesterActivity SEMESTER = new SemesterActivity("T-1", Semester.parse("2021-2022-1"), BigDecimal.valueOf(2));

    @Test
    void aTypeNoPatternMatchesIsLeftOutAndOneARuleMatchesGoesIn() {
        Sessions s = sessions("""
                rule "XX-01 a semester with activities"
                    @clause("XX-01") @decision("eligibility") @zh("学期 {semester}") @en("semester {semester}")
                when
                    $s : SemesterActivity()
                then
                    check.require(kcontext, true, "semester", $s.getSemester());
                end
                """);
        assertTrue(s.matches(SemesterActivity.class));
        assertFalse(s.matches(AbilityResult.class));
        assertFalse(s.matches(String.class));
        List<Object> in = new ArrayList<>();
        s.addMatched(in, List.of("a text", SEMESTER));
        assertEquals(List.of(SEMESTER), in);
        // and the rule fires on what went in
        Checks c = new Checks(TABLE.at(LocalDate.of(2022, 1, 1)));
        s.run(c, in);
        assertEquals(1, c.reasons().size());
    }

    @Test
    void aSupertypeAnInterfaceNotExistsAndAccumulateLetTheirFactsIn() {
        assertTrue(sessions("""
                rule "XX-01 anything" @clause("XX-01") @decision("eligibility")
                when Object() then end
                """).matches(SemesterActivity.class), "Object() matches every fact");
        Sessions text = sessions("""
                rule "XX-01 text" @clause("XX-01") @decision("eligibility")
                when CharSequence() then end
                """);
        assertTrue(text.matches(String.class), "an interface the fact implements");
        assertFalse(text.matches(SemesterActivity.class));
        assertTrue(sessions("""
                rule "XX-01 none" @clause("XX-01") @decision("eligibility")
                when not SemesterActivity() then end
                """).matches(SemesterActivity.class), "not");
        assertTrue(sessions("""
                rule "XX-01 some" @clause("XX-01") @decision("eligibility")
                when exists AbilityResult() then end
                """).matches(AbilityResult.class), "exists");
        assertTrue(sessions("""
                rule "XX-01 counted" @clause("XX-01") @decision("eligibility")
                when Number( intValue > 0 ) from accumulate( AbilityResult( passed ), count() ) then end
                """).matches(AbilityResult.class), "accumulate");
    }
}
