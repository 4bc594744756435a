package io.kaohe.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The table of issue #17 from one {@code bench/run-all.sh} run: reads the figures {@link Runner} appended
 * ({@code --json}) and JMH's JSON result, and writes a machine-readable summary and a Markdown table for RESULTS.md,
 * one column a pack, each cell marked against its goal.
 * <pre>Summary --results R.jsonl --jmh J.json --json OUT.json --md OUT.md [--packs "P …"] [--floors F.jsonl] [--meta key=value]...</pre>
 * {@code --packs}: the columns, the packs the run measured (default all four); {@code --floors}: {@link Floors}' results,
 * whose table is added below when the file exists.
 */
public final class Summary {
    private Summary() {}

    /** One cell: the text shown and whether it meets the row's goal (null: a reference figure, no goal). */
    record Cell(String text, Boolean met) {}

    /** One row of the table: what is measured, its goal, and how to read it from a pack's figures. */
    record Row(String id, String figure, String goal, Function<Figures, Cell> cell) {}

    /** A pack's figures: its Runner records by benchmark, and its JMH results by benchmark method. */
    record Figures(Map<String, Map<String, Object>> runner, Map<String, Map<String, Object>> jmh) {
        double number(String benchmark, String... path) {
            Object o = runner.get(benchmark);
            for (String p : path) o = o == null ? null : ((Map<?, ?>) o).get(p);
            if (o == null) throw new IllegalStateException("not measured: " + benchmark + " " + List.of(path));
            return ((Number) o).doubleValue();
        }

        double percentile(String method, String p) {
            Map<String, Object> r = jmh.get(method);
            if (r == null) throw new IllegalStateException("not measured: AssessBenchmark." + method);
            return ((Number) ((Map<?, ?>) ((Map<?, ?>) r.get("primaryMetric")).get("scorePercentiles")).get(p)).doubleValue();
        }
    }

    static final List<Row> ROWS = List.of(
            new Row("steady", "Kaohe, steady state (rounds 3–5 of 30,000 lines, one thread), lines per CPU second", "≥ 40,000",
                    f -> atLeast(f.number("throughput", "aPerCpuSecond"), 40_000, "%,.0f")),
            new Row("baseline", "… the hand-written baseline pipeline, same run, lines per CPU second", "(reference)",
                    f -> new Cell(String.format(Locale.ROOT, "%,.0f", f.number("throughput", "bPerCpuSecond")), null)),
            new Row("ratio", "… ratio Kaohe ÷ baseline, per CPU second, side by side in one run (alternating)", "≥ 0.5",
                    f -> atLeast(f.number("throughput", "cpuRatio"), 0.5, "%.3f")),
            new Row("warmup", "warm-up: first 30,000 lines of a fresh JVM ÷ steady state, per CPU second of the working thread "
                    + "(in brackets: per CPU second of the whole JVM, JIT and GC included; wall time)", "≥ 0.6",
                    f -> {
                        Cell c = atLeast(f.number("throughput", "aWarmupCpu"), 0.6, "%.2f");
                        return new Cell(c.text() + String.format(Locale.ROOT, " (JVM %.2f; wall %.2f)",
                                f.number("throughput", "aWarmupProcessCpu"), f.number("throughput", "aWarmupWall")), c.met());
                    }),
            new Row("launcher", "JVM start to first verdict, `examples/kaohe assess` on one dossier, median of 5 (first run in brackets)",
                    "≤ 0.5 s", f -> coldStart(f, "launcher", 0.5)),
            new Row("jar", "… plain `java -jar examples/target/kaohe.jar`, median of 5", "≤ 1.0 s", f -> coldStart(f, "jar", 1.0)),
            new Row("p99", "`Engine.assess` p99, JMH sample mode (p50 in brackets)", "≤ 50 µs",
                    f -> {
                        Cell c = atMost(f.percentile("kaohe", "99.0"), 50, "%,.0f µs");
                        return new Cell(c.text() + String.format(Locale.ROOT, " (%,.0f µs)", f.percentile("kaohe", "50.0")), c.met());
                    }),
            new Row("baselineP99", "… the hand-written baseline's `assess` p99 (p50 in brackets)", "(reference)",
                    f -> new Cell(String.format(Locale.ROOT, "%,.0f µs (%,.0f µs)", f.percentile("baseline", "99.0"),
                            f.percentile("baseline", "50.0")), null)),
            new Row("heap", "1,000,000 dossiers under `-Xmx256m`, 2 threads (most heap left after a full GC; lines per second)",
                    "passes", f -> {
                        if (!f.runner().containsKey("heap")) return new Cell("**fails** (no result: see heap-PACK.txt)", false);
                        boolean passes = Boolean.TRUE.equals(f.runner().get("heap").get("passes"));
                        double lines = f.number("heap", "lines");
                        // a smaller cohort (run-all.sh HEAP_TEACHERS) checks the script, not the goal
                        String only = lines < 1_000_000 ? String.format(Locale.ROOT, " (only %,.0f lines)", lines) : "";
                        return new Cell(String.format(Locale.ROOT, "%s%s, %.0f MB, %,.0f/s", passes ? "passes" : "**fails**", only,
                                f.number("heap", "maxAfterGcMb"), f.number("heap", "linesPerSecond")), passes && only.isEmpty());
                    }));

    public static void main(String[] args) throws IOException {
        Runner.Options o = new Runner.Options(args);
        Map<String, String> meta = new LinkedHashMap<>();
        for (String kv : o.all("--meta")) meta.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
        List<String> measured = o.value("--packs") == null ? Baseline.PACKS : List.of(o.value("--packs").trim().split("\\s+"));
        Map<String, Figures> packs = read(measured, o.path("--results"), o.value("--jmh") == null ? null : o.path("--jmh"));
        Map<String, Object> json = new LinkedHashMap<>(meta);
        List<Object> rows = new ArrayList<>();
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Measured %s at commit `%s`; load average before %s, after %s; %s; %s s for the whole run.%n%n",
                meta.get("date"), meta.get("commit"), meta.get("loadBefore"), meta.get("loadAfter"), meta.get("jvm"), meta.get("seconds")));
        md.append("| figure | goal |");
        for (String p : packs.keySet()) md.append(' ').append(Character.toUpperCase(p.charAt(0))).append(p.substring(1)).append(" |");
        md.append(" met? |\n|---|---|");
        md.append("---|".repeat(packs.size())).append("---|\n");
        for (Row row : ROWS) {
            Map<String, Object> values = new LinkedHashMap<>();
            md.append("| ").append(row.figure()).append(" | ").append(row.goal()).append(" |");
            List<String> missed = new ArrayList<>();
            boolean goal = false;
            for (Map.Entry<String, Figures> p : packs.entrySet()) {
                Cell c;
                try {
                    c = row.cell().apply(p.getValue());
                } catch (RuntimeException e) {
                    c = new Cell("not measured", row.goal().startsWith("(") ? null : false);
                }
                goal |= c.met() != null;
                if (Boolean.FALSE.equals(c.met())) missed.add(p.getKey());
                values.put(p.getKey(), Map.of("text", c.text(), "met", String.valueOf(c.met())));
                md.append(' ').append(c.text()).append(c.met() == null ? "" : c.met() ? " ✓" : " ✗").append(" |");
            }
            String met = !goal ? "—" : missed.isEmpty() ? "**yes**" : "no (" + String.join(", ", missed) + ")";
            md.append(' ').append(met).append(" |\n");
            rows.add(Map.of("id", row.id(), "figure", row.figure(), "goal", row.goal(), "packs", values, "met", met));
        }
        // bench/floors.sh's table, when run-all.sh ran it (FLOORS=1)
        if (o.value("--floors") != null && Files.exists(o.path("--floors"))) {
            Map<String, Map<String, Object>> floors = Floors.read(o.path("--floors"));
            if (!floors.isEmpty()) {
                md.append("\nFloors (`bench/floors.sh`, one JVM a pack; README.md, \"Floors\"):\n\n").append(Floors.table(floors, measured));
                json.put("floors", floors);
            }
        }
        json.put("rows", rows);
        json.put("figures", packs);
        Files.writeString(o.path("--json"), Runner.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n", StandardCharsets.UTF_8);
        Files.writeString(o.path("--md"), md, StandardCharsets.UTF_8);
        System.out.print(md);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Figures> read(List<String> measured, Path results, Path jmh) throws IOException {
        Map<String, Figures> packs = new LinkedHashMap<>();
        for (String p : measured) packs.put(p, new Figures(new LinkedHashMap<>(), new LinkedHashMap<>()));
        for (String line : Files.readAllLines(results, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            Map<String, Object> r = Runner.JSON.readValue(line, Map.class);
            Figures f = packs.get((String) r.get("pack"));
            if (f != null) f.runner().put((String) r.get("benchmark"), r);
        }
        if (jmh != null && Files.exists(jmh)) {
            for (Object o : Runner.JSON.readValue(Files.readString(jmh, StandardCharsets.UTF_8), List.class)) {
                Map<String, Object> r = (Map<String, Object>) o;
                String pack = (String) ((Map<String, Object>) r.get("params")).get("pack");
                String benchmark = (String) r.get("benchmark");
                if (packs.containsKey(pack)) packs.get(pack).jmh().put(benchmark.substring(benchmark.lastIndexOf('.') + 1), r);
            }
        }
        return packs;
    }

    private static Cell atLeast(double value, double goal, String format) {
        return new Cell(String.format(Locale.ROOT, format, value), value >= goal);
    }

    private static Cell atMost(double value, double goal, String format) {
        return new Cell(String.format(Locale.ROOT, format, value), value <= goal);
    }

    private static Cell coldStart(Figures f, String way, double goal) {
        Cell c = atMost(f.number("coldstart", way, "median"), goal, "%.2f s");
        return way.equals("launcher")
                ? new Cell(c.text() + String.format(Locale.ROOT, " (%.2f s)", f.number("coldstart", way, "first")), c.met()) : c;
    }
}
