package io.kaohe.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kie.api.runtime.rule.RuleContext;

import io.kaohe.internal.i18n.Display;
import io.kaohe.model.ParameterUse;
import io.kaohe.model.Reason;
import io.kaohe.internal.params.ParameterTable;

/** Which parameters a reason lists: those its consequence read, de-duplicated, in the order first read. */
class LedgerTest {
    private static final ParameterTable TABLE = ParameterTable.load(Map.of("parameters/t.yaml", """
            hours-min: {description: d, unit: HOUR, clause: SD-01, values: {2020-01-01: {value: 50, reference: "一"}}}
            share-min: {description: d, unit: SHARE, clause: SD-01, values: {2020-01-01: 0.50}}
            """), Set.of("SD-01", "SD-04"));
    private static final RuleContext HOURS = ChecksTest.rule("SD-01 hours", "SD-01", "eligibility");
    private static final RuleContext SHARE = ChecksTest.rule("SD-01 share", "SD-01", "eligibility");

    private static Checks checks() { return new Checks(TABLE.at(LocalDate.of(2022, 1, 1)), Display.ENGINE, new RuleMetas()); }

    private static List<String> names(Reason r) { return r.parameters().stream().map(ParameterUse::name).toList(); }

    @Test
    void aConsequenceListsEveryReadOnceInOrderOnEachOfItsReasons() {
        Checks c = checks();
        c.ledger().firingStarts();
        c.params().number("hours-min");
        c.shareAtLeast(SHARE, 30, c.params().number("hours-min"), "share-min");
        c.atLeast(HOURS, 60, "hours-min");
        c.ledger().firingEnds();
        for (Reason r : c.reasons()) assertEquals(List.of("hours-min", "share-min"), names(r), r.rule());
        assertEquals(new ParameterUse("hours-min", new java.math.BigDecimal("50"), "HOUR", LocalDate.of(2020, 1, 1), "SD-01", "一", true),
                c.reasons().get(0).parameters().get(0));
        assertEquals(new java.math.BigDecimal("0.5"), c.reasons().get(0).parameters().get(1).value(), "written exact: 0.50 → 0.5");
    }

    @Test
    void readsBetweenConsequencesBelongToNoReason() {
        Checks c = checks();
        c.params().number("share-min"); // a condition, before any consequence
        c.ledger().firingStarts();
        c.atLeast(HOURS, 60, "hours-min");
        c.ledger().firingEnds();
        c.params().number("share-min"); // a condition between consequences
        c.ledger().firingStarts();
        c.require(SHARE, true);
        c.ledger().firingEnds();
        assertEquals(List.of("hours-min"), names(c.reasons().get(0)));
        assertEquals(List.of(), names(c.reasons().get(1)));
    }

    @Test
    void withoutASessionAReasonListsTheReadsSinceThePreviousOne() {
        Checks c = checks();
        c.atLeast(HOURS, 60, "hours-min");
        c.params().number("share-min");
        c.require(SHARE, true);
        assertEquals(List.of("hours-min"), names(c.reasons().get(0)));
        assertEquals(List.of("share-min"), names(c.reasons().get(1)));
    }

    @Test
    void aNamedValueThatIsAParameterIsListedEvenIfReadElsewhere() {
        Checks c = checks();
        c.ledger().firingStarts();
        c.require(HOURS, true, "hours-min", new java.math.BigDecimal("50"), "n", 3);
        c.ledger().firingEnds();
        Reason r = c.reasons().get(0);
        assertEquals(Map.of("hours-min", new java.math.BigDecimal("50")), r.params());
        assertEquals(List.of("hours-min"), names(r));
    }

    /**
     * Reasons come out by decision, clause, rule, then by their values as written (a rule recording several reasons),
     * whatever order the rules fired in: the order every verdict's bytes depend on.
     */
    @Test
    void reasonsAreOrderedByDecisionClauseRuleThenValues() {
        RuleContext[] rules = {ChecksTest.rule("SD-04 b", "SD-04", "grading"), ChecksTest.rule("SD-01 z", "SD-01", "eligibility"),
                ChecksTest.rule("SD-01 a", "SD-01", "eligibility"), ChecksTest.rule("SD-04 a", "SD-04", "eligibility")};
        qt().withFixedSeed(20261207L).withExamples(300)
                .forAll(lists().of(integers().between(0, 4 * 12 - 1)).ofSizeBetween(0, 14))
                .checkAssert(fired -> {
                    Checks c = checks();
                    for (int f : fired) c.require(rules[f % 4], f % 3 == 0, "n", f / 4, "code", "A" + (f / 4) % 3);
                    List<Reason> got = c.reasons();
                    List<Reason> expected = got.stream().sorted(Comparator.comparing((Reason r) -> r.decision().equals("eligibility") ? 0 : 1)
                            .thenComparing(Reason::clause).thenComparing(Reason::rule)
                            .thenComparing(r -> r.values().toString())).toList();
                    assertEquals(fired.size(), got.size());
                    assertEquals(expected, got);
                });
    }
}
