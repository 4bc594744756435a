package io.kaohe.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.kaohe.internal.i18n.Display;
import io.kaohe.model.ParameterUse;
import io.kaohe.model.Reason;
import io.kaohe.internal.params.ParameterSet;
import io.kaohe.internal.params.ParameterTable;
import io.kaohe.internal.rules.Checks;
import io.kaohe.model.Decision;

/**
 * In a real session: each reason lists the parameters its own consequence read (before or after recording it),
 * never a condition's or another rule's; and rule metadata belongs to its KieBase, so two KieBases with a rule
 * of the same package and name (the shipped pack and an edited copy) each render their own message and decision.
 */
class ReasonProvenanceTest {
    private static final String DRL = """
            package io.kaohe.t;
            import io.kaohe.internal.rules.Checks;
            global Checks check;

            rule "XX-01 a share of a total read in the consequence"
                @clause("XX-01") @decision("eligibility") @zh("{actual} {op} {min}") @en("{actual} {op} {min}")
            when
                String(this == "share")
            then
                check.shareAtLeast(kcontext, 30, check.params().number("hours-min"), "share-min");
            end

            rule "XX-02 a condition reads a parameter"
                @clause("XX-02") @decision("eligibility") @zh("条件") @en("condition")
            when
                String(this == "cond", check.params().number("hours-min") > 0)
            then
                check.require(kcontext, true);
            end

            rule "XX-02 reads after recording"
                @clause("XX-02") @decision("eligibility") @zh("之后") @en("after")
            when
                String(this == "after")
            then
                check.require(kcontext, true);
                check.params().date("start");
            end

            rule "XX-03 a parameter named in the message, read nowhere in the consequence"
                @clause("XX-03") @decision("grading") @zh("{hours-min}") @en("{hours-min}")
            when
                String(this == "named")
                $min : java.math.BigDecimal() from check.params().number("hours-min")
            then
                check.require(kcontext, true, "hours-min", $min);
            end
            """;
    private static final ParameterTable TABLE = ParameterTable.load(Map.of("parameters/t.yaml", """
            hours-min:
              description: d
              unit: HOUR
              clause: XX-01
              values:
                2020-01-01: {value: 40, reference: "文件 一"}
                2022-01-01: {value: 50.0, reference: "文件 二"}
            share-min: {description: d, unit: SHARE, clause: XX-01, fromSource: false, note: not given, values: {2020-01-01: 0.5}}
            start: {description: d, unit: DATE, clause: XX-02, values: {2020-01-01: "2021-09-01"}}
            """), Set.of("XX-01", "XX-02", "XX-03"));
    private static final ParameterSet PARAMS = TABLE.at(LocalDate.of(2022, 3, 1));

    private static Sessions sessions(String drl) { return new Sessions(SessionsTest.kieBase(drl), List.of()); }

    private static List<Reason> run(Sessions s, String... facts) {
        Checks c = s.checks(PARAMS, Display.ENGINE);
        s.run(c, List.of((Object[]) facts));
        return c.reasons();
    }

    private static List<String> names(Reason r) { return r.parameters().stream().map(ParameterUse::name).toList(); }

    @Test
    void eachReasonListsWhatItsConsequenceReadWithProvenance() {
        Sessions s = sessions(DRL);
        List<Reason> rs = run(s, "share", "cond", "after", "named");
        Map<String, Reason> byRule = new java.util.HashMap<>();
        rs.forEach(r -> byRule.put(r.rule(), r));

        Reason share = byRule.get("XX-01 a share of a total read in the consequence");
        assertEquals(Map.of("share-min", new BigDecimal("0.5")), share.params(), "params: what the message is about, as before");
        assertEquals(List.of(
                new ParameterUse("hours-min", new BigDecimal("50"), "HOUR", LocalDate.of(2022, 1, 1), "XX-01", "文件 二", true),
                new ParameterUse("share-min", new BigDecimal("0.5"), "SHARE", LocalDate.of(2020, 1, 1), "XX-01", null, false)),
                share.parameters(), "in the order read; the value in force on the date, from its effective date");

        assertEquals(List.of(), names(byRule.get("XX-02 a condition reads a parameter")), "a condition's read is no reason's");
        assertEquals(List.of("start"), names(byRule.get("XX-02 reads after recording")), "read after recording, same consequence");
        assertEquals(List.of("hours-min"), names(byRule.get("XX-03 a parameter named in the message, read nowhere in the consequence")),
                "a parameter named in params is listed even when read in a condition");
    }

    @Test
    void ruleMetadataBelongsToItsKieBase() {
        String edited = DRL.replace("@clause(\"XX-01\") @decision(\"eligibility\") @zh(\"{actual} {op} {min}\")",
                "@clause(\"XX-01\") @decision(\"grading\") @zh(\"改 {actual}\")");
        Sessions shipped = sessions(DRL);
        Sessions changed = sessions(edited);
        for (int i = 0; i < 2; i++) { // either order, twice: nothing is remembered across KieBases
            Reason a = run(shipped, "share").get(0);
            Reason b = run(changed, "share").get(0);
            assertEquals("60% ≥ 50%", a.message());
            assertEquals(Decision.ELIGIBILITY.key(), a.decision());
            assertEquals("改 60%", b.message());
            assertEquals(Decision.GRADING.key(), b.decision());
        }
    }
}
