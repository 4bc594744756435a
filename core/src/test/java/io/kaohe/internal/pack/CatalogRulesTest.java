package io.kaohe.internal.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.kaohe.Problem;
import io.kaohe.RulesException;
import io.kaohe.model.Stage;

/** The catalog-shape checks of pack.yaml {@code catalogRules}, on small made-up catalogs. */
class CatalogRulesTest {
    static final CatalogRules THREE_TWO_PRESCHOOL = new CatalogRules(3, Map.of(Stage.PRESCHOOL, 2));

    static List<Problem> check(String text) {
        return THREE_TWO_PRESCHOOL.check("points.yaml", text, AbilityCatalog.load("points.yaml", text));
    }

    @Test
    void aCatalogOfTheRightShapeHasNoProblem() {
        assertEquals(List.of(), check("""
                P1: {stages: [PRESCHOOL, PRIMARY]}
                P2: {stages: [PRESCHOOL, PRIMARY]}
                P3: {stages: [PRIMARY]}
                """));
    }

    @Test
    void oneEntryTooManyIsReportedAtItsLine() {
        List<Problem> p = check("""
                P1: {stages: [PRESCHOOL, PRIMARY]}
                P2: {stages: [PRESCHOOL, PRIMARY]}
                P3: {stages: [PRIMARY]}
                P4: {stages: [PRIMARY]}
                """);
        assertEquals(1, p.size(), p.toString());
        assertEquals(4, p.get(0).line());
        assertTrue(p.get(0).message().contains("4 entries, expected exactly 3"), p.get(0).message());
    }

    @Test
    void anEntryWithoutStagesFitsEveryStageSoTheStageCountIsWrong() {
        List<Problem> p = check("""
                P1: {stages: [PRESCHOOL, PRIMARY]}
                P2: {stages: [PRESCHOOL, PRIMARY]}
                P3: {}
                """);
        assertEquals(1, p.size(), p.toString());
        assertEquals(3, p.get(0).line());
        assertTrue(p.get(0).message().contains("3 entries fit stage PRESCHOOL, expected exactly 2"), p.get(0).message());
    }

    @Test
    void tooFewEntriesPointAtTheLastOne() {
        List<Problem> p = check("""
                P1: {stages: [PRESCHOOL, PRIMARY]}
                P2: {stages: [PRIMARY]}
                """);
        assertEquals(2, p.size(), p.toString());
        assertTrue(p.stream().allMatch(x -> x.line() == 2), p.toString());
    }

    @Test
    void aRepeatedCodeIsRejectedWithItsLine() {
        RulesException e = assertThrows(RulesException.class, () -> check("""
                P1: {stages: [PRESCHOOL]}
                P2: {stages: [PRESCHOOL]}
                P1: {stages: [PRIMARY]}
                """));
        assertEquals(3, e.problems().get(0).line(), e.getMessage());
    }

    @Test
    void packYamlReadsTheRules() {
        PackDescriptor d = PackDescriptor.load("x/pack.yaml", """
                name: x
                kbase: x
                rules: [a.drl]
                parameters: []
                clauses: clauses.yaml
                catalog: points.yaml
                units: {ONLINE_COURSE: [HOUR]}
                catalogRules: {size: 20, stages: {PRESCHOOL: 17}}
                """);
        assertEquals(new CatalogRules(20, Map.of(Stage.PRESCHOOL, 17)), d.catalogRules());
        RulesException e = assertThrows(RulesException.class, () -> PackDescriptor.load("x/pack.yaml", """
                name: x
                kbase: x
                rules: [a.drl]
                parameters: []
                clauses: clauses.yaml
                catalog: points.yaml
                units: {ONLINE_COURSE: [HOUR]}
                catalogRules: {size: 20, stages: {KINDERGARTEN: 17}}
                """));
        assertEquals(8, e.problems().get(0).line(), e.getMessage());
    }
}
