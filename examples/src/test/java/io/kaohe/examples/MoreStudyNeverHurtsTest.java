package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.internal.engine.PackEngine;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.zhejiang.FinalAssessment;
import io.kaohe.model.Level;
import io.kaohe.model.MicroAbility;
import io.kaohe.model.Outcome;
import io.kaohe.model.RecordKind;
import io.kaohe.model.RubricScore;
import io.kaohe.model.StudyRecord;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.TeacherVerdict;
import io.kaohe.model.Unit;
import io.kaohe.internal.params.ParameterSet;

/**
 * Issue 13 §1, for every pack, over its bundled sample teachers (valid dossiers of every grade) and
 * generated additions (QuickTheories, fixed seed):
 * <ol>
 *   <li>adding any study record, review, plan or passing attempt never lowers the grade, never adds an
 *       unmet clause and never adds a penalty outcome. Records of every kind are dated anywhere from 200
 *       days before the cycle to 200 days after it: new semesters, before and after the existing records,
 *       inside and outside the cycle, on its first and last day;</li>
 *   <li>a passing attempt after a failed one leaves the teacher exactly as well off as the passing
 *       attempt alone (grade, unmet clauses and penalties no worse).</li>
 * </ol>
 * Both dossiers of a pair are assessed as of the same day (the later of the two), so the property
 * compares what was done, not two different dates. Where a clause's text truly made more activity hurt,
 * {@link #EXCEPTIONS} would name it with the sentence; no clause of the four packs needs one.
 *
 * <p>Passing attempts are generated for abilities (points) that fit the teacher's stage, and a
 * re-assessment never at a lower level than the attempt it follows: the latest attempt counts (HN-05,
 * every pack's README), so a PASS after an 优秀 is a lower result, not more study.
 */
class MoreStudyNeverHurtsTest {
    private static final long SEED = 20231212L;
    private static final int EXAMPLES = 300;
    /** Outcomes that take something away from the teacher. */
    private static final Set<String> PENALTIES = Set.of("AWARDS_AND_SELECTIONS_INELIGIBLE");
    /** Pack → clause → the sentence under which more activity may lower the result. None so far. */
    private static final Map<String, Map<String, String>> EXCEPTIONS = Map.of();
    private static final List<Unit> UNIT_TRIES = List.of(Unit.HOUR, Unit.COUNT, Unit.CREDIT, Unit.MINUTE);

    /** One pack with what the generators need: its valid sample dossiers, its cycle and a unit per record kind. */
    private record Pack(String name, Engine engine, List<TeacherDossier> dossiers, LocalDate cycleStart,
                        LocalDate cycleEnd, Map<RecordKind, Unit> units, boolean finalAssessments) {

        static Pack load(String name) {
            Engine engine = Kaohe.pack(name);
            List<TeacherDossier> valid = new ArrayList<>();
            Set<String> seen = new TreeSet<>();
            for (String line : lines("/io/kaohe/examples/samples/" + name + "/teachers.jsonl")) {
                TeacherDossier d;
                try {
                    d = KaoheJson.read(line, TeacherDossier.class);
                } catch (RuntimeException e) {
                    continue; // the samples' deliberately bad lines
                }
                if (engine.validate(d).isEmpty() && seen.add(d.teacher().id())) valid.add(d);
            }
            assertTrue(valid.size() >= 50, name + ": enough valid sample dossiers, got " + valid.size());
            LocalDate on = valid.get(0).referenceDate().orElseThrow();
            ParameterSet p = PackEngine.info(engine).parameters().at(on);
            Map<RecordKind, Unit> units = new EnumMap<>(RecordKind.class);
            valid.stream().flatMap(d -> d.records().stream()).forEach(r -> units.putIfAbsent(r.kind(), r.unit()));
            for (RecordKind k : RecordKind.values()) {
                if (units.containsKey(k)) continue;
                TeacherDossier d = valid.get(0);
                units.put(k, UNIT_TRIES.stream().filter(u -> engine.validate(plus(d, new StudyRecord(k, BigDecimal.ONE, u, on, null))).isEmpty())
                        .findFirst().orElseThrow(() -> new AssertionError(name + ": no unit accepted for " + k)));
            }
            boolean finals = valid.stream().anyMatch(d -> FinalAssessment.of(d) != null);
            return new Pack(name, engine, List.copyOf(valid), p.date("cycle.start"), p.date("cycle.end"), units, finals);
        }

        LocalDate day(int offset) {
            // offsets 0 … span cover 200 days before the cycle to 200 days after it
            return cycleStart.minusDays(200).plusDays(offset);
        }

        /** The day both dossiers of a pair are assessed at: the later of their own dates, not before the cycle. */
        LocalDate assessedOn(TeacherDossier a, TeacherDossier b) {
            return Stream.of(a.referenceDate(), b.referenceDate()).flatMap(java.util.Optional::stream)
                    .reduce(cycleStart, MoreStudyNeverHurtsTest::later);
        }

        int span() { return (int) (cycleEnd.toEpochDay() - cycleStart.toEpochDay()) + 400; }

        /** Abilities of the catalog that fit the teacher's stage, by code. */
        List<String> abilities(TeacherDossier d) {
            return PackEngine.info(engine).catalog().all().values().stream().filter(m -> m.fits(d.teacher().stage()))
                    .map(MicroAbility::code).sorted().toList();
        }
    }

    private static List<String> lines(String resource) {
        try (var in = MoreStudyNeverHurtsTest.class.getResourceAsStream(resource)) {
            assertTrue(in != null, resource);
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TeacherDossier plus(TeacherDossier d, StudyRecord r) {
        List<StudyRecord> records = new ArrayList<>(d.records());
        records.add(r);
        return new TeacherDossier(d.teacher(), records, d.scores(), d.asOf(), d.parts());
    }

    private static TeacherDossier withScores(TeacherDossier d, List<RubricScore> scores) {
        return new TeacherDossier(d.teacher(), d.records(), scores, d.asOf(), d.parts());
    }

    private static TeacherDossier asOf(TeacherDossier d, LocalDate on) {
        return new TeacherDossier(d.teacher(), d.records(), d.scores(), on, d.parts());
    }

    private static LocalDate later(LocalDate a, LocalDate b) { return a.isAfter(b) ? a : b; }

    /** An amount in the kind's unit: whole counts, half hours and credits, whole minutes. */
    private static BigDecimal amount(Unit unit, int n) {
        return switch (unit) {
            case COUNT -> BigDecimal.valueOf(1 + n % 3);
            case MINUTE -> BigDecimal.valueOf(30 + 37L * (n % 25));
            default -> BigDecimal.valueOf(1 + n % 60).divide(BigDecimal.valueOf(2));
        };
    }

    /** A valid addition to {@code d}: a record of any kind, a passing attempt, or (Zhejiang) a passing final assessment. */
    private static TeacherDossier add(Pack pack, TeacherDossier d, int what, int offset, int n) {
        LocalDate day = pack.day(offset);
        if (what < RecordKind.values().length) {
            RecordKind kind = RecordKind.values()[what];
            return plus(d, new StudyRecord(kind, amount(pack.units().get(kind), n), pack.units().get(kind), day, null));
        }
        Level level = n % 2 == 0 ? Level.PASS : Level.EXCELLENT;
        if (what == RecordKind.values().length && pack.finalAssessments()) {
            FinalAssessment old = FinalAssessment.of(d);
            if (old != null && old.level().compareTo(level) > 0) level = old.level();
            LocalDate on = old == null ? day : later(old.assessedOn(), day);
            return new TeacherDossier(d.teacher(), d.records(), d.scores(), d.asOf(), FinalAssessment.parts(new FinalAssessment(level, on, "培训机构")));
        }
        List<String> codes = pack.abilities(d);
        String code = codes.get(n % codes.size());
        List<RubricScore> same = d.scores().stream().filter(s -> s.ability().equals(code)).toList();
        int attempt = same.stream().mapToInt(RubricScore::attemptNumber).max().orElse(0) + 1;
        LocalDate on = same.stream().map(RubricScore::assessedOn).reduce(day, MoreStudyNeverHurtsTest::later);
        Level current = same.stream().max((a, b) -> Integer.compare(a.attemptNumber(), b.attemptNumber()))
                .map(RubricScore::effectiveLevel).orElse(Level.FAIL);
        if (current.compareTo(level) > 0) level = current;
        List<RubricScore> scores = new ArrayList<>(d.scores());
        scores.add(new RubricScore(code, level, null, on, attempt, null));
        return withScores(d, scores);
    }

    private static Set<String> penalties(TeacherVerdict v) {
        Set<String> out = new TreeSet<>();
        v.outcomes().stream().map(Outcome::flag).filter(PENALTIES::contains).forEach(out::add);
        return out;
    }

    /** {@code after} is no worse than {@code before}, but for the clauses the pack lists as exceptions. */
    private static void noWorse(Pack pack, TeacherVerdict before, TeacherVerdict after, String what) {
        Set<String> excepted = EXCEPTIONS.getOrDefault(pack.name(), Map.of()).keySet();
        if (after.unmet().stream().anyMatch(excepted::contains)) return;
        assertTrue(after.grade().compareTo(before.grade()) >= 0, pack.name() + ": " + before.grade() + " → " + after.grade() + " " + what);
        Set<String> added = new TreeSet<>(after.unmet());
        before.unmet().forEach(added::remove);
        assertEquals(Set.of(), added, pack.name() + ": unmet clauses added " + what);
        Set<String> penalised = penalties(after);
        penalised.removeAll(penalties(before));
        assertEquals(Set.of(), penalised, pack.name() + ": penalty added " + what);
    }

    @ParameterizedTest
    @ValueSource(strings = {"shandong", "hunan", "liaoning", "zhejiang"})
    void addingStudyNeverLowersTheVerdict(String name) {
        Pack pack = Pack.load(name);
        int kinds = RecordKind.values().length;
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).withShrinkCycles(50)
                .forAll(integers().between(0, pack.dossiers().size() - 1), integers().between(0, kinds + 1),
                        integers().between(0, pack.span()), integers().between(0, 9999))
                .checkAssert((i, what, offset, n) -> {
                    TeacherDossier base = pack.dossiers().get(i);
                    TeacherDossier more = add(pack, base, what, offset, n);
                    LocalDate on = pack.assessedOn(base, more);
                    assertEquals(List.of(), pack.engine().validate(asOf(more, on)), "a valid addition");
                    String what1 = "after adding to " + base.teacher().id() + " (as of " + on + "): "
                            + (more.records().size() > base.records().size() ? more.records().get(more.records().size() - 1)
                            : more.scores().size() > base.scores().size() ? more.scores().get(more.scores().size() - 1)
                            : FinalAssessment.of(more));
                    noWorse(pack, pack.engine().assess(asOf(base, on)), pack.engine().assess(asOf(more, on)), what1);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"shandong", "hunan", "liaoning", "zhejiang"})
    void aPassAfterAFailureIsAsGoodAsThePassAlone(String name) {
        Pack pack = Pack.load(name);
        qt().withFixedSeed(SEED + 1).withExamples(EXAMPLES).withShrinkCycles(50)
                .forAll(integers().between(0, pack.dossiers().size() - 1), integers().between(0, pack.span()),
                        integers().between(1, 200), integers().between(0, 9999))
                .checkAssert((i, offset, gap, n) -> {
                    TeacherDossier base = pack.dossiers().get(i);
                    List<String> codes = pack.abilities(base);
                    String code = codes.get(n % codes.size());
                    // the ability's own attempts are replaced by the generated ones
                    List<RubricScore> others = base.scores().stream().filter(s -> !s.ability().equals(code)).toList();
                    LocalDate failed = pack.day(offset);
                    LocalDate passed = failed.plusDays(gap);
                    Level level = n % 2 == 0 ? Level.PASS : Level.EXCELLENT;
                    List<RubricScore> alone = new ArrayList<>(others);
                    alone.add(new RubricScore(code, level, null, passed, 1, null));
                    List<RubricScore> both = new ArrayList<>(others);
                    both.add(new RubricScore(code, Level.FAIL, null, failed, 1, null));
                    both.add(new RubricScore(code, level, null, passed, 2, null));
                    TeacherDossier onlyPass = withScores(base, alone);
                    TeacherDossier failThenPass = withScores(base, both);
                    LocalDate on = pack.assessedOn(onlyPass, failThenPass);
                    assertEquals(List.of(), pack.engine().validate(asOf(failThenPass, on)), "a valid dossier");
                    TeacherVerdict a = pack.engine().assess(asOf(onlyPass, on));
                    TeacherVerdict b = pack.engine().assess(asOf(failThenPass, on));
                    noWorse(pack, a, b, "for " + base.teacher().id() + ": " + code + " failed " + failed + ", " + level + " " + passed + " (as of " + on + ")");
                    assertFalse(b.grade().compareTo(a.grade()) > 0, pack.name() + ": the failed attempt made no difference either way");
                });
    }
}
