package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.QuickTheory;

import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.internal.engine.PackEngine;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.model.Cohort;
import io.kaohe.zhejiang.FinalAssessment;
import io.kaohe.model.Level;
import io.kaohe.model.RubricScore;
import io.kaohe.model.StudyRecord;
import io.kaohe.model.TeacherDossier;
import io.kaohe.internal.validate.SchoolValidator;

/**
 * A progress report as of D shows only what was known on D (issue 13 §2), for every pack: appending records,
 * scores, final assessments and plans dated after D to a pack's sample cohort never changes the report as of
 * D, byte for byte (QuickTheories, fixed seed). D ranges from well before the sample's demo date to after it.
 */
class AsOfPropertyTest {

    static Cohort sample(String pack) {
        try (InputStream in = Samples.of(pack).orElseThrow().open(Samples.COHORT)) {
            return ProgressJob.read(in, Samples.COHORT);   // streaming, as kaohe progress reads it
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LocalDate after(LocalDate d, Random rnd) { return d.plusDays(1 + rnd.nextInt(400)); }

    /** The cohort with entries dated after {@code d} appended to some of its valid dossiers and to its plans. */
    static Cohort appendAfter(Engine engine, Cohort c, LocalDate d, long seed) {
        Random rnd = new Random(seed);
        List<TeacherDossier> teachers = new ArrayList<>();
        int changed = 0;
        for (TeacherDossier t : c.teachers()) {
            if (rnd.nextInt(3) != 0 || !engine.validate(t).isEmpty()) {
                teachers.add(t);
                continue;
            }
            changed++;
            List<StudyRecord> records = new ArrayList<>(t.records());
            for (int k = rnd.nextInt(3); k > 0 && !t.records().isEmpty(); k--) {
                StudyRecord r = t.records().get(rnd.nextInt(t.records().size()));
                records.add(new StudyRecord(r.kind(), r.amount(), r.unit(), after(d, rnd), null));
            }
            List<RubricScore> scores = new ArrayList<>(t.scores());
            if (!t.scores().isEmpty() && rnd.nextBoolean()) {
                RubricScore s = t.scores().get(rnd.nextInt(t.scores().size()));
                int attempt = scores.stream().filter(x -> x.ability().equals(s.ability())).mapToInt(RubricScore::attemptNumber).max().orElse(0) + 1;
                Level level = s.evidence() != null ? null : Level.values()[rnd.nextInt(Level.values().length)];
                scores.add(new RubricScore(s.ability(), level, null, after(d, rnd), attempt, s.evidence()));
            }
            FinalAssessment fa = FinalAssessment.of(t);
            if (fa == null && engine.pack().equals("zhejiang") && rnd.nextBoolean()) {
                fa = new FinalAssessment(Level.values()[rnd.nextInt(Level.values().length)], after(d, rnd), "测试培训机构");
            }
            teachers.add(new TeacherDossier(t.teacher(), records, scores, t.asOf(), FinalAssessment.parts(fa)));
        }
        Map<String, Map<String, LocalDate>> plans = new TreeMap<>();
        List<String> keys = SchoolValidator.planKeys(PackEngine.info(engine).parameters().at(d));
        for (var s : c.schools()) {
            Map<String, LocalDate> filed = new TreeMap<>(c.plans().getOrDefault(s.id(), Map.of()));
            for (String key : keys) if (!filed.containsKey(key) && rnd.nextBoolean()) filed.put(key, after(d, rnd));
            if (!filed.isEmpty()) plans.put(s.id(), filed);
        }
        assertTrue(changed > 0 || c.teachers().isEmpty(), "something was appended");
        return new Cohort(c.county(), c.schools(), teachers, c.seed(), plans);
    }

    @ParameterizedTest
    @ValueSource(strings = {"shandong", "hunan", "liaoning", "zhejiang"})
    void appendingEntriesDatedAfterTheReportDateNeverChangesTheReport(String pack) {
        Engine engine = Kaohe.pack(pack);
        Cohort cohort = sample(pack);
        LocalDate demo = Samples.of(pack).orElseThrow().asOf();
        LocalDate first = PackEngine.info(engine).parameters().inForceFrom();
        QuickTheory.qt().withFixedSeed(20210815L).withExamples(6)
                .forAll(integers().between(-540, 300), longs().all())
                .checkAssert((offset, seed) -> {
                    LocalDate d = demo.plusDays(offset).isBefore(first) ? first : demo.plusDays(offset);
                    String before = KaoheJson.line(engine.progress(cohort, d));
                    String after = KaoheJson.line(engine.progress(appendAfter(engine, cohort, d, seed), d));
                    assertEquals(before, after, pack + " as of " + d + ", seed " + seed);
                });
    }
}
