package io.kaohe.bench;

import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.kaohe.Engine;
import io.kaohe.Kaohe;

/**
 * Where the warm-up row's first pass goes: Kaohe alone (no baseline between its passes), one thread, {@code --rounds}
 * passes over the file in a fresh JVM, each with the CPU of the working thread and of the whole JVM, the JIT's own
 * compile time ({@code CompilationMXBean}), the GC's, and the JVM's uptime at its start and end (to line up with
 * {@code -XX:+PrintCompilation}'s time stamps). Run it under different JVM options, one JVM each, to compare levers:
 * <pre>java [-XX:TieredStopAtLevel=1 | -XX:CICompilerCount=… | …] -cp "$CP" io.kaohe.bench.WarmUp --pack P --in FILE [--rounds 3]</pre>
 * The last line is the first pass ÷ the last one, per CPU second of the thread and of the JVM.
 */
public final class WarmUp {
    private WarmUp() {}

    public static void main(String[] args) throws Exception {
        Runner.Options o = new Runner.Options(args);
        run(o.value("--pack") == null ? "shandong" : o.value("--pack"), o.path("--in"), o.integer("--rounds", 3), System.out);
    }

    public static Map<String, Object> run(String pack, Path in, int rounds, PrintStream out) throws Exception {
        var runtime = ManagementFactory.getRuntimeMXBean();
        var jit = ManagementFactory.getCompilationMXBean();
        List<GarbageCollectorMXBean> gcs = ManagementFactory.getGarbageCollectorMXBeans();
        long loadStart = runtime.getUptime();
        Engine kaohe = Kaohe.pack(pack);
        out.printf(Locale.ROOT, "%s: JVM up %d ms; pack loaded %d ms; JIT so far %d ms; options %s%n", pack, loadStart,
                runtime.getUptime(), jit.getTotalCompilationTime(), runtime.getInputArguments());
        List<Runner.Pass> passes = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            long up0 = runtime.getUptime(), jit0 = jit.getTotalCompilationTime(), gc0 = Gc.millis(gcs);
            Runner.Pass p = Runner.pass(kaohe, in, 1);
            passes.add(p);
            out.printf(Locale.ROOT, "pass %d: uptime %d–%d ms; %,.0f lines per CPU s of the thread, %,.0f per CPU s of the JVM, "
                            + "%,.0f per wall s; thread %.2f s, JVM %.2f s, wall %.2f s; JIT %d ms, GC %d ms%n", r + 1, up0,
                    runtime.getUptime(), p.perCpuSecond(), p.perProcessCpuSecond(), p.perSecond(), p.cpuNanos() / 1e9,
                    p.processCpuNanos() / 1e9, p.nanos() / 1e9, jit.getTotalCompilationTime() - jit0, Gc.millis(gcs) - gc0);
        }
        Runner.Pass first = passes.get(0), last = passes.get(passes.size() - 1);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("firstPerCpuSecond", first.perCpuSecond());
        f.put("lastPerCpuSecond", last.perCpuSecond());
        f.put("warmupCpu", first.perCpuSecond() / last.perCpuSecond());
        f.put("warmupProcessCpu", first.perProcessCpuSecond() / last.perProcessCpuSecond());
        out.printf(Locale.ROOT, "first pass ÷ pass %d: %.2f per CPU second of the thread, %.2f per CPU second of the JVM, %.2f wall%n",
                passes.size(), f.get("warmupCpu"), f.get("warmupProcessCpu"), first.perSecond() / last.perSecond());
        return f;
    }
}
