package io.kaohe.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToDoubleFunction;

import tools.jackson.databind.json.JsonMapper;

import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.internal.stream.LineOutput;
import io.kaohe.internal.stream.TeacherStream;
import io.kaohe.internal.stream.TeacherStream.Counts;

/**
 * The end-to-end benchmarks of bench/README.md: JSON Lines in, verdicts out, through the real
 * {@link TeacherStream} pipeline. Every figure that is compared is measured in the same JVM run,
 * alternating the two sides, so a machine shared with other work slows both alike.
 * <pre>
 * throughput --in FILE [--pack P] [--threads N] [--rounds R]  Kaohe vs the pack's hand-written baseline, same pipeline
 * scaling    --in FILE [--pack P] [--rounds R]                Kaohe with 1 thread vs 2
 * heap       --in FILE [--pack P] [--threads N]               heap used after GC as the file streams through (run under -Xmx256m)
 * coldstart  --jar kaohe.jar [--launcher examples/kaohe] [--pack P] [--runs R] [--compiled-at-start] [--java-opt OPT]...
 *                                                              JVM start to verdict of one dossier (see {@link ColdStart})
 * </pre>
 * {@code --json FILE} appends the figures as one JSON object a line ({@link Summary} reads them). Verdicts are
 * rendered in full and encoded to UTF-8 as the command line does, then discarded: the pipeline is measured, not the disk.
 */
public final class Runner {
    /** Steady state is the median of the rounds from this one on (rounds 3–5 of 5). */
    static final int FIRST_STEADY_ROUND = 3;

    private Runner() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: Runner throughput|scaling|heap|coldstart [options] (see bench/README.md)");
            System.exit(2);
        }
        Options o = new Options(Arrays.copyOfRange(args, 1, args.length));
        PrintStream out = System.out;
        String pack = o.value("--pack") == null ? "shandong" : o.value("--pack");
        Path json = o.value("--json") == null ? null : Path.of(o.value("--json"));
        Map<String, Object> figures = switch (args[0]) {
            case "throughput" -> throughput(pack, o.path("--in"), o.integer("--threads", 1), o.integer("--rounds", 5), out).figures();
            case "scaling" -> scaling(pack, o.path("--in"), o.integer("--rounds", 3), out).figures();
            case "heap" -> heap(pack, o.path("--in"), o.integer("--threads", TeacherStream.defaultThreads()), out).figures();
            case "coldstart" -> ColdStart.run(pack, o.path("--jar"), o.value("--launcher") == null ? null : Path.of(o.value("--launcher")),
                    o.integer("--runs", 5), o.has("--compiled-at-start"), o.all("--java-opt"), out);
            default -> {
                System.err.println("unknown benchmark " + args[0]);
                System.exit(2);
                yield Map.of();
            }
        };
        if (json != null) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("benchmark", args[0]);
            line.put("pack", pack);
            line.putAll(figures);
            Files.writeString(json, JSON.writeValueAsString(line) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * One timed pass of a file through the pipeline. {@code cpuNanos}: CPU time of the calling thread, which does all
     * the work when threads = 1 (robust on a shared machine); {@code processCpuNanos}: of the whole JVM (JIT compiler
     * and GC threads included).
     */
    public record Pass(Counts counts, long nanos, long cpuNanos, long processCpuNanos) {
        double perSecond() { return counts.lines() * 1e9 / nanos; }
        double perCpuSecond() { return counts.lines() * 1e9 / cpuNanos; }
        double perProcessCpuSecond() { return counts.lines() * 1e9 / processCpuNanos; }
    }

    /** Two sides measured in the same run, alternating, one pass of each a round. */
    public record Comparison(String a, String b, boolean oneThread, List<Pass> aPasses, List<Pass> bPasses) {
        public Counts aCounts() { return aPasses.get(aPasses.size() - 1).counts(); }
        public Counts bCounts() { return bPasses.get(bPasses.size() - 1).counts(); }
        /** Median of the steady rounds, lines per second of wall time. */
        public double aPerSecond() { return steady(aPasses, Pass::perSecond); }
        public double bPerSecond() { return steady(bPasses, Pass::perSecond); }
        /** Wall-time ratio a/b of the steady medians. */
        public double ratio() { return aPerSecond() / bPerSecond(); }
        /** Median of the steady rounds, lines per CPU second of the one working thread (threads = 1 only). */
        public double aPerCpuSecond() { return steady(aPasses, Pass::perCpuSecond); }
        public double bPerCpuSecond() { return steady(bPasses, Pass::perCpuSecond); }
        public double cpuRatio() { return aPerCpuSecond() / bPerCpuSecond(); }
        /** a's first pass, in a fresh JVM (a goes first in round 1), as a share of its steady state, by a measure. */
        public double aWarmup(ToDoubleFunction<Pass> rate) { return rate.applyAsDouble(aPasses.get(0)) / steady(aPasses, rate); }

        Map<String, Object> figures() {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("sides", List.of(a, b));
            f.put("threads1", oneThread);
            f.put("lines", aCounts().lines());
            f.put("verdicts", aCounts().verdicts());
            f.put("rejects", aCounts().rejects());
            f.put("rounds", aPasses.size());
            f.put("steadyRounds", FIRST_STEADY_ROUND + "-" + aPasses.size());
            f.put("aPerSecond", aPerSecond());
            f.put("bPerSecond", bPerSecond());
            f.put("ratio", ratio());
            f.put("aWarmupWall", aWarmup(Pass::perSecond));
            f.put("aWarmupProcessCpu", aWarmup(Pass::perProcessCpuSecond));
            if (oneThread) {
                f.put("aPerCpuSecond", aPerCpuSecond());
                f.put("bPerCpuSecond", bPerCpuSecond());
                f.put("cpuRatio", cpuRatio());
                f.put("aFirstPassPerCpuSecond", aPasses.get(0).perCpuSecond());
                f.put("aWarmupCpu", aWarmup(Pass::perCpuSecond));
            }
            f.put("aRounds", aPasses.stream().map(Runner::figures).toList());
            f.put("bRounds", bPasses.stream().map(Runner::figures).toList());
            return f;
        }
    }

    private static Map<String, Object> figures(Pass p) {
        return Map.of("seconds", p.nanos() / 1e9, "cpuSeconds", p.cpuNanos() / 1e9, "processCpuSeconds", p.processCpuNanos() / 1e9);
    }

    /** The median of the steady rounds (from {@link #FIRST_STEADY_ROUND} on; all rounds when there are fewer). */
    static double steady(List<Pass> passes, ToDoubleFunction<Pass> rate) {
        int from = passes.size() >= FIRST_STEADY_ROUND ? FIRST_STEADY_ROUND - 1 : 0;
        return median(passes.subList(from, passes.size()).stream().mapToDouble(rate).toArray());
    }

    public static Pass pass(Engine engine, Path in, int threads) throws IOException {
        try (InputStream input = Files.newInputStream(in); OutputStream verdicts = discarding(); OutputStream rejects = discarding()) {
            var cpu = ManagementFactory.getThreadMXBean();
            var process = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long p0 = process.getProcessCpuTime();
            long c0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            Counts c = TeacherStream.assess(engine, input, LineOutput.of(verdicts), LineOutput.of(rejects), threads);
            return new Pass(c, System.nanoTime() - t0, cpu.getCurrentThreadCpuTime() - c0, process.getProcessCpuTime() - p0);
        }
    }

    /** An output as the command line's (UTF-8 lines, buffered), into nothing: encoding is measured, the disk is not. */
    static OutputStream discarding() {
        return new BufferedOutputStream(OutputStream.nullOutputStream(), 1 << 16);
    }

    /** Kaohe vs the pack's hand-written baseline in the same pipeline, alternating, {@code rounds} times each. */
    public static Comparison throughput(String pack, Path in, int threads, int rounds, PrintStream out) throws IOException {
        Engine kaohe = Kaohe.pack(pack);
        Engine baseline = new BaselineEngine(kaohe);
        return compare(in, rounds, out, "kaohe", kaohe, threads, "baseline", baseline, threads);
    }

    /** Kaohe with one worker vs two, alternating. */
    public static Comparison scaling(String pack, Path in, int rounds, PrintStream out) throws IOException {
        Engine kaohe = Kaohe.pack(pack);
        return compare(in, rounds, out, "2 threads", kaohe, 2, "1 thread", kaohe, 1);
    }

    private static Comparison compare(Path in, int rounds, PrintStream out, String aName, Engine a, int aThreads,
                                      String bName, Engine b, int bThreads) throws IOException {
        List<Pass> as = new ArrayList<>();
        List<Pass> bs = new ArrayList<>();
        boolean oneThread = aThreads == 1 && bThreads == 1;
        for (int r = 0; r < rounds; r++) {
            // alternate which side goes first, so neither always runs on a warmer JVM; a's first pass is in a fresh JVM
            Pass pa, pb;
            if (r % 2 == 0) {
                pa = pass(a, in, aThreads);
                pb = pass(b, in, bThreads);
            } else {
                pb = pass(b, in, bThreads);
                pa = pass(a, in, aThreads);
            }
            as.add(pa);
            bs.add(pb);
            out.printf(Locale.ROOT, "round %d: %s %,.0f lines/s (%.2f s), %s %,.0f lines/s (%.2f s)%n", r + 1,
                    aName, pa.perSecond(), pa.nanos() / 1e9, bName, pb.perSecond(), pb.nanos() / 1e9);
            if (oneThread) {
                out.printf(Locale.ROOT, "         per CPU second of the one working thread: %s %,.0f, %s %,.0f%n",
                        aName, pa.perCpuSecond(), bName, pb.perCpuSecond());
            }
        }
        Comparison c = new Comparison(aName, bName, oneThread, as, bs);
        out.printf(Locale.ROOT, "%s: %d lines, %d verdicts, %d rejects%n", aName, c.aCounts().lines(), c.aCounts().verdicts(), c.aCounts().rejects());
        out.printf(Locale.ROOT, "%s: %d lines, %d verdicts, %d rejects%n", bName, c.bCounts().lines(), c.bCounts().verdicts(), c.bCounts().rejects());
        String which = rounds >= FIRST_STEADY_ROUND ? "median of rounds " + FIRST_STEADY_ROUND + "-" + rounds : "median";
        out.printf(Locale.ROOT, "%s: %s %,.0f lines/s, %s %,.0f lines/s, ratio %s/%s = %.3f%n",
                which, aName, c.aPerSecond(), bName, c.bPerSecond(), aName, bName, c.ratio());
        if (oneThread) {
            out.printf(Locale.ROOT, "%s per CPU second: %s %,.0f, %s %,.0f, ratio %.3f%n",
                    which, aName, c.aPerCpuSecond(), bName, c.bPerCpuSecond(), c.cpuRatio());
            out.printf(Locale.ROOT, "warm-up, %s's first pass in a fresh JVM ÷ %s: %.2f per CPU second of the thread, "
                    + "%.2f per CPU second of the JVM, %.2f wall%n", aName, which, c.aWarmup(Pass::perCpuSecond),
                    c.aWarmup(Pass::perProcessCpuSecond), c.aWarmup(Pass::perSecond));
        }
        return c;
    }

    /** What {@link #heap} measured: heap used after a full GC at each tenth of the input, and the run's counts. */
    public record Heap(Counts counts, double seconds, List<Long> afterGc, long maxHeap, long peakUsed) {
        Map<String, Object> figures() {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("lines", counts.lines());
            f.put("verdicts", counts.verdicts());
            f.put("rejects", counts.rejects());
            // every line ended in a verdict or a reject, within the heap (an OutOfMemoryError ends the run instead)
            f.put("passes", counts.lines() > 0 && counts.lines() == counts.verdicts() + counts.rejects());
            f.put("seconds", seconds);
            f.put("linesPerSecond", counts.lines() / seconds);
            f.put("maxHeapMb", maxHeap >> 20);
            f.put("afterGcKb", afterGc.stream().map(b -> b >> 10).toList());
            f.put("maxAfterGcMb", afterGc.stream().mapToLong(Long::longValue).max().orElse(0) / (1024.0 * 1024));
            f.put("peakUsedMb", peakUsed >> 20);
            return f;
        }
    }

    /** Heap in use after collections while the file streams through: flat means memory does not grow with the input. */
    public static Heap heap(String pack, Path in, int threads, PrintStream out) throws IOException {
        Engine kaohe = Kaohe.pack(pack);
        long size = Files.size(in);
        AtomicLong read = new AtomicLong();
        List<Long> afterGc = new ArrayList<>();
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        long t0 = System.nanoTime();
        Counts c;
        try (InputStream input = new Counting(Files.newInputStream(in), read, size, fraction -> {
            System.gc(); // a full collection at each tenth of the input: what is left is what the run holds
            long used = pools.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
            afterGc.add(used);
            out.printf(Locale.ROOT, "%3.0f%% of the input read: heap used after a full GC %,d KB%n", fraction * 100, used / 1024);
        }); OutputStream v = discarding(); OutputStream r = discarding()) {
            c = TeacherStream.assess(kaohe, input, LineOutput.of(v), LineOutput.of(r), threads);
        }
        long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        Heap h = new Heap(c, (System.nanoTime() - t0) / 1e9, afterGc, Runtime.getRuntime().maxMemory(), peak);
        out.printf(Locale.ROOT, "%s: %d lines, %d verdicts, %d rejects in %.1f s (%,.0f lines/s, %d threads); -Xmx %,d MB; "
                        + "heap after a full GC at most %,.1f MB; the heap pools' peaks add up to %,d MB (garbage included: G1 fills the heap before it collects)%n",
                pack, c.lines(), c.verdicts(), c.rejects(), h.seconds(), c.lines() / h.seconds(), threads, h.maxHeap() >> 20,
                h.figures().get("maxAfterGcMb"), peak >> 20);
        return h;
    }

    static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    /** Counts bytes read and calls back at each tenth of the input. */
    private static final class Counting extends java.io.FilterInputStream {
        private final AtomicLong read;
        private final long size;
        private final java.util.function.DoubleConsumer atTenth;
        private int tenths;

        Counting(InputStream in, AtomicLong read, long size, java.util.function.DoubleConsumer atTenth) {
            super(in);
            this.read = read;
            this.size = size;
            this.atTenth = atTenth;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0 && size > 0) {
                long total = read.addAndGet(n);
                while (tenths < 10 && total * 10 >= (tenths + 1) * size) atTenth.accept(++tenths / 10.0);
            }
            return n;
        }
    }

    /** {@code --name value} options. */
    static final class Options {
        private final String[] args;

        Options(String[] args) { this.args = args; }

        boolean has(String name) { return Arrays.asList(args).contains(name); }

        String value(String name) {
            for (int i = 0; i + 1 < args.length; i++) if (args[i].equals(name)) return args[i + 1];
            return null;
        }

        List<String> all(String name) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i + 1 < args.length; i++) if (args[i].equals(name)) out.add(args[i + 1]);
            return out;
        }

        Path path(String name) {
            String v = value(name);
            if (v == null) throw new IllegalArgumentException(name + " is required");
            return Path.of(v);
        }

        int integer(String name, int orElse) {
            String v = value(name);
            return v == null ? orElse : Integer.parseInt(v);
        }
    }
}
