package io.kaohe.bench;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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


import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.internal.engine.PackEngine;
import io.kaohe.internal.engine.PackRules;
import io.kaohe.internal.json.ByteLines;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.internal.json.LineParser;
import io.kaohe.internal.json.Parsed;
import io.kaohe.internal.rules.Checks;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.TeacherVerdict;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;

/**
 * Issue 17's floors: the CPU a line of each stage of the pipeline, measured side by side in one JVM over a cohort (one
 * thread, CPU time of that thread, as the throughput row), beside the lower bound of the stages Kaohe alone pays, and
 * from them the most lines per CPU second Kaohe could reach if each of its own stages cost no more than its floor.
 * <p>The cohort is split into chunks of lines; within a chunk every stage runs in turn on the output of the one before
 * (lines → records → valid dossiers → facts → sessions; dossiers → verdicts → bytes), so a change in the machine's load
 * hits every stage alike. Each round also runs the whole pipeline ({@link Runner#pass}) of Kaohe and of the pack's
 * hand-written baseline over the same file, alternating. Rounds before {@code --warmup} are not counted; a stage's
 * figure is the median of the counted rounds, in µs of CPU per line of the cohort (bad lines included, as the
 * throughput row counts them), so the stages of one side add up to about its whole line.
 * <pre>java -cp "$CP" io.kaohe.bench.Floors --pack P --in FILE [--rounds 4] [--warmup 1] [--json R.jsonl]
 * java -cp "$CP" io.kaohe.bench.Floors table --results R.jsonl [--packs "shandong hunan …"]   (the Markdown table)</pre>
 */
public final class Floors {
    private Floors() {}

    /** One stage: its key in the JSON, what the table calls it, and who pays for it. */
    record Stage(String key, String text, String who) {}

    static final List<Stage> STAGES = List.of(
            new Stage("split", "reading the file and splitting it into lines (`ByteLines`)", "both"),
            new Stage("tree", "parse floor: a Jackson tree from the same bytes (the project's mapper)", "floor of `bind`"),
            new Stage("bind", "binding to records as shipped (`LineParser`: UTF-8 check, record; a bad line read again)", "both"),
            new Stage("validate", "validation (`Engine.validate`)", "both"),
            new Stage("facts", "building the facts (`TeacherFacts`, the pack's own facts, the parameters of the date)", "Kaohe"),
            new Stage("session0", "a Drools session of the pack's KieBase with no facts (pool session, global, listener, "
                    + "execute): the fixed cost", "Kaohe (floor of `session`)"),
            new Stage("session", "the Drools session over the facts, as shipped (rules fire, reasons recorded, messages "
                    + "rendered)", "Kaohe"),
            new Stage("assess", "`Engine.assess` whole (validation, facts, session, verdict)", "Kaohe"),
            new Stage("write", "writing the verdict as shipped (`KaoheJson.bytes`: Jackson's UTF-8 generator, into a buffered stream)", "Kaohe"),
            new Stage("writeBytes", "writing the verdict with Jackson straight to UTF-8 bytes (`writeValueAsBytes`)", "floor of `write`"),
            new Stage("encode", "encoding the verdict's text to UTF-8 alone (`String.getBytes`, text made beforehand)",
                    "part of `write`"),
            new Stage("generator", "writing the same JSON from a Jackson tree of the verdict (made beforehand) to bytes: the "
                    + "generator's own cost, whatever the object model", "floor of `writeBytes`"),
            new Stage("copy", "copying the verdict's bytes (already made) into the output buffer", "floor of `write`"),
            new Stage("baseline", "the baseline's `assess` (validation, hand-written rules, verdict)", "baseline"),
            new Stage("baselineWrite", "writing the baseline's verdict as shipped", "baseline"),
            new Stage("kaoheLine", "Kaohe's whole line (`TeacherStream`, one thread)", "Kaohe"),
            new Stage("baselineLine", "the baseline's whole line (`TeacherStream`, one thread)", "baseline"));

    /** Lines a chunk: small enough that a chunk's verdicts stay in the cache-friendly young generation, large enough not to time the timer. */
    static final int CHUNK = 500;

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("table")) {
            Runner.Options o = new Runner.Options(args);
            List<String> packs = o.value("--packs") == null ? Baseline.PACKS : List.of(o.value("--packs").trim().split("\\s+"));
            System.out.print(table(read(o.path("--results")), packs));
            return;
        }
        Runner.Options o = new Runner.Options(args);
        String pack = o.value("--pack") == null ? "shandong" : o.value("--pack");
        Map<String, Object> f = run(pack, o.path("--in"), o.integer("--rounds", 4), o.integer("--warmup", 1), System.out);
        if (o.value("--json") != null) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("benchmark", "floors");
            line.put("pack", pack);
            line.putAll(f);
            Files.writeString(Path.of(o.value("--json")), Runner.JSON.writeValueAsString(line) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    /** Every stage of {@link #STAGES} over the file, {@code rounds} times; the figures of the rounds from {@code warmup} on. */
    public static Map<String, Object> run(String pack, Path in, int rounds, int warmup, PrintStream out) throws IOException {
        if (warmup >= rounds) throw new IllegalArgumentException("--warmup " + warmup + " leaves no round of " + rounds);
        Engine kaohe = Kaohe.pack(pack);
        BaselineEngine baseline = new BaselineEngine(kaohe);
        Cut cut = new Cut(kaohe);
        byte[] file = Files.readAllBytes(in);
        List<byte[]> lines = split(file);
        int n = lines.size();
        Map<String, List<Double>> perLine = new LinkedHashMap<>();
        long verdictBytes = 0;
        int verdicts = 0;
        for (int round = 0; round < rounds; round++) {
            Map<String, Long> nanos = new LinkedHashMap<>();
            STAGES.forEach(s -> nanos.put(s.key(), 0L));
            Clock clock = new Clock(nanos);
            // the whole pipeline of each side, alternating which goes first
            for (int side = 0; side < 2; side++) {
                boolean k = (side == 0) == (round % 2 == 0);
                Runner.Pass p = Runner.pass(k ? kaohe : baseline, in, 1);
                nanos.put(k ? "kaoheLine" : "baselineLine", p.cpuNanos());
            }
            clock.start();
            try (ByteLines reader = new ByteLines(new ByteArrayInputStream(file))) {
                while (reader.next() != null) { /* split only */ }
            }
            clock.stop("split");
            long bytes = 0;
            int made = 0;
            try (OutputStream shipped = Runner.discarding(); OutputStream raw = new BufferedOutputStream(OutputStream.nullOutputStream(), 1 << 16)) {
                for (int from = 0; from < n; from += CHUNK) {
                    List<byte[]> chunk = lines.subList(from, Math.min(n, from + CHUNK));
                    clock.start();
                    int trees = 0;
                    for (byte[] b : chunk) trees += cut.tree(b) ? 1 : 0;
                    clock.stop("tree");
                    List<TeacherDossier> parsed = new ArrayList<>(chunk.size());
                    clock.start();
                    for (int i = 0; i < chunk.size(); i++) {
                        Parsed<TeacherDossier> p = cut.parser.parse(new ByteLines.Line(from + i + 1, chunk.get(i)));
                        if (p.ok()) parsed.add(p.value());
                    }
                    clock.stop("bind");
                    List<TeacherDossier> valid = new ArrayList<>(parsed.size());
                    clock.start();
                    for (TeacherDossier d : parsed) if (kaohe.validate(d).isEmpty()) valid.add(d);
                    clock.stop("validate");
                    List<List<Object>> facts = new ArrayList<>(valid.size());
                    clock.start();
                    for (TeacherDossier d : valid) facts.add(cut.facts(d));
                    clock.stop("facts");
                    clock.start();
                    for (TeacherDossier d : valid) cut.session(d, List.of());
                    clock.stop("session0");
                    clock.start();
                    for (int i = 0; i < valid.size(); i++) cut.session(valid.get(i), facts.get(i));
                    clock.stop("session");
                    facts = null;
                    List<TeacherVerdict> vs = assessAndWrite(kaohe, valid, shipped, clock, "assess", "write");
                    List<byte[]> encoded = new ArrayList<>(vs.size());
                    clock.start();
                    for (TeacherVerdict v : vs) {
                        byte[] b = cut.verdicts.writeValueAsBytes(v);
                        raw.write(b);
                        raw.write('\n');
                        encoded.add(b);
                    }
                    clock.stop("writeBytes");
                    if (round == 0) {
                        // the floors write the contract's bytes, no fewer: Jackson's bytes are the shipped verdict's
                        for (int i = 0; i < vs.size(); i++) {
                            if (!Arrays.equals(encoded.get(i), KaoheJson.line(vs.get(i)).getBytes(StandardCharsets.UTF_8))) {
                                throw new IllegalStateException("writeValueAsBytes differs from the shipped verdict of "
                                        + vs.get(i).teacherId());
                            }
                        }
                    }
                    List<String> texts = new ArrayList<>(vs.size());
                    List<tools.jackson.databind.JsonNode> verdictTrees = new ArrayList<>(vs.size());
                    for (byte[] b : encoded) {
                        texts.add(new String(b, StandardCharsets.UTF_8));
                        verdictTrees.add(cut.trees.readTree(b));
                    }
                    clock.start();
                    for (String t : texts) raw.write(t.getBytes(StandardCharsets.UTF_8));
                    clock.stop("encode");
                    clock.start();
                    for (tools.jackson.databind.JsonNode t : verdictTrees) {
                        raw.write(cut.nodes.writeValueAsBytes(t));
                        raw.write('\n');
                    }
                    clock.stop("generator");
                    texts = null;
                    verdictTrees = null;
                    clock.start();
                    for (byte[] b : encoded) {
                        raw.write(b);
                        raw.write('\n');
                    }
                    clock.stop("copy");
                    for (byte[] b : encoded) bytes += b.length + 1;
                    made += vs.size();
                    vs = null;
                    encoded = null;
                    assessAndWrite(baseline, valid, shipped, clock, "baseline", "baselineWrite");
                    if (trees < 0) throw new AssertionError();   // keeps the tree parse from being optimised away
                }
            }
            verdictBytes = bytes;
            verdicts = made;
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s round %d%s:", pack, round + 1,
                    round < warmup ? " (warm-up)" : ""));
            for (Map.Entry<String, Long> e : nanos.entrySet()) {
                double us = e.getValue() / 1000.0 / n;
                line.append(String.format(Locale.ROOT, " %s %.2f", e.getKey(), us));
                if (round >= warmup) perLine.computeIfAbsent(e.getKey(), x -> new ArrayList<>()).add(us);
            }
            out.println(line.append(" µs/line"));
        }
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("lines", n);
        f.put("verdicts", verdicts);
        f.put("verdictBytesPerVerdict", verdicts == 0 ? 0 : (double) verdictBytes / verdicts);
        f.put("rounds", rounds);
        f.put("warmupRounds", warmup);
        Map<String, Double> median = new LinkedHashMap<>();
        perLine.forEach((k, v) -> median.put(k, Runner.median(v.stream().mapToDouble(Double::doubleValue).toArray())));
        f.put("usPerLine", median);
        f.put("usPerLineRounds", perLine);
        f.put("reachable", reachable(median));
        out.print(table(Map.of(pack, f), List.of(pack)));
        return f;
    }

    /** Assesses the dossiers (timed as {@code assessStage}), then writes the verdicts as shipped (timed as {@code writeStage}). */
    private static List<TeacherVerdict> assessAndWrite(Engine engine, List<TeacherDossier> dossiers, OutputStream out, Clock clock,
                                                       String assessStage, String writeStage) throws IOException {
        List<TeacherVerdict> vs = new ArrayList<>(dossiers.size());
        clock.start();
        for (TeacherDossier d : dossiers) vs.add(engine.assess(d));
        clock.stop(assessStage);
        clock.start();
        for (TeacherVerdict v : vs) {
            out.write(KaoheJson.bytes(v));
            out.write('\n');
        }
        clock.stop(writeStage);
        return vs;
    }

    /**
     * From the medians (µs a line): what the pipeline costs whatever the engine ({@code shared}: the baseline's whole line
     * less its own rules and writing), and Kaohe's line if each stage it alone pays cost only its floor.
     */
    static Map<String, Double> reachable(Map<String, Double> us) {
        Map<String, Double> r = new LinkedHashMap<>();
        double baselineLine = us.get("baselineLine");
        double rest = us.get("assess") - us.get("validate") - us.get("facts") - us.get("session");
        r.put("verdictObject", rest);
        double shared = baselineLine - (us.get("baseline") - us.get("validate")) - us.get("baselineWrite");
        r.put("shared", shared);
        r.put("kaohePastShared", us.get("kaoheLine") - shared);
        // A: facts, rules and the verdict object free; a session's fixed cost and a byte copy of the verdict remain
        r.put("floorCopy", shared + us.get("session0") + us.get("copy"));
        // B: as A, the verdict's JSON made by Jackson's generator (from a tree made beforehand: no databind)
        r.put("floorGenerator", shared + us.get("session0") + us.get("generator"));
        // C: as A, the verdict serialised by Jackson databind straight to bytes (what a byte writer can reach today)
        r.put("floorJackson", shared + us.get("session0") + us.get("writeBytes"));
        // D: as C, and facts as today (the rules still need facts)
        r.put("floorJacksonFacts", shared + us.get("session0") + us.get("facts") + us.get("writeBytes"));
        // E: as C with the binding at a tree parse's speed, for both sides
        double parseGain = us.get("bind") - us.get("tree");
        r.put("floorJacksonTreeParse", shared - parseGain + us.get("session0") + us.get("writeBytes"));
        r.put("baselineLineTreeParse", baselineLine - parseGain);
        return r;
    }

    /** The Markdown table: one column a pack, µs of CPU a line, then the reachable lines per CPU second and ratios. */
    @SuppressWarnings("unchecked")
    static String table(Map<String, Map<String, Object>> byPack, List<String> packs) {
        List<String> cols = packs.stream().filter(byPack::containsKey).toList();
        StringBuilder md = new StringBuilder("| µs of CPU a line (median of rounds; one thread) | who pays |");
        for (String p : cols) md.append(' ').append(Character.toUpperCase(p.charAt(0))).append(p.substring(1)).append(" |");
        md.append("\n|---|---|").append("---:|".repeat(cols.size())).append('\n');
        for (Stage s : STAGES) {
            md.append("| ").append(s.text()).append(" | ").append(s.who()).append(" |");
            for (String p : cols) md.append(String.format(Locale.ROOT, " %.2f |", us(byPack.get(p)).get(s.key())));
            md.append('\n');
        }
        row(md, "… of which the verdict object after the session (`assess` − validation − facts − session)", "Kaohe", cols,
                p -> reach(byPack.get(p)).get("verdictObject"), "%.2f");
        row(md, "the pipeline whatever the engine (the baseline's line − its rules − its writing)", "both", cols,
                p -> reach(byPack.get(p)).get("shared"), "%.2f");
        row(md, "Kaohe's line beyond that", "Kaohe", cols, p -> reach(byPack.get(p)).get("kaohePastShared"), "%.2f");
        row(md, "bytes a verdict (UTF-8, with its line break)", "", cols,
                p -> ((Number) byPack.get(p).get("verdictBytesPerVerdict")).doubleValue(), "%,.0f");
        md.append("| **lines per CPU second** | goal |").append(" |".repeat(cols.size())).append('\n');
        row(md, "Kaohe now (whole line, this run)", "≥ 40,000", cols, p -> 1e6 / us(byPack.get(p)).get("kaoheLine"), "%,.0f");
        row(md, "the baseline now (whole line, this run)", "", cols, p -> 1e6 / us(byPack.get(p)).get("baselineLine"), "%,.0f");
        row(md, "A. Kaohe if facts, rules and the verdict object cost nothing and writing were a byte copy: shared + empty "
                + "session + copy", "≥ 40,000", cols, p -> 1e6 / reach(byPack.get(p)).get("floorCopy"), "%,.0f");
        row(md, "B. as A, the verdict's JSON made by Jackson's generator (no databind): shared + empty session + `generator`",
                "≥ 40,000", cols, p -> 1e6 / reach(byPack.get(p)).get("floorGenerator"), "%,.0f");
        row(md, "C. as A, the verdict written by Jackson databind straight to bytes: shared + empty session + `writeBytes`",
                "≥ 40,000", cols, p -> 1e6 / reach(byPack.get(p)).get("floorJackson"), "%,.0f");
        row(md, "D. as C, with today's facts: shared + empty session + facts + `writeBytes`", "≥ 40,000", cols,
                p -> 1e6 / reach(byPack.get(p)).get("floorJacksonFacts"), "%,.0f");
        row(md, "E. as C, and binding at a tree parse's speed", "≥ 40,000", cols,
                p -> 1e6 / reach(byPack.get(p)).get("floorJacksonTreeParse"), "%,.0f");
        md.append("| **ratio Kaohe ÷ baseline, per CPU second** | goal |").append(" |".repeat(cols.size())).append('\n');
        row(md, "now (this run)", "≥ 0.5", cols, p -> us(byPack.get(p)).get("baselineLine") / us(byPack.get(p)).get("kaoheLine"), "%.3f");
        for (String[] k : new String[][] {{"A", "floorCopy"}, {"B", "floorGenerator"}, {"C", "floorJackson"}, {"D", "floorJacksonFacts"}}) {
            row(md, k[0] + " (against the baseline's line as it is)", "≥ 0.5", cols,
                    p -> us(byPack.get(p)).get("baselineLine") / reach(byPack.get(p)).get(k[1]), "%.3f");
        }
        row(md, "E (the baseline's binding at a tree parse's speed too)", "≥ 0.5", cols,
                p -> reach(byPack.get(p)).get("baselineLineTreeParse") / reach(byPack.get(p)).get("floorJacksonTreeParse"), "%.3f");
        return md.toString();
    }

    private static void row(StringBuilder md, String text, String who, List<String> cols,
                            java.util.function.Function<String, Double> value, String format) {
        md.append("| ").append(text).append(" | ").append(who).append(" |");
        for (String p : cols) md.append(' ').append(String.format(Locale.ROOT, format, value.apply(p))).append(" |");
        md.append('\n');
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Double> us(Map<String, Object> f) { return (Map<String, Double>) f.get("usPerLine"); }

    @SuppressWarnings("unchecked")
    private static Map<String, Double> reach(Map<String, Object> f) { return (Map<String, Double>) f.get("reachable"); }

    /** The floors records of a results file ({@code --json}), by pack; the last one of a pack wins. */
    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> read(Path results) throws IOException {
        Map<String, Map<String, Object>> byPack = new LinkedHashMap<>();
        for (String line : Files.readAllLines(results, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            Map<String, Object> r = Runner.JSON.readValue(line, Map.class);
            if ("floors".equals(r.get("benchmark"))) byPack.put((String) r.get("pack"), r);
        }
        return byPack;
    }

    /** The file's lines as {@link ByteLines} hands them to the parser (no line break, no CR; a generated cohort has no BOM). */
    static List<byte[]> split(byte[] file) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= file.length; i++) {
            if (i == file.length ? i > start : file[i] == '\n') {
                int end = i > start && file[i - 1] == '\r' ? i - 1 : i;
                lines.add(Arrays.copyOfRange(file, start, end));
                start = i + 1;
            }
        }
        return lines;
    }

    /** Adds up the CPU time of the calling thread by stage. */
    private static final class Clock {
        private final ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        private final Map<String, Long> nanos;
        private long t0;

        Clock(Map<String, Long> nanos) { this.nanos = nanos; }

        void start() { t0 = cpu.getCurrentThreadCpuTime(); }

        void stop(String stage) { nanos.merge(stage, cpu.getCurrentThreadCpuTime() - t0, Long::sum); }
    }

    /** The stages of {@code Engine.assess} taken apart through the engine's internal classes, as {@link PackEngine} runs them. */
    static final class Cut {
        final LineParser<TeacherDossier> parser = LineParser.teachers();
        final ObjectReader trees = KaoheJson.MAPPER.reader();
        final ObjectWriter verdicts = KaoheJson.MAPPER.writerFor(TeacherVerdict.class);
        final ObjectWriter nodes = KaoheJson.MAPPER.writer();
        private final PackEngine engine;
        private final PackRules rules;

        Cut(Engine engine) {
            this.engine = PackEngine.of(engine);
            this.rules = this.engine.rules();
        }

        boolean tree(byte[] line) {
            try {
                return trees.readTree(line) != null;
            } catch (JacksonException e) {
                return false;
            }
        }

        /** The facts {@code PackEngine.assess} gives the session. */
        List<Object> facts(TeacherDossier d) { return engine.facts(rules, d, PackEngine.parameters(rules, d)); }

        /** A session as {@code PackEngine.assess} runs it, over {@code facts} (none: the fixed cost of a session). */
        Checks session(TeacherDossier d, List<Object> facts) {
            return PackEngine.session(rules, PackEngine.parameters(rules, d), facts);
        }
    }
}
