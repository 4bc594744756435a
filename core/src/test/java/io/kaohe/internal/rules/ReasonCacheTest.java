package io.kaohe.internal.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kie.api.runtime.rule.RuleContext;
import org.quicktheories.QuickTheory;

import io.kaohe.internal.i18n.Display;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.internal.params.ParameterTable;
import io.kaohe.model.Environment;
import io.kaohe.model.Grade;
import io.kaohe.model.Reason;
import io.kaohe.model.Semester;

/**
 * Reasons made once ({@link ReasonCache}): whatever a rule records, a ledger with the cache writes the same bytes as one
 * without it, and a key tells apart every value that could be written differently.
 */
class ReasonCacheTest {
    private static final ParameterTable TABLE = ParameterTable.load(Map.of("parameters/t.yaml", """
            hours-min: {description: d, unit: HOUR, clause: SD-01, values: {2020-01-01: {value: 50, reference: "一"}, 2023-01-01: 60}}
            share-min: {description: d, unit: SHARE, clause: SD-01, values: {2020-01-01: 0.50}}
            """), Set.of("SD-01", "SD-04"));
    private static final Display NAMES = Display.of(Map.of("HYBRID", new Display.Label("HYBRID", "混合", "hybrid")));

    /** A rule whose messages show slots x, y and z, and the parameter hours-min. */
    static RuleContext rule(String name, String zh, String en) {
        Map<String, Object> meta = Map.of("clause", "SD-01", "decision", "eligibility", "zh", zh, "en", en,
                "zhUnmet", "未达: " + zh);
        return ChecksTest.rule(name, meta);
    }

    private static final List<RuleContext> RULES = List.of(
            rule("SD-01 a", "x={x} y={y} z={z} 参数 {hours-min}", "x={x} y={y} z={z} parameter {hours-min}"),
            rule("SD-01 b", "{x}/{y}", "{x} of {y}"));

    /** Values that read or are written alike but not quite: scales, types, signs, orders, mutable lists, unkeyable ones. */
    private static final Object[] VALUES = {new BigDecimal("2.0"), new BigDecimal("2.00"), new BigDecimal("2"), 2, 2L,
            new BigDecimal("-0"), new BigDecimal("-0.0"), new BigDecimal("1E+1"), new BigDecimal("10"),
            new Format.Share(new BigDecimal("0.5")), new Format.Share(new BigDecimal("0.50")), new BigDecimal("0.5"),
            new Format.Share(new BigDecimal("0.51724")), new Format.Share(new BigDecimal("0.517241")),
            "2", "HYBRID", "true", "S-04 HYBRID", "李 370102199001011234", "", "a\uD800", "\uD83D\uDE00", true, false, null, LocalDate.of(2022, 1, 1),
            Grade.PASS, Environment.values()[0], new Semester(2020, 2), new Display.Label("X", "甲", "A"),
            List.of(1, 2), List.of(2, 1), List.of(), Arrays.asList(new BigDecimal("1.0"), null), -0.0d, 0.0d, 1.5f,
            Map.of("a", 1), Set.of("HYBRID")};
    private static final String[] NAMES_OF = {"x", "y", "z", "hours-min"};

    /** Both caches outlive one evaluation, as a KieBase's does: a later evaluation meets what an earlier one recorded. */
    private static final RuleMetas CACHED = new RuleMetas(new ReasonCache(true));
    /** A table of two slots: every key meets others in its slot, so a key that equals too much gives another's reason. */
    private static final RuleMetas TINY = new RuleMetas(new ReasonCache(true, 2));
    private static final RuleMetas UNCACHED = new RuleMetas(new ReasonCache(false));

    /**
     * One evaluation: each record is rule, met, date and pairs of (name, value) picks; {@code kind} 0 records with
     * {@code require}, 1 with {@code atLeast} (its values are its shown map, the operator left out).
     */
    private static String evaluate(RuleMetas metas, Display display, List<Integer> picks) {
        int date = picks.isEmpty() ? 0 : picks.get(0) % 3;
        Checks c = new Checks(TABLE.at(LocalDate.of(2022 + date, 6, 1)), display, metas);
        int i = 1;
        while (i + 2 < picks.size()) {
            RuleContext rule = RULES.get(picks.get(i) % 2);
            boolean met = picks.get(i + 1) % 2 == 0;
            int kind = picks.get(i + 1) / 2 % 2;
            int pairs = picks.get(i + 2) % 4;
            i += 3;
            List<Object> named = new ArrayList<>();
            for (int k = 0; k < pairs && i + 1 < picks.size(); k++, i += 2) {
                named.add(NAMES_OF[picks.get(i) % NAMES_OF.length]);
                Object v = VALUES[picks.get(i + 1) % VALUES.length];
                named.add(v instanceof List<?> l && picks.get(i + 1) % 2 == 0 ? new ArrayList<>(l) : v);
            }
            c.ledger().firingStarts();
            if (kind == 0) {
                c.require(rule, met, named.toArray());
            } else {
                c.params().number("share-min");
                c.atLeast(rule, met ? 70 : new BigDecimal("49.50"), "hours-min", named.toArray());
            }
            c.ledger().firingEnds();
        }
        List<Reason> reasons = c.reasons();
        // the bytes, and again (FastWriting writes a reason seen twice from its JSON encoded once)
        String line = KaoheJson.line(reasons);
        assertArrayEquals(KaoheJson.bytes(reasons), KaoheJson.bytes(reasons));
        assertEquals(line, KaoheJson.line(reasons));
        assertArrayEquals(line.getBytes(java.nio.charset.StandardCharsets.UTF_8), KaoheJson.bytes(reasons));
        return line;
    }

    @Test
    void theSameBytesWithTheCacheAsWithout() {
        QuickTheory.qt().withFixedSeed(1917L).withExamples(4000)
                .forAll(lists().of(integers().between(0, 1000)).ofSizeBetween(0, 40), integers().between(0, 1))
                .checkAssert((picks, d) -> {
                    Display display = d == 0 ? Display.ENGINE : NAMES;
                    String expected = evaluate(UNCACHED, display, picks);
                    assertEquals(expected, evaluate(CACHED, display, picks), picks::toString);
                    assertEquals(expected, evaluate(TINY, display, picks), picks::toString);
                });
    }

    /** Two threads at once over one cache: each gets the bytes the uncached ledger gives. */
    @Test
    void twoThreadsAtOnce() throws Exception {
        RuleMetas shared = new RuleMetas(new ReasonCache(true));
        java.util.Random random = new java.util.Random(17);
        List<List<Integer>> cases = new ArrayList<>();
        for (int n = 0; n < 300; n++) {
            List<Integer> picks = new ArrayList<>();
            for (int k = random.nextInt(40); k > 0; k--) picks.add(random.nextInt(60));
            cases.add(picks);
        }
        List<String> expected = cases.stream().map(p -> evaluate(UNCACHED, NAMES, p)).toList();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                done.add(pool.submit(() -> {
                    for (int round = 0; round < 5; round++) {
                        for (int n = 0; n < cases.size(); n++) assertEquals(expected.get(n), evaluate(shared, NAMES, cases.get(n)));
                    }
                }));
            }
            for (var f : done) f.get();
        } finally {
            pool.shutdown();
        }
    }

    private static ReasonCache.Rendered look(ReasonCache cache, RuleMeta meta, boolean met, Display display, String leftOut,
                                             Map<String, Object> params, Object... shown) {
        Map<String, Object> s = new LinkedHashMap<>();
        for (int i = 0; i < shown.length; i += 2) s.put((String) shown[i], shown[i + 1]);
        return cache.lookup(meta, met, display, new LinkedHashMap<>(params), s, leftOut, s);
    }

    /** Each part of a key matters: the same rule and values but another scale, type, order, … is another reason. */
    @Test
    void eachPartOfTheKeyMatters() {
        ReasonCache cache = new ReasonCache(true);
        RuleMetas metas = new RuleMetas(cache);
        RuleMeta meta = metas.of(RULES.get(0).getRule());
        RuleMeta other = new RuleMetas().of(rule("SD-01 a", "x={x} y={y} z={z} 参数 {hours-min}", "same").getRule());
        Map<String, Object> p = Map.of("hours-min", new BigDecimal("50"));
        ReasonCache.Rendered base = look(cache, meta, true, NAMES, "op", p, "x", new BigDecimal("2.0"), "y", 1);
        assertSame(base, look(cache, meta, true, NAMES, "op", p, "x", new BigDecimal("2.0"), "y", 1), "the same key: the same reason");
        List<ReasonCache.Rendered> others = List.of(
                look(cache, meta, true, NAMES, "op", p, "x", new BigDecimal("2.00"), "y", 1),   // scale
                look(cache, meta, true, NAMES, "op", p, "x", new BigDecimal("2.0"), "y", 1L),   // Integer vs Long
                look(cache, meta, true, NAMES, "op", p, "x", new BigDecimal("2.0"), "y", BigDecimal.ONE),
                look(cache, meta, true, NAMES, "op", p, "y", 1, "x", new BigDecimal("2.0")),    // order
                look(cache, meta, false, NAMES, "op", p, "x", new BigDecimal("2.0"), "y", 1),   // met
                look(cache, meta, true, Display.ENGINE, "op", p, "x", new BigDecimal("2.0"), "y", 1),   // the pack's names
                look(cache, meta, true, NAMES, null, p, "x", new BigDecimal("2.0"), "y", 1),    // left out
                look(cache, other, true, NAMES, "op", p, "x", new BigDecimal("2.0"), "y", 1),   // another KieBase's rule
                look(cache, meta, true, NAMES, "op", Map.of("hours-min", new BigDecimal("50.0")), "x", new BigDecimal("2.0"), "y", 1),
                look(cache, meta, true, NAMES, "op", p, "x", new Format.Share(new BigDecimal("2.0")), "y", 1),
                look(cache, meta, true, NAMES, "op", p, "x", "2.0", "y", 1));
        for (ReasonCache.Rendered r : others) assertNotSame(base, r);
        assertEquals("same", others.get(7).en, "another KieBase's rule keeps its own message");
        // values of no type the key knows are not cached at all
        assertEquals(null, look(cache, meta, true, NAMES, "op", p, "x", -0.0d));
        assertEquals(null, look(cache, meta, true, NAMES, "op", p, "x", Map.of("a", 1)));
        assertEquals(null, look(cache, meta, true, NAMES, "op", p, "x", List.of(Set.of(1))));
        // nor text with personal data in it: the table would keep it unmasked as long as the KieBase
        assertEquals(null, look(cache, meta, true, NAMES, "op", p, "x", "附中 110101199003078515"));
        assertEquals(null, look(cache, meta, true, NAMES, "op", p, "x", List.of("电话 13812345678")));
        assertNotSame(null, look(cache, meta, true, NAMES, "op", p, "x", "附中"));
    }

    /** A list the rule changes after recording it: the next reason shows the list as it is then. */
    @Test
    void aListChangedAfterwardsIsAnotherKey() {
        Checks c = new Checks(TABLE.at(LocalDate.of(2022, 6, 1)), NAMES, CACHED);
        List<Object> list = new ArrayList<>(List.of(1, 2));
        c.require(RULES.get(1), true, "x", list, "y", 3);
        list.add(4);
        c.require(RULES.get(1), true, "x", list, "y", 3);
        assertEquals(List.of("1, 2 of 3", "1, 2, 4 of 3"), c.reasons().stream().map(Reason::messageEn).sorted().toList());
    }

    /** The cache pays: the same record on another day the parameter's value is in force is the same Reason instance. */
    @Test
    void theSameReasonIsOneInstance() {
        RuleMetas metas = new RuleMetas(new ReasonCache(true));
        Reason first = one(metas, LocalDate.of(2022, 6, 1)), again = one(metas, LocalDate.of(2022, 9, 1));
        assertSame(first, again);
        Reason later = one(metas, LocalDate.of(2023, 6, 1));   // another value in force: another reason
        assertNotSame(first, later);
        assertEquals("60", later.parameters().get(0).value().toString());
        RuleMetas off = new RuleMetas(new ReasonCache(false));
        assertNotSame(one(off, LocalDate.of(2022, 6, 1)), one(off, LocalDate.of(2022, 6, 1)));
        assertEquals(first, one(off, LocalDate.of(2022, 6, 1)));
    }

    private static Reason one(RuleMetas metas, LocalDate date) {
        Checks c = new Checks(TABLE.at(date), NAMES, metas);
        c.ledger().firingStarts();
        c.atLeast(RULES.get(0), 70, "hours-min", "x", "HYBRID");
        c.ledger().firingEnds();
        return c.reasons().get(0);
    }
}
