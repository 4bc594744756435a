package io.kaohe.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.TeacherVerdict;

/**
 * Per-dossier latency of the embedded single-call API ({@code Engine.assess}), sampled: JMH reports
 * p50, p90, p99 … of the sample distribution, for each pack ({@code -p pack=hunan} for one). The baseline is the
 * pack's hand-written evaluator on the same dossiers (validation included in both, as in {@code Engine.assess}).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class AssessBenchmark {
    @State(Scope.Benchmark)
    public static class Cohort {
        @Param({"shandong", "hunan", "liaoning", "zhejiang"})
        public String pack;

        Engine kaohe;
        Engine baseline;
        TeacherDossier[] dossiers;

        @Setup(Level.Trial)
        public void load() throws Exception {
            kaohe = Kaohe.pack(pack);
            baseline = new BaselineEngine(kaohe);
            Path file = Files.createTempFile("kaohe-jmh", ".jsonl");
            List<TeacherDossier> valid = Cohorts.valid(kaohe, Cohorts.generate(pack, 2000, 42, file));
            Files.delete(file);
            dossiers = valid.toArray(TeacherDossier[]::new);
        }
    }

    /** Each thread walks the cohort from its own position. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        TeacherDossier next(Cohort c) {
            TeacherDossier d = c.dossiers[next];
            next = next + 1 == c.dossiers.length ? 0 : next + 1;
            return d;
        }
    }

    @Benchmark
    public TeacherVerdict kaohe(Cohort c, Cursor cursor) { return c.kaohe.assess(cursor.next(c)); }

    @Benchmark
    public TeacherVerdict baseline(Cohort c, Cursor cursor) { return c.baseline.assess(cursor.next(c)); }
}
