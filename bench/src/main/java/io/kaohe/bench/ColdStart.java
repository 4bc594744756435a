package io.kaohe.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * JVM start to first verdict with the {@code kaohe} command line: {@code kaohe assess} of one Shandong
 * dossier, timed from process start to exit (an upper bound: exit follows the verdict by the JVM's
 * shutdown). Precompiled pack vs the same DRL compiled at start ({@code --rules-dir} an empty
 * directory: the shipped files, compiled now), alternating, {@code runs} times each.
 */
final class ColdStart {
    private ColdStart() {}

    /** Medians in seconds: precompiled, compiled at start. */
    record Result(double precompiled, double compiled) {
        double ratio() { return precompiled / compiled; }
    }

    static Result run(Path jar, int runs, List<String> javaOpts, PrintStream out) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("kaohe-coldstart");
        Path one = dir.resolve("one.jsonl");
        Path empty = Files.createDirectories(dir.resolve("empty-rules"));
        exec(command(jar, javaOpts, "generate", "--pack", "shandong", "--teachers", "1", "--seed", "1", "--out", one.toString()));
        double[] pre = new double[runs];
        double[] comp = new double[runs];
        for (int i = 0; i < runs; i++) {
            pre[i] = exec(command(jar, javaOpts, "assess", "--pack", "shandong", "--in", one.toString(), "--out", dir.resolve("v.jsonl").toString()));
            comp[i] = exec(command(jar, javaOpts, "assess", "--pack", "shandong", "--rules-dir", empty.toString(), "--in", one.toString(),
                    "--out", dir.resolve("v.jsonl").toString()));
            out.printf(Locale.ROOT, "run %d: precompiled %.3f s, compiled at start %.3f s%n", i + 1, pre[i], comp[i]);
        }
        Result r = new Result(Runner.median(pre), Runner.median(comp));
        out.printf(Locale.ROOT, "median: precompiled %.3f s, compiled at start %.3f s, ratio %.2f%s%n", r.precompiled(), r.compiled(),
                r.ratio(), javaOpts.isEmpty() ? "" : " (java options " + javaOpts + ")");
        return r;
    }

    private static List<String> command(Path jar, List<String> javaOpts, String... args) {
        List<String> c = new ArrayList<>();
        c.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        c.addAll(javaOpts);
        c.add("-jar");
        c.add(jar.toString());
        c.addAll(List.of(args));
        return c;
    }

    /** Runs a command to its end; seconds from start to exit. */
    private static double exec(List<String> command) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int status = p.waitFor();
        double s = (System.nanoTime() - t0) / 1e9;
        if (status != 0) throw new IllegalStateException("exit " + status + ": " + command);
        return s;
    }
}
