package io.kaohe.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

import io.kaohe.Problem;

/** A parameter name a rule uses that no file defines is found from the text, at its literal; a defined one never is. */
class RuleParametersTest {
    private static final Set<String> KNOWN = Set.of("teacher.online-hours-min", "teacher.practice-hours-min",
            "teacher.research-activities-per-semester-min", "school.pass-rate-min", "progress.batch-shares");

    private static String drl(String name) {
        return """
                rule "SD-02 online hours"
                    @zh("在线学习 {actual} 学时") @en("online {actual} h")
                when
                    $t : TeacherFacts()
                then
                    // "teacher.in-a-comment" is not read
                    check.atLeast(kcontext, $t.amount("ONLINE_COURSE"), "%s",
                            "school.pass-rate-min", check.params().number("school.pass-rate-min"));
                end
                """.formatted(name);
    }

    @Test
    void theShippedNamesAreAllKnown() {
        for (String k : KNOWN) assertEquals(List.of(), RuleParameters.unknown(Map.of("r.drl", drl(k)), KNOWN), k);
    }

    /** Hunan's HN-01 names its values "cycleStart" and "cycleEnd": near cycle.start, but not parameter names. */
    @Test
    void namedValuesInCamelCaseAreNotParameterNames() {
        String text = "then\n    check.require(kcontext, true, \"cycleStart\", 1, \"cycleEnd\", 2, \"outside\", 3);\n";
        assertEquals(List.of(), RuleParameters.unknown(Map.of("r.drl", text), Set.of("cycle.start", "cycle.end")));
    }

    /** Hunan's HN-03 builds names from a prefix and a year: the prefix of known names is not reported; one of none is. */
    @Test
    void aPrefixRulesBuildNamesFromIsNotAName() {
        String text = "then\n    String y = $d.getParameter().substring(\"progress.deadline.target-\".length());\n"
                + "    check.shareAtLeast(kcontext, 1, 2, \"progress.share-target.\" + y);\n";
        Set<String> known = Set.of("progress.deadline.target-2022", "progress.share-target.2022");
        assertEquals(List.of(), RuleParameters.unknown(Map.of("r.drl", text), known));
        assertEquals(2, RuleParameters.unknown(Map.of("r.drl", text), Set.of("progress.deadline.target", "progress.share-target")).size(),
                "not a prefix of any name: still reported");
    }

    @Test
    void aLookupOfAnyUnknownNameIsFoundEvenWithoutTheShape() {
        List<Problem> p = RuleParameters.unknown(Map.of("r.drl", "then\n    check.params().number(\"passrate\");\n"), KNOWN);
        assertEquals(List.of(new Problem("r.drl", 2, 27, "使用的参数 'passrate' 不存在 — uses parameter 'passrate', which no parameter file defines")), p);
    }

    /** Any one-character slip in a known name (dropped, doubled, swapped, replaced) is reported at the literal, naming the name meant. */
    @Test
    void everyOneCharacterSlipIsFoundWithTheNameMeant() {
        List<String> names = KNOWN.stream().sorted().toList();
        QuickTheory.qt().withFixedSeed(1515L).withExamples(400)
                .forAll(integers().between(0, names.size() - 1), integers().between(0, 3), integers().between(0, 1000), integers().between(0, 25))
                .checkAssert((n, kind, at, letter) -> {
                    String meant = names.get(n);
                    int i = at % (meant.length() - 1);
                    String typo = switch (kind) {
                        case 0 -> meant.substring(0, i) + meant.substring(i + 1);
                        case 1 -> meant.substring(0, i) + meant.charAt(i) + meant.substring(i);
                        case 2 -> meant.substring(0, i) + meant.charAt(i + 1) + meant.charAt(i) + meant.substring(i + 2);
                        default -> meant.substring(0, i) + (char) ('a' + letter) + meant.substring(i + 1);
                    };
                    if (KNOWN.contains(typo)) return;
                    List<Problem> p = RuleParameters.unknown(Map.of("r.drl", drl(typo)), KNOWN);
                    assertEquals(1, p.size(), typo + " → " + p);
                    assertEquals(7, p.get(0).line());
                    assertEquals(57, p.get(0).column());
                    assertTrue(p.get(0).message().contains("规则 'SD-02 online hours' 使用的参数 '" + typo + "' 不存在（是否应为 '" + meant + "'？）"), p.get(0).message());
                });
    }
}
