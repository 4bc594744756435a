package io.kaohe.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;

import io.kaohe.KaoheException;
import io.kaohe.RuleFailureException;
import io.kaohe.internal.i18n.Messages;
import io.kaohe.internal.pack.PackDescriptor;
import io.kaohe.internal.pack.RuleInfo;
import io.kaohe.internal.params.ParameterTable;
import io.kaohe.internal.rules.Checks;

/** A rule that throws ends in a {@link RuleFailureException} naming the rule, its clause, its file and line, masked. */
class SessionsTest {
    private static final String DRL = """
            package io.kaohe.t;
            import io.kaohe.internal.rules.Checks;
            global Checks check;

            rule "XX-01 throws for this text"
                @clause("XX-01") @decision("eligibility")
            when
                $s : String(this == "boom")
            then
                throw new IllegalStateException("teacher 11010519491231002X, phone 13812345678");
            end

            rule "XX-02 reads a parameter that does not exist"
                @clause("XX-02") @decision("eligibility")
            when
                $s : String(this == "typo")
            then
                check.params().number("hours-mn");
            end

            rule "XX-03 a condition that cannot be evaluated"
                @clause("XX-03") @decision("eligibility")
            when
                $s : String(this == "cond", Integer.parseInt(this) > 0)
            then
            end

            rule "XX-04 an eval that cannot be evaluated"
                @clause("XX-03") @decision("eligibility")
            when
                $s : String(this == "ev 13812345678")
                eval( Integer.parseInt($s) > 0 )
            then
            end
            """;
    private static final ParameterTable TABLE = ParameterTable.load(Map.of("parameters/t.yaml", """
            hours-min: {description: d, unit: HOUR, clause: XX-02, values: {2020-01-01: 50}}
            """), Set.of("XX-01", "XX-02", "XX-03"));
    private static Sessions sessions;

    /** The KieBase of one DRL file of a test pack "t" (package io.kaohe.t). */
    static KieBase kieBase(String drl) {
        PackDescriptor d = PackDescriptor.load("io/kaohe/t/pack.yaml", """
                name: t
                title: t
                version: "1"
                kbase: t
                rules: [t.drl]
                parameters: [parameters/t.yaml]
                clauses: clauses.yaml
                catalog: catalog.yaml
                units: {}
                """);
        return DrlCompiler.build(d, Map.of("t.drl", drl));
    }

    @BeforeAll
    static void build() {
        KieBase kb = kieBase(DRL);
        sessions = new Sessions(kb, List.of(
                new RuleInfo("XX-01 throws for this text", "XX-01", "eligibility", "t.drl", 5),
                new RuleInfo("XX-02 reads a parameter that does not exist", "XX-02", "eligibility", "t.drl", 13)));
    }

    private static Checks checks() { return new Checks(TABLE.at(LocalDate.of(2022, 1, 1))); }

    @Test
    void aThrowingConsequenceNamesRuleClauseFileAndLineMasked() {
        RuleFailureException e = assertThrows(RuleFailureException.class,
                () -> sessions.run(checks(), List.of("boom")));
        assertEquals("XX-01 throws for this text", e.rule());
        assertEquals("XX-01", e.clause());
        assertEquals("t.drl", e.file());
        assertEquals(5, e.line());
        assertTrue(e.getCause() instanceof IllegalStateException, String.valueOf(e.getCause()));
        assertTrue(e.getMessage().startsWith("rule 'XX-01 throws for this text' (clause XX-01, t.drl:5) failed: "
                + "IllegalStateException: "), e.getMessage());
        for (String m : List.of(e.getMessage(), e.getMessage(Messages.ZH))) {
            assertFalse(m.contains("11010519491231002X") || m.contains("13812345678"), m);
        }
        assertTrue(e.getMessage(Messages.ZH).startsWith("规则“XX-01 throws for this text”（条款 XX-01，t.drl:5）执行失败"),
                e.getMessage(Messages.ZH));
    }

    @Test
    void aMistypedParameterInThenIsARuleFailureWithTheKaoheCauseInBothLanguages() {
        RuleFailureException e = assertThrows(RuleFailureException.class,
                () -> sessions.run(checks(), List.of("typo")));
        assertEquals("XX-02", e.clause());
        assertEquals(13, e.line());
        assertTrue(e.getCause() instanceof KaoheException k && "pack.parameter.unknown".equals(k.messageKey()),
                String.valueOf(e.getCause()));
        assertTrue(e.getMessage().contains("unknown parameter 'hours-mn'"), e.getMessage());
        assertTrue(e.getMessage(Messages.ZH).contains("未知的参数“hours-mn”"), e.getMessage(Messages.ZH));
    }

    @Test
    void aConditionThatThrowsIsARuleFailureToo() {
        RuleFailureException e = assertThrows(RuleFailureException.class,
                () -> sessions.run(checks(), List.of("cond")));
        assertEquals("XX-03 a condition that cannot be evaluated", e.rule()); // from Drools' message: not in the rule list
        assertEquals("XX-03", e.clause());
        assertTrue(e.getMessage().startsWith("rule 'XX-03 a condition that cannot be evaluated' (clause XX-03, ?) failed: "
                + "NumberFormatException"), e.getMessage());
        assertFalse(e.getMessage().contains("org.drools"), e.getMessage());
    }

    /** Drools names only its own expression object (LambdaEvalExpression@…) when an eval throws: found by the network. */
    @Test
    void anEvalThatThrowsNamesItsRuleWithoutDroolsInternals() {
        RuleFailureException e = assertThrows(RuleFailureException.class,
                () -> sessions.run(checks(), List.of("ev 13812345678")));
        assertEquals("XX-04 an eval that cannot be evaluated", e.rule());
        assertEquals("XX-03", e.clause());
        assertTrue(e.getCause() instanceof NumberFormatException, String.valueOf(e.getCause()));
        assertEquals("rule 'XX-04 an eval that cannot be evaluated' (clause XX-03, ?) failed: "
                + "NumberFormatException: For input string: \"ev 138****5678\"", e.getMessage());
        assertFalse(e.getMessage(Messages.ZH).contains("Lambda") || e.getMessage(Messages.ZH).contains("13812345678"),
                e.getMessage(Messages.ZH));
    }

    @Test
    void aRuleThatDoesNotThrowRunsAsBefore() {
        Checks c = checks();
        sessions.run(c, List.of("nothing"));
        assertTrue(c.isEmpty());
    }
}
