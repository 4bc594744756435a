package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.internal.engine.PackEngine;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.model.Cohort;
import io.kaohe.model.ParameterUse;
import io.kaohe.model.Reason;
import io.kaohe.model.SchoolDossier;
import io.kaohe.model.SchoolVerdict;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.TeacherVerdict;
import io.kaohe.internal.params.DatedValue;
import io.kaohe.internal.params.Parameter;
import io.kaohe.internal.params.ParameterSet;
import io.kaohe.internal.params.ParameterTable;

/**
 * Every reason of every pack lists each parameter it is about ({@code params}) among the parameters it used
 * ({@code parameters}), once each, and each listed parameter is the value in force on the date assessed, with
 * that value's effective date and reference and the parameter's unit, clause and fromSource; the values in
 * {@code params} are the ones in force too. Over generated
 * teachers of every pack (QuickTheories, fixed seed: a cohort seed each example), the sample schools and the
 * sample progress cohort.
 */
class ReasonParametersPropertyTest {
    private static final long SEED = 20261207L;
    private static final int EXAMPLES = 12;
    private static final int TEACHERS = 25;
    private static final Map<String, LocalDate> PROGRESS_AS_OF = Map.of("shandong", LocalDate.of(2022, 11, 20),
            "hunan", LocalDate.of(2023, 2, 20), "liaoning", LocalDate.of(2023, 11, 24), "zhejiang", LocalDate.of(2022, 3, 15));

    private static ParameterTable table(Engine e) { return ((PackEngine) e).rules().parameters(); }

    @ParameterizedTest
    @ValueSource(strings = {"shandong", "hunan", "liaoning", "zhejiang"})
    void teachersReasonsListTheirParametersAsInForce(String pack) {
        Engine engine = Kaohe.pack(pack);
        int[] reasons = {0};
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
            io.kaohe.spi.CohortGenerator.Teachers gen = SyntheticCohort.of(pack).orElseThrow().start(seed);
            for (int i = 0; i < TEACHERS; i++) {
                TeacherDossier d = gen.next("T-" + i);
                if (!engine.validate(d).isEmpty()) continue;
                TeacherVerdict v = engine.assess(d);
                ParameterSet in = table(engine).at(v.assessedOn());
                for (Reason r : v.reasons()) check(pack + " " + d.teacher().id(), r, in);
                reasons[0] += v.reasons().size();
            }
        });
        assertTrue(reasons[0] > EXAMPLES * TEACHERS, "teachers were assessed: " + reasons[0] + " reasons");
    }

    @ParameterizedTest
    @ValueSource(strings = {"shandong", "hunan", "liaoning", "zhejiang"})
    void schoolAndProgressReasonsListTheirParametersAsInForce(String pack) throws IOException {
        Engine engine = Kaohe.pack(pack);
        List<SchoolDossier> schools = new ArrayList<>();
        for (String line : text("/io/kaohe/examples/samples/" + pack + "/schools.jsonl").split("\n")) {
            try {
                SchoolDossier s = KaoheJson.read(line, SchoolDossier.class);
                engine.assessSchools(List.of(s));
                schools.add(s);
            } catch (RuntimeException e) {
                // the samples' deliberately bad lines
            }
        }
        assertFalse(schools.isEmpty());
        ParameterSet latest = table(engine).at(table(engine).latestChange()); // what schools are assessed by
        int n = 0;
        for (SchoolVerdict v : engine.assessSchools(schools)) {
            for (Reason r : v.reasons()) check(pack + " " + v.schoolId(), r, latest);
            n += v.reasons().size();
        }
        LocalDate asOf = PROGRESS_AS_OF.get(pack);
        Cohort cohort = KaoheJson.read(text("/io/kaohe/examples/samples/" + pack + "/cohort.json"), Cohort.class);
        List<Reason> progress = engine.progress(cohort, asOf).reasons();
        for (Reason r : progress) check(pack + " progress", r, table(engine).at(asOf));
        assertTrue(n > 0 && !progress.isEmpty(), pack + ": " + n + " school reasons, " + progress.size() + " progress reasons");
    }

    private static void check(String who, Reason r, ParameterSet in) {
        String at = who + " " + r.rule();
        Set<String> listed = new HashSet<>();
        for (ParameterUse p : r.parameters()) {
            assertTrue(listed.add(p.name()), at + ": " + p.name() + " listed twice");
            Parameter def = in.definition(p.name());
            DatedValue v = def.at(in.date()).orElseThrow();
            assertTrue(same(v.value(), p.value()), at + ": " + p.name() + " = " + p.value() + ", in force " + v.value());
            assertEquals(def.unit().name(), p.unit(), at);
            assertEquals(v.effective(), p.from(), at + ": " + p.name());
            assertEquals(def.clause(), p.clause(), at);
            assertEquals(v.reference(), p.reference(), at);
            assertEquals(def.fromSource(), p.fromSource(), at);
        }
        assertTrue(listed.containsAll(r.params().keySet()), at + ": params " + r.params().keySet() + " not all in " + listed);
        r.params().forEach((name, value) -> assertTrue(same(in.value(name), value),
                at + ": params " + name + " = " + value + ", in force " + in.value(name)));
    }

    /** Equal values: numbers by value (50 = 50.0), maps entry by entry. */
    private static boolean same(Object expected, Object got) {
        if (expected instanceof BigDecimal a && got instanceof BigDecimal b) return a.compareTo(b) == 0;
        if (expected instanceof Map<?, ?> a && got instanceof Map<?, ?> b) {
            return a.keySet().equals(b.keySet()) && a.keySet().stream().allMatch(k -> same(a.get(k), b.get(k)));
        }
        return expected.equals(got);
    }

    private static String text(String resource) throws IOException {
        try (InputStream in = ReasonParametersPropertyTest.class.getResourceAsStream(resource)) {
            assertTrue(in != null, resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
