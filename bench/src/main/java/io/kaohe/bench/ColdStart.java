package io.kaohe.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * JVM start to first verdict with the {@code kaohe} command line: {@code kaohe assess} of one dossier of a pack,
 * timed from process start to exit (an upper bound: exit follows the verdict by the JVM's shutdown). The ways to
 * start it alternate, {@code runs} times each, and each reports its median and its first run (a first run that
 * sets something up, such as a class-data archive, shows there and not in the median):
 * <ul>
 *   <li>{@code launcher}: the {@code examples/kaohe} script as shipped, with whatever JVM options it chooses;</li>
 *   <li>{@code jar}: plain {@code java [--java-opt …] -jar kaohe.jar};</li>
 *   <li>{@code compiled} (with {@code --compiled-at-start}): the same jar compiling the shipped DRL at start
 *   ({@code --rules-dir} an empty directory), the reference of issue #7.</li>
 * </ul>
 */
final class ColdStart {
    private ColdStart() {}

    static Map<String, Object> run(String pack, Path jar, Path launcher, int runs, boolean compiledAtStart, List<String> javaOpts,
                                   PrintStream out) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("kaohe-coldstart");
        Path one = Cohorts.generate(pack, 1, 17, dir.resolve("one.jsonl"));
        Path verdicts = dir.resolve("v.jsonl");
        List<String> assess = List.of("assess", "--pack", pack, "--in", one.toString(), "--out", verdicts.toString());
        Map<String, List<String>> ways = new LinkedHashMap<>();
        if (launcher != null) ways.put("launcher", concat(List.of(launcher.toString()), assess));
        ways.put("jar", concat(java(jar, javaOpts), assess));
        if (compiledAtStart) {
            Path empty = Files.createDirectories(dir.resolve("empty-rules"));
            ways.put("compiled", concat(java(jar, javaOpts), assess, List.of("--rules-dir", empty.toString())));
        }
        Map<String, double[]> seconds = new LinkedHashMap<>();
        ways.keySet().forEach(w -> seconds.put(w, new double[runs]));
        for (int i = 0; i < runs; i++) {
            StringBuilder line = new StringBuilder("run " + (i + 1) + ":");
            for (Map.Entry<String, List<String>> w : ways.entrySet()) {
                Files.deleteIfExists(verdicts);
                double s = exec(w.getValue());
                // the dossier must have become a verdict, or nothing was timed to a first verdict
                if (!Files.exists(verdicts) || Files.size(verdicts) == 0) throw new IllegalStateException("no verdict: " + w.getValue());
                seconds.get(w.getKey())[i] = s;
                line.append(String.format(Locale.ROOT, " %s %.3f s", w.getKey(), s));
            }
            out.println(line);
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("runs", runs);
        figures.put("javaOpts", javaOpts);
        StringBuilder line = new StringBuilder(pack + ", median of " + runs + ":");
        seconds.forEach((w, s) -> {
            double median = Runner.median(s);
            figures.put(w, Map.of("median", median, "first", s[0], "seconds", s));
            line.append(String.format(Locale.ROOT, " %s %.3f s (first %.3f s)", w, median, s[0]));
        });
        out.println(line + (javaOpts.isEmpty() ? "" : " (java options for the jar " + javaOpts + ")"));
        return figures;
    }

    private static List<String> java(Path jar, List<String> javaOpts) {
        List<String> c = new ArrayList<>();
        c.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        c.addAll(javaOpts);
        c.add("-jar");
        c.add(jar.toString());
        return c;
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        List<String> c = new ArrayList<>();
        for (List<String> p : parts) c.addAll(p);
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
