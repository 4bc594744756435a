package io.kaohe.internal.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.kaohe.RulesException;
import io.kaohe.internal.params.ParameterSet;
import io.kaohe.internal.params.ParameterTable;

/** The typed configuration: read as declared, every bad declaration a problem at its own line. */
class PackConfigTest {
    static final Set<String> CLAUSES = Set.of("XX-01", "XX-02");
    static final String PARAMS = """
            max-of-plan:
              description: 规划 | plan
              unit: POINTS
              clause: XX-01
              values:
                2020-01-01: {value: 2}
            starts:
              description: 批次开始 | batch starts
              unit: DATES
              clause: XX-02
              values:
                2020-01-01: {value: {B2: "2021-09-01", B1: "2020-09-01"}}
            ends:
              description: 批次结束 | batch ends
              unit: DATES
              clause: XX-02
              values:
                2020-01-01: {value: {B1: "2021-06-30"}}
            shares:
              description: 计划比例 | planned shares
              unit: SHARES
              clause: XX-02
              values:
                2020-01-01: {value: {B2: 0.6}}
            all-due:
              description: 全部完成 | all done
              unit: DATE
              clause: XX-02
              values:
                2020-01-01: {value: "2022-12-31"}
            hours-column:
              description: 学时列 | hours column
              unit: CLAUSES
              clause: XX-02
              values:
                2020-01-01: {value: [XX-01, XX-02]}
            """;
    static final ParameterTable TABLE = ParameterTable.load(Map.of("parameters/p.yaml", PARAMS), CLAUSES);

    static final String GOOD = """
            form:
              - {key: plan, clause: XX-01, scoredBy: ASSESSOR, max: max-of-plan}
            progress:
              batches: {starts: starts, ends: ends, shares: shares, dueBy: all-due}
              deadlines:
                - name: all
                  date: all-due
                  clause: XX-02
                  label: {zh: "全部完成 | 不拆分", en: "all done"}
              columns: {hours: hours-column, assessment: hours-column, practice: hours-column}
            """;

    @Test
    void aGoodFileReadsAsDeclared() {
        PackConfig c = PackConfig.load("config.yaml", GOOD, TABLE, CLAUSES);
        FormItemSpec plan = c.item("plan").orElseThrow();
        assertEquals(List.of("plan", "XX-01", "max-of-plan", true), List.of(plan.getKey(), plan.getClause(), plan.getMax(), plan.isAssessed()));
        ProgressPlan p = c.progress();
        ParameterSet at = TABLE.at(LocalDate.of(2022, 1, 1));
        // batches by start date; an end or a share the parameters do not give: due by dueBy, no planned share
        assertEquals(List.of(new ProgressPlan.Batch("B1", LocalDate.of(2020, 9, 1), LocalDate.of(2021, 6, 30), null),
                new ProgressPlan.Batch("B2", LocalDate.of(2021, 9, 1), LocalDate.of(2022, 12, 31), new BigDecimal("0.6"))), p.batches(at));
        // a label is a text per language, taken whole: a '|' in it is just a character
        assertEquals("全部完成 | 不拆分", p.deadlines().get(0).zh());
        assertEquals("all done", p.deadlines().get(0).en());
        assertEquals(List.of("XX-01", "XX-02"), at.clauses(p.columns().hours()));
        assertNull(p.recheck());
    }

    @Test
    void everyBadDeclarationIsAProblemAtItsLine() {
        String bad = """
                form:
                  - {key: plan, clause: XX-01, scoredBy: ASSESSOR, max: max-of-plan}
                  - {key: plan, clause: XX-09, scoredBy: ASESSOR, max: max-of-plam}
                  - {key: current-state, clause: XX-01, scoredBy: RULE, max: starts}
                progress:
                  batches: {starts: starts, dueBy: all-due, end: ends}
                  deadlines:
                    - {name: all, date: all-due, clause: XX-02, label: {zh: 全部完成}}
                  columns: {hours: hours-column, assessment: max-of-plan, practice: hours-column}
                """;
        RulesException e = assertThrows(RulesException.class, () -> PackConfig.load("config.yaml", bad, TABLE, CLAUSES));
        List<String> p = e.problems().stream().map(x -> x.file() + ":" + x.line() + " " + x.message()).toList();
        assertHas(p, "config.yaml:3 ", "form[1].key 'plan' is declared twice");
        assertHas(p, "config.yaml:3 ", "unknown clause 'XX-09'");
        assertHas(p, "config.yaml:3 ", "form[1].scoredBy 'ASESSOR' must be one of [RULE, ASSESSOR] (did you mean 'ASSESSOR'?)");
        assertHas(p, "config.yaml:3 ", "unknown parameter 'max-of-plam' (did you mean 'max-of-plan'?)");
        assertHas(p, "config.yaml:4 ", "form[2].key 'current-state' must be camelCase");
        assertHas(p, "config.yaml:4 ", "parameter 'starts' has unit DATES, needs POINTS");
        assertHas(p, "config.yaml:6 ", "unknown key 'end' (did you mean 'ends'?)");
        assertHas(p, "config.yaml:8 ", "a 'en' text is required");
        assertHas(p, "config.yaml:9 ", "parameter 'max-of-plan' has unit POINTS, needs CLAUSES");
    }

    @Test
    void aColumnParameterListsKnownClauses() {
        String params = PARAMS.replace("[XX-01, XX-02]", "[XX-01, XX-03]");
        RulesException e = assertThrows(RulesException.class, () -> ParameterTable.load(Map.of("parameters/p.yaml", params), CLAUSES));
        assertTrue(e.problems().stream().anyMatch(x -> x.line() == 36 && x.message().contains("unknown clause 'XX-03'")), e.problems().toString());
    }

    /** The old conventions are gone from core: no item key derived from a parameter name, no prefix scan, no label split out of a description. */
    @Test
    void nothingIsDerivedFromANameInCore() throws IOException {
        List<String> old = List.of("school\\\\.item\\\\.", "itemKey(", "\"progress.deadline.\"", "\"progress.batch-starts\"",
                "progress.hours-clauses\"", "description().split(", "PASS_RATE_CLAUSES).trim().split");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f);
                for (String o : old) assertTrue(!text.contains(o), f + " still holds " + o);
            }
        }
    }

    static void assertHas(List<String> problems, String at, String text) {
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(at) && p.contains(text)), at + text + " not in\n" + String.join("\n", problems));
    }
}
