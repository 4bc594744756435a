package io.kaohe.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.internal.stream.TeacherStream;
import io.kaohe.internal.stream.TeacherStream.Counts;

/**
 * The end-to-end benchmarks of bench/README.md: JSON Lines in, verdicts out, through the real
 * {@link TeacherStream} pipeline. Every figure that is compared is measured in the same JVM run,
 * alternating the two sides, so a machine shared with other work slows both alike.
 * <pre>
 * throughput --in FILE [--threads N] [--rounds R]   Kaohe vs the hand-written baseline, same pipeline
 * scaling    --in FILE [--rounds R]                 Kaohe with 1 thread vs 2
 * heap       --in FILE [--threads N]                heap used after GC as the file streams through (run under -Xmx256m)
 * coldstart  --jar kaohe.jar [--runs R] [--java-opt OPT]...  JVM start to verdict: precompiled vs compiled at start
 * </pre>
 * Verdicts are rendered in full and written to a discarding writer: the pipeline is measured, not the disk.
 */
public final class Runner {
    private Runner() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: Runner throughput|scaling|heap|coldstart [options] (see bench/README.md)");
            System.exit(2);
        }
        Options o = new Options(Arrays.copyOfRange(args, 1, args.length));
        PrintStream out = System.out;
        switch (args[0]) {
            case "throughput" -> throughput(o.path("--in"), o.integer("--threads", 1), o.integer("--rounds", 3), out);
            case "scaling" -> scaling(o.path("--in"), o.integer("--rounds", 3), out);
            case "heap" -> heap(o.path("--in"), o.integer("--threads", TeacherStream.defaultThreads()), out);
            case "coldstart" -> ColdStart.run(o.path("--jar"), o.integer("--runs", 5), o.all("--java-opt"), out);
            default -> {
                System.err.println("unknown benchmark " + args[0]);
                System.exit(2);
            }
        }
    }

    /** One timed pass of a file through the pipeline. */
    /** {@code cpuNanos}: CPU time of the calling thread, which does all the work when threads = 1 (robust on a shared machine). */
    public record Pass(Counts counts, long nanos, long cpuNanos) {
        double perSecond() { return counts.lines() * 1e9 / nanos; }
        double perCpuSecond() { return counts.lines() * 1e9 / cpuNanos; }
    }

    /** Medians of the rounds, in lines per second, and their ratio. */
    public record Comparison(String a, double aPerSecond, String b, double bPerSecond, Counts aCounts, Counts bCounts) {
        public double ratio() { return aPerSecond / bPerSecond; }
    }

    public static Pass pass(Engine engine, Path in, int threads) throws IOException {
        try (InputStream input = Files.newInputStream(in); Writer verdicts = Writer.nullWriter(); Writer rejects = Writer.nullWriter()) {
            var cpu = ManagementFactory.getThreadMXBean();
            long c0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            Counts c = TeacherStream.assess(engine, input, verdicts, rejects, threads);
            return new Pass(c, System.nanoTime() - t0, cpu.getCurrentThreadCpuTime() - c0);
        }
    }

    /** Kaohe vs the baseline in the same pipeline, alternating, {@code rounds} times each. */
    public static Comparison throughput(Path in, int threads, int rounds, PrintStream out) throws IOException {
        Engine kaohe = Kaohe.pack("shandong");
        Engine baseline = new BaselineEngine(kaohe);
        return compare(in, rounds, out, "kaohe", kaohe, threads, "baseline", baseline, threads);
    }

    /** Kaohe with one worker vs two, alternating. */
    public static Comparison scaling(Path in, int rounds, PrintStream out) throws IOException {
        Engine kaohe = Kaohe.pack("shandong");
        return compare(in, rounds, out, "2 threads", kaohe, 2, "1 thread", kaohe, 1);
    }

    private static Comparison compare(Path in, int rounds, PrintStream out, String aName, Engine a, int aThreads,
                                      String bName, Engine b, int bThreads) throws IOException {
        double[] as = new double[rounds];
        double[] bs = new double[rounds];
        double[] acpu = new double[rounds];
        double[] bcpu = new double[rounds];
        Counts ac = null, bc = null;
        for (int r = 0; r < rounds; r++) {
            // alternate which side goes first, so neither always runs on a warmer JVM
            Pass pa, pb;
            if (r % 2 == 0) {
                pa = pass(a, in, aThreads);
                pb = pass(b, in, bThreads);
            } else {
                pb = pass(b, in, bThreads);
                pa = pass(a, in, aThreads);
            }
            as[r] = pa.perSecond();
            bs[r] = pb.perSecond();
            acpu[r] = pa.perCpuSecond();
            bcpu[r] = pb.perCpuSecond();
            ac = pa.counts();
            bc = pb.counts();
            out.printf(Locale.ROOT, "round %d: %s %,.0f lines/s (%.2f s), %s %,.0f lines/s (%.2f s)%n", r + 1,
                    aName, as[r], pa.nanos() / 1e9, bName, bs[r], pb.nanos() / 1e9);
            if (aThreads == 1 && bThreads == 1) {
                out.printf(Locale.ROOT, "         per CPU second of the one working thread: %s %,.0f, %s %,.0f%n",
                        aName, acpu[r], bName, bcpu[r]);
            }
        }
        Comparison c = new Comparison(aName, median(as), bName, median(bs), ac, bc);
        out.printf(Locale.ROOT, "%s: %d lines, %d verdicts, %d rejects%n", aName, ac.lines(), ac.verdicts(), ac.rejects());
        out.printf(Locale.ROOT, "%s: %d lines, %d verdicts, %d rejects%n", bName, bc.lines(), bc.verdicts(), bc.rejects());
        out.printf(Locale.ROOT, "median: %s %,.0f lines/s, %s %,.0f lines/s, ratio %s/%s = %.3f%n",
                aName, c.aPerSecond(), bName, c.bPerSecond(), aName, bName, c.ratio());
        if (aThreads == 1 && bThreads == 1) {
            out.printf(Locale.ROOT, "median per CPU second: %s %,.0f, %s %,.0f, ratio %.3f%n",
                    aName, median(acpu), bName, median(bcpu), median(acpu) / median(bcpu));
        }
        return c;
    }

    /** Heap in use after collections while the file streams through: flat means memory does not grow with the input. */
    public static List<Long> heap(Path in, int threads, PrintStream out) throws IOException {
        Engine kaohe = Kaohe.pack("shandong");
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
        }); Writer v = Writer.nullWriter(); Writer r = Writer.nullWriter()) {
            c = TeacherStream.assess(kaohe, input, v, r, threads);
        }
        long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        out.printf(Locale.ROOT, "%d lines, %d verdicts, %d rejects in %.1f s; -Xmx %,d MB; peak heap used %,d MB%n",
                c.lines(), c.verdicts(), c.rejects(), (System.nanoTime() - t0) / 1e9,
                Runtime.getRuntime().maxMemory() >> 20, peak >> 20);
        return afterGc;
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
