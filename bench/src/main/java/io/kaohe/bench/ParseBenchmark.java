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

import io.kaohe.internal.json.ByteLines;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.internal.json.LineParser;
import io.kaohe.internal.json.Parsed;
import io.kaohe.model.TeacherDossier;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 17: reading a line of a generated cohort (one per pack, {@code kaohe generate}, bad lines included), side by
 * side in one run, from the same bytes: {@code binding} is what {@code kaohe assess} does to a line ({@link LineParser}:
 * the UTF-8 check, the record bound through one cached reader, the reject and its text for a bad line); {@code tree}
 * reads it into a Jackson tree with the same mapper (the same strictness: duplicate keys are errors); {@code plainTree}
 * with Jackson's default mapper. The goal is {@code tree / binding} of at most 1.5 (the scores are lines a second).
 * <pre>java -cp "$CP" org.openjdk.jmh.Main ParseBenchmark -wi 3 -w 2 -i 5 -r 2 -f 1</pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParseBenchmark {
    @State(Scope.Benchmark)
    public static class Lines {
        @Param({"shandong", "hunan", "liaoning", "zhejiang"})
        public String pack;
        @Param({"5000"})
        public int teachers;

        byte[][] lines;
        final LineParser<TeacherDossier> parser = LineParser.teachers();
        final ObjectReader tree = KaoheJson.MAPPER.reader();
        final ObjectReader plain = JsonMapper.builder().build().reader();

        @Setup(Level.Trial)
        public void generate() throws Exception {
            Path file = Files.createTempFile("kaohe-parse-" + pack, ".jsonl");
            try {
                Cohorts.generate(pack, teachers, 17, file);
                List<String> text = Files.readAllLines(file);
                lines = text.stream().map(l -> l.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toArray(byte[][]::new);
            } finally {
                Files.delete(file);
            }
        }
    }

    /** Each thread walks the cohort from its own position. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        int next(Lines l) {
            int i = next;
            next = i + 1 == l.lines.length ? 0 : i + 1;
            return i;
        }
    }

    @Benchmark
    public Parsed<TeacherDossier> binding(Lines l, Cursor c) {
        int i = c.next(l);
        return l.parser.parse(new ByteLines.Line(i + 1, l.lines[i]));
    }

    @Benchmark
    public JsonNode tree(Lines l, Cursor c) { return tree(l.tree, l.lines[c.next(l)]); }

    @Benchmark
    public JsonNode plainTree(Lines l, Cursor c) { return tree(l.plain, l.lines[c.next(l)]); }

    private static JsonNode tree(ObjectReader reader, byte[] line) {
        try {
            return reader.readTree(line);
        } catch (JacksonException e) {
            return null;   // a bad line: refused, as the binding refuses it
        }
    }
}
