package io.kaohe.bench;

import java.io.PrintStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.TeacherVerdict;

/**
 * Issue 17's p99 taken apart: what makes the tail of {@code Engine.assess} (the p99 row, {@link AssessBenchmark}).
 * The same cohort as that benchmark (2,000 generated teachers, seed 42, valid dossiers only), walked in the same order,
 * one thread; every call is timed ({@code System.nanoTime}) and tagged with its dossier and with whether a garbage
 * collection finished during it. It prints the percentiles of all samples, of the samples no collection touched, of
 * each size class (records + scores of the dossier, in quartiles of the cohort), and the tail if every call took its
 * dossier's own median (the spread that comes from the cohort mixing dossiers of different sizes, not from noise).
 * <pre>java -cp "$CP" io.kaohe.bench.Tail [--packs shandong,hunan,…] [--warmup 20] [--rounds 30]</pre>
 * {@code --warmup}: seconds of calls before sampling (JMH's published row warms up for 2 × 3 s).
 */
public final class Tail {
    private Tail() {}

    public static void main(String[] args) throws Exception {
        Runner.Options o = new Runner.Options(args);
        List<String> packs = o.value("--packs") == null ? Baseline.PACKS : List.of(o.value("--packs").split(","));
        for (String pack : packs) run(pack, o.integer("--teachers", 2000), o.integer("--warmup", 20), o.integer("--rounds", 30), System.out);
    }

    /** The figures printed, by name (for the smoke test). */
    public static Map<String, Object> run(String pack, int teachers, int warmupSeconds, int rounds, PrintStream out) throws Exception {
        Engine engine = Kaohe.pack(pack);
        Path file = Files.createTempFile("kaohe-tail", ".jsonl");
        TeacherDossier[] cohort;
        try {
            cohort = Cohorts.valid(engine, Cohorts.generate(pack, teachers, 42, file)).toArray(TeacherDossier[]::new);
        } finally {
            Files.delete(file);
        }
        int n = cohort.length;
        int[] size = new int[n];
        int[] reasons = new int[n];
        int[] bytes = new int[n];
        for (int i = 0; i < n; i++) {
            size[i] = cohort[i].records().size() + cohort[i].scores().size();
            TeacherVerdict v = engine.assess(cohort[i]);
            reasons[i] = v.reasons().size();
            bytes[i] = KaoheJson.line(v).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }
        long end = System.nanoTime() + warmupSeconds * 1_000_000_000L;
        while (System.nanoTime() < end) for (TeacherDossier d : cohort) engine.assess(d);

        List<GarbageCollectorMXBean> gcs = ManagementFactory.getGarbageCollectorMXBeans();
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long[][] nanos = new long[rounds][n];
        long[][] cpuNanos = new long[rounds][n];
        boolean[][] gc = new boolean[rounds][n];
        long[] jitByRound = new long[rounds];
        java.lang.management.ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long jit0 = jit.getTotalCompilationTime();
        long gcCount0 = Gc.collections(gcs), gcTime0 = Gc.millis(gcs);
        long t0 = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            long jitRound = jit.getTotalCompilationTime();
            for (int i = 0; i < n; i++) {
                long before = Gc.collections(gcs);
                long c = cpu.getCurrentThreadCpuTime();
                long s = System.nanoTime();
                engine.assess(cohort[i]);
                nanos[r][i] = System.nanoTime() - s;
                cpuNanos[r][i] = cpu.getCurrentThreadCpuTime() - c;
                gc[r][i] = Gc.collections(gcs) != before;
            }
            jitByRound[r] = jit.getTotalCompilationTime() - jitRound;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long jitMs = jit.getTotalCompilationTime() - jit0;
        long gcCount = Gc.collections(gcs) - gcCount0, gcMs = Gc.millis(gcs) - gcTime0;

        Map<String, Object> f = new LinkedHashMap<>();
        double[] all = new double[rounds * n];
        List<Double> clean = new ArrayList<>();
        int hit = 0;
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < n; i++) {
                double us = nanos[r][i] / 1000.0;
                all[r * n + i] = us;
                if (gc[r][i]) hit++; else clean.add(us);
            }
        }
        double[] median = new double[n];
        for (int i = 0; i < n; i++) {
            double[] own = new double[rounds];
            for (int r = 0; r < rounds; r++) own[r] = nanos[r][i] / 1000.0;
            median[i] = Runner.median(own);
        }
        double[] asOwnMedian = new double[rounds * n];
        double[] overOwn = new double[rounds * n];
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < n; i++) {
                asOwnMedian[r * n + i] = median[i];
                overOwn[r * n + i] = nanos[r][i] / 1000.0 / median[i];
            }
        }
        out.printf(Locale.ROOT, "%s: %d dossiers × %d rounds = %d samples in %.1f s after %d s of warm-up; during sampling: "
                        + "%d collections (%d ms), JIT %d ms%n", pack, n, rounds, all.length, seconds, warmupSeconds, gcCount, gcMs, jitMs);
        f.put("all", percentiles(all));
        out.println("  all samples:                       " + show(percentiles(all)));
        double[] c = clean.stream().mapToDouble(Double::doubleValue).toArray();
        f.put("noGc", percentiles(c));
        out.printf(Locale.ROOT, "  samples no collection ended in:    %s (%d samples had one: %.2f%%)%n", show(percentiles(c)), hit,
                100.0 * hit / all.length);
        double[] cpuAll = new double[rounds * n];
        for (int r = 0; r < rounds; r++) for (int i = 0; i < n; i++) cpuAll[r * n + i] = cpuNanos[r][i] / 1000.0;
        f.put("cpu", percentiles(cpuAll));
        out.println("  CPU time of the thread a call:     " + show(percentiles(cpuAll))
                + "  (what the call itself ran: no descheduling, no other thread)");
        int half = rounds / 2;
        if (half > 0) {
            double[] early = Arrays.copyOfRange(all, 0, half * n), late = Arrays.copyOfRange(all, half * n, rounds * n);
            out.println("  first half of the rounds:          " + show(percentiles(early)));
            out.println("  second half of the rounds:         " + show(percentiles(late)));
            f.put("secondHalf", percentiles(late));
        }
        out.println("  JIT ms by round: " + Arrays.toString(jitByRound));
        f.put("ownMedian", percentiles(asOwnMedian));
        out.println("  each sample as its dossier's median: " + show(percentiles(asOwnMedian))
                + "  (the spread from mixing dossiers)");
        out.printf(Locale.ROOT, "  a sample ÷ its own dossier's median: p50 %.2f p90 %.2f p99 %.2f p99.9 %.2f  (the spread of one dossier)%n",
                pct(overOwn, 50), pct(overOwn, 90), pct(overOwn, 99), pct(overOwn, 99.9));
        out.printf(Locale.ROOT, "  correlation of a dossier's median with its records + scores %.2f, with its reasons %.2f, with its verdict's bytes %.2f%n",
                pearson(median, size), pearson(median, reasons), pearson(median, bytes));
        // size classes: quartiles of records + scores
        Integer[] bySize = new Integer[n];
        for (int i = 0; i < n; i++) bySize[i] = i;
        Arrays.sort(bySize, Comparator.comparingInt(i -> size[i]));
        List<Map<String, Object>> classes = new ArrayList<>();
        for (int q = 0; q < 4; q++) {
            int from = q * n / 4, to = (q + 1) * n / 4;
            double[] xs = new double[(to - from) * rounds];
            double reasonSum = 0;
            for (int k = from; k < to; k++) {
                int i = bySize[k];
                reasonSum += reasons[i];
                for (int r = 0; r < rounds; r++) xs[(k - from) * rounds + r] = nanos[r][i] / 1000.0;
            }
            Map<String, Double> p = percentiles(xs);
            Map<String, Object> cl = new LinkedHashMap<>();
            cl.put("quartile", q + 1);
            cl.put("sizeMin", size[bySize[from]]);
            cl.put("sizeMax", size[bySize[to - 1]]);
            cl.put("reasonsMean", reasonSum / (to - from));
            cl.put("percentiles", p);
            classes.add(cl);
            out.printf(Locale.ROOT, "  size quartile %d (%d–%d records + scores, %.1f reasons on average): %s%n", q + 1,
                    size[bySize[from]], size[bySize[to - 1]], reasonSum / (to - from), show(p));
        }
        f.put("sizeClasses", classes);
        // where the slowest 1% of samples come from
        double p99 = pct(all, 99);
        int[] slowBySizeQuartile = new int[4];
        int slow = 0;
        int[] quartileOf = new int[n];
        for (int k = 0; k < n; k++) quartileOf[bySize[k]] = k * 4 / n;
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < n; i++) {
                if (nanos[r][i] / 1000.0 >= p99) {
                    slow++;
                    slowBySizeQuartile[quartileOf[i]]++;
                }
            }
        }
        f.put("slowestByQuartile", slowBySizeQuartile);
        out.printf(Locale.ROOT, "  the %d samples at or above p99 (%.0f µs), by size quartile: %s%n", slow, p99, Arrays.toString(slowBySizeQuartile));
        f.put("gcCount", gcCount);
        f.put("jitMs", jitMs);
        return f;
    }

    static Map<String, Double> percentiles(double[] xs) {
        Map<String, Double> p = new LinkedHashMap<>();
        for (double q : new double[] {50, 90, 99, 99.9}) p.put(q == 99.9 ? "p99.9" : "p" + (int) q, pct(xs, q));
        p.put("max", Arrays.stream(xs).max().orElse(0));
        return p;
    }

    private static String show(Map<String, Double> p) {
        StringBuilder s = new StringBuilder();
        p.forEach((k, v) -> s.append(String.format(Locale.ROOT, "%s %.1f ", k, v)));
        return s.append("µs").toString();
    }

    /** The q-th percentile, nearest rank (as JMH's sample mode reports it, near enough). */
    static double pct(double[] xs, double q) {
        double[] s = xs.clone();
        Arrays.sort(s);
        int rank = (int) Math.ceil(q / 100.0 * s.length) - 1;
        return s[Math.max(0, Math.min(s.length - 1, rank))];
    }

    private static double pearson(double[] y, int[] x) {
        int n = y.length;
        double mx = 0, my = 0;
        for (int i = 0; i < n; i++) { mx += x[i]; my += y[i]; }
        mx /= n;
        my /= n;
        double sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
    }
}
