package io.kaohe.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class DrlTextTest {
    private static final String RULES = """
            package p;
            // a comment with "quotes" and ( brackets
            rule "A one"
                @zh("{actual} 学时") @en("teachers' {actual}")
            when
                $t : TeacherFacts( semesters.isEmpty() )
            then
                check.atLeast(kcontext, $t.amount("ONLINE_COURSE"), "teacher.online-hours-min");
            end
            /* block ( " */
            rule "B two"
            when
                $s : SemesterActivity()
            then
                check.require(kcontext, check.params().number("x") > 1);
            end
            """;

    @Test
    void balancedRulesHaveNothingOpen() {
        assertEquals(List.of(), DrlText.unbalanced(RULES));
    }

    @Test
    void literalsOutsideCommentsWithTheirPlace() {
        List<DrlText.Literal> l = DrlText.literals(RULES);
        assertEquals(List.of("A one", "{actual} 学时", "teachers' {actual}", "ONLINE_COURSE", "teacher.online-hours-min", "B two", "x"),
                l.stream().map(DrlText.Literal::value).toList());
        DrlText.Literal x = l.get(6);
        assertEquals(15, x.line());
        assertEquals("    check.require(kcontext, check.params().number(", x.before());
        assertEquals(x.before().length() + 1, x.column());
    }

    @Test
    void anOpenParenthesisIsReportedWhereItOpens() {
        String text = RULES.replace("$s : SemesterActivity()", "$s : SemesterActivity(");
        assertEquals(List.of(new DrlText.Unbalanced(')', false, 13, 26)), DrlText.unbalanced(text));
    }

    @Test
    void aMissingEndIsReportedAtTheRule() {
        String text = RULES.replaceFirst("\nend\n", "\n\n");
        assertEquals(List.of(new DrlText.Unbalanced(DrlText.END, false, 3, 1)), DrlText.unbalanced(text));
    }

    @Test
    void anOpenQuoteAndAnExtraCloser() {
        String text = RULES.replace("\"teacher.online-hours-min\");", "\"teacher.online-hours-min);")
                .replace("SemesterActivity()", "SemesterActivity())");
        assertEquals(List.of(new DrlText.Unbalanced('"', false, 8, 57), new DrlText.Unbalanced(')', true, 13, 28)),
                DrlText.unbalanced(text));
    }

    /** After a quote left open the brackets of its section are not counted: the closer on the next line is not "extra". */
    @Test
    void aQuoteLeftOpenIsTheOnlyProblemOfItsSection() {
        String text = RULES.replace("\"teacher.online-hours-min\");", "\"teacher.online-hours-min,\n            \"x\", 1);");
        assertEquals(List.of(new DrlText.Unbalanced('"', false, 8, 57)), DrlText.unbalanced(text));
    }
}
