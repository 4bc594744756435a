package io.kaohe.internal.params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

import io.kaohe.KaoheException;
import io.kaohe.Problem;
import io.kaohe.RulesException;

class ParameterTableTest {
    private static final Set<String> CLAUSES = Set.of("SD-01", "SD-02");

    private static final String GOOD = """
            teacher.online-hours-min:
              description: 在线学习学时下限 | minimum online study hours
              unit: HOUR
              clause: SD-02
              values:
                2020-01-01: {value: 25, reference: "肥教函〔2021〕2号 三(二)"}
                2023-09-01: {value: 30}
            teacher.practice-share-min:
              description: share
              unit: SHARE
              clause: SD-01
              values:
                2020-01-01: 0.5
            """;

    private static List<Problem> problems(String text) {
        return problems(Map.of("parameters/t.yaml", text));
    }

    private static List<Problem> problems(Map<String, String> files) {
        RulesException e = assertThrows(RulesException.class, () -> ParameterTable.load(files, CLAUSES));
        return e.problems();
    }

    private static Problem one(String text, String contains) {
        List<Problem> p = problems(text);
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).message().contains(contains), p.get(0).toString());
        assertEquals("parameters/t.yaml", p.get(0).file());
        return p.get(0);
    }

    @Test
    void goodFileLoadsAndResolvesByDate() {
        ParameterTable t = ParameterTable.load(Map.of("parameters/t.yaml", GOOD), CLAUSES);
        assertEquals(new BigDecimal("25"), t.at(LocalDate.of(2023, 8, 31)).number("teacher.online-hours-min"));
        assertEquals(new BigDecimal("30"), t.at(LocalDate.of(2023, 9, 1)).number("teacher.online-hours-min"));
        assertEquals("肥教函〔2021〕2号 三(二)", t.at(LocalDate.of(2021, 1, 1)).reference("teacher.online-hours-min"));
        assertEquals(LocalDate.of(2020, 1, 1), t.inForceFrom());
        assertEquals(LocalDate.of(2023, 9, 1), t.latestChange());
        KaoheException before = assertThrows(KaoheException.class, () -> t.at(LocalDate.of(2019, 12, 31)).number("teacher.online-hours-min"));
        assertTrue(before.getMessage().contains("no value in force on 2019-12-31"), before.getMessage());
        KaoheException unknown = assertThrows(KaoheException.class, () -> t.at(LocalDate.of(2021, 1, 1)).number("teacher.online-hour-min"));
        assertTrue(unknown.getMessage().contains("did you mean 'teacher.online-hours-min'"), unknown.getMessage());
    }

    @Test
    void unknownKeyGetsDidYouMean() {
        Problem p = one(GOOD.replace("  description: share", "  descripton: share\n  description: share"), "unknown key 'descripton'");
        assertTrue(p.message().contains("did you mean 'description'"), p.toString());
        assertEquals(9, p.line(), "the line of the unknown key itself: " + p);
    }

    @Test
    void missingClause() {
        one(GOOD.replace("  clause: SD-01\n", ""), "'clause' is required");
    }

    @Test
    void unknownClauseGetsDidYouMean() {
        Problem p = one(GOOD.replace("clause: SD-01", "clause: SD-10"), "unknown clause 'SD-10'");
        assertTrue(p.message().contains("did you mean"), p.toString());
    }

    @Test
    void fromSourceFalseNeedsANote() {
        String notFromSource = GOOD.replace("  unit: SHARE\n", "  unit: SHARE\n  fromSource: false\n");
        one(notFromSource, "'note' must say");
        ParameterTable t = ParameterTable.load(Map.of("p.yaml",
                notFromSource.replace("  fromSource: false\n", "  fromSource: false\n  note: Not from the source; a default.\n")), CLAUSES);
        assertEquals(false, t.get("teacher.practice-share-min").fromSource());
    }

    @Test
    void badEffectiveDate() {
        one(GOOD.replace("2023-09-01:", "2023-13-01:"), "effective date '2023-13-01' is not yyyy-MM-dd");
    }

    @Test
    void valueNotFittingItsUnit() {
        one(GOOD.replace("2020-01-01: 0.5", "2020-01-01: 1.5"), "does not fit unit SHARE");
        one(GOOD.replace("{value: 30}", "{value: \"thirty\"}"), "does not fit unit HOUR");
        one(GOOD.replace("{value: 30}", "{value: -1}"), "does not fit unit HOUR");
        one(GOOD.replace("unit: HOUR", "unit: COUNT").replace("{value: 30}", "{value: 2.5}"), "does not fit unit COUNT");
    }

    /**
     * YAML's infinities and not-a-number, and a number past a double's range, are values that fit no unit: a problem at
     * their line, not an internal error (`kaohe check` ended with exit 3 on them).
     */
    @Test
    void infiniteAndNotANumberValuesFitNoUnit() {
        for (String v : new String[] {".inf", "-.inf", ".nan", ".NaN", "1e2147483648", "1.0e+400"}) {
            assertEquals(7, one(GOOD.replace("{value: 30}", "{value: " + v + "}"), "does not fit unit HOUR").line(), v);
            one(GOOD.replace("2020-01-01: 0.5", "2020-01-01: " + v), "does not fit unit SHARE");
        }
    }

    @Test
    void unknownUnitGetsDidYouMean() {
        Problem p = one(GOOD.replace("unit: HOUR", "unit: HOURS"), "unknown unit 'HOURS'");
        assertTrue(p.message().contains("did you mean 'HOUR'"), p.toString());
    }

    /** Each problem at the line of the value or key it is about, not of the parameter's first line. */
    @Test
    void problemsInsideAnEntryPointAtTheirOwnLine() {
        assertEquals(7, one(GOOD.replace("{value: 30}", "{value: -1}"), "does not fit unit HOUR").line());
        assertEquals(3, one(GOOD.replace("unit: HOUR", "unit: HOURS"), "unknown unit").line());
        assertEquals(11, one(GOOD.replace("clause: SD-01", "clause: SD-10"), "unknown clause").line());
        Problem p = one(GOOD.replace("{value: 30}", "{value: 30, refrence: x}"), "unknown key 'refrence'");
        assertEquals(7, p.line());
        assertTrue(p.message().contains("did you mean 'reference'"), p.toString());
    }

    @Test
    void chineseFirstThenEnglish() {
        Problem p = one(GOOD.replace("unit: HOUR", "unit: HOURS"), "unknown unit");
        assertTrue(p.message().startsWith("参数 'teacher.online-hours-min'：未知单位 'HOURS'（是否应为 'HOUR'？） — parameter"), p.toString());
    }

    /** A value holds until the next date; a parameter that starts after the others leaves a period without it. */
    @Test
    void aParameterStartingLaterThanTheOthersIsAGap() {
        Problem p = one(GOOD.replace("2020-01-01: 0.5", "2021-03-01: 0.5"), "gap");
        assertEquals(13, p.line());
        assertTrue(p.message().contains("teacher.practice-share-min") && p.message().contains("2020-01-01"), p.toString());
    }

    @Test
    void theSameDateTwiceIsAnOverlapReportedAtItsLine() {
        Problem p = one(GOOD.replace("    2023-09-01: {value: 30}\n", "    2023-09-01: {value: 30}\n    2023-09-01: {value: 31}\n"), "2023-09-01");
        assertEquals(8, p.line());
    }

    @Test
    void duplicateParameterAcrossFiles() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("parameters/a.yaml", GOOD);
        files.put("parameters/b.yaml", GOOD.substring(0, GOOD.indexOf("teacher.practice-share-min")));
        List<Problem> p = problems(files);
        assertEquals(1, p.size(), p.toString());
        assertEquals("parameters/b.yaml", p.get(0).file());
        assertTrue(p.get(0).message().contains("already defined in parameters/a.yaml"), p.toString());
    }

    @Test
    void duplicateKeyInOneFile() {
        List<Problem> p = problems(GOOD + GOOD.substring(0, GOOD.indexOf("teacher.practice-share-min")));
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).message().toLowerCase().contains("duplicate"), p.toString());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        String bad = GOOD.replace("  clause: SD-02\n", "").replace("2020-01-01: 0.5", "2020-01-01: 7");
        assertEquals(2, problems(bad).size());
    }

    /** From its first effective date on, exactly one value is in force on every date: the latest effective one. */
    @Test
    void exactlyOneValueInForceOnEveryDate() {
        QuickTheory.qt().withFixedSeed(11643L).withExamples(200)
                .forAll(lists().of(integers().between(0, 4000)).ofSizeBetween(1, 6), integers().between(-30, 5000))
                .checkAssert((offsets, probe) -> {
                    LocalDate base = LocalDate.of(2020, 1, 1);
                    TreeSet<Integer> days = new TreeSet<>(offsets);
                    StringBuilder yaml = new StringBuilder("p.x:\n  description: d\n  unit: COUNT\n  clause: SD-01\n  values:\n");
                    List<Integer> shuffled = new ArrayList<>(days.descendingSet()); // written out of order on purpose
                    for (int d : shuffled) yaml.append("    ").append(base.plusDays(d)).append(": ").append(d).append('\n');
                    Parameter p = ParameterTable.load(Map.of("p.yaml", yaml.toString()), CLAUSES).get("p.x");
                    LocalDate date = base.plusDays(days.first() + probe);
                    Integer inForce = days.floor(days.first() + probe);
                    if (probe < 0) {
                        assertTrue(p.at(date).isEmpty(), "nothing before the first effective date");
                    } else {
                        assertEquals(BigDecimal.valueOf(inForce), p.at(date).orElseThrow().value(), "on " + date);
                        long candidates = p.values().stream().filter(v -> !v.effective().isAfter(date)).count();
                        assertTrue(candidates >= 1);
                    }
                });
    }

    /**
     * Whatever scalar a member of staff writes as a value (YAML's infinities, not-a-number, numbers of any size and
     * exponent, hex and octal, nulls, booleans, dates, text), of whatever unit, the file loads or is refused with
     * problems: never another exception (.inf ended `kaohe check` with an internal error). Fixed seed.
     */
    @Test
    void anyScalarOfAnyUnitLoadsOrIsAProblem() {
        String[] fixed = {".inf", "-.inf", "+.inf", ".nan", "~", "null", "true", "no", "0x1F", "0o17", "2020-01-01", "\"50\"",
                "1_000", "-0", "0.0", "1e2147483648", "-1e2147483648", "1e-2147483648", "1E+400", "9" .repeat(400), "[]", "{}", "{a: 1}"};
        ParameterUnit[] units = ParameterUnit.values();
        QuickTheory.qt().withFixedSeed(20261208L).withExamples(400)
                .forAll(integers().between(0, units.length - 1), integers().between(0, fixed.length + 40), integers().between(-2_147_483_647, 2_147_483_647))
                .checkAssert((unit, pick, exponent) -> {
                    String scalar = pick < fixed.length ? fixed[pick] : (pick % 2 == 0 ? "1.5e" : "7e") + exponent;
                    String yaml = "p.x:\n  description: d\n  unit: " + units[unit] + "\n  clause: SD-01\n  values:\n"
                            + "    2020-01-01: {value: " + scalar + "}\n";
                    try {
                        ParameterTable.load(Map.of("p.yaml", yaml), CLAUSES);
                    } catch (RulesException e) {
                        assertTrue(!e.problems().isEmpty() && e.problems().get(0).line() > 0, scalar + ": " + e.problems());
                    }
                });
    }
}
