package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.internal.json.Parsed;
import io.kaohe.internal.stream.LineOutput;
import io.kaohe.internal.stream.TeacherStream;
import io.kaohe.model.TeacherDossier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 17: verdicts and rejects are written as UTF-8 bytes by Jackson's generator, encoded once on the thread that
 * assessed them. The bytes must be exactly what the text of {@link KaoheJson#line} and a line break give through a
 * {@code Writer} (as before), over a generated cohort of each pack with its bad lines, and lines given odd texts:
 * escapes, U+2028, a non-BMP character, personal data to mask, and a lone surrogate written as a JSON escape.
 */
class StreamBytesTest {
    /** Texts put into teachers' IDs, names and evidence; {@code LONE} becomes the JSON escape of a lone surrogate. */
    private static final List<String> ODD = List.of("T-\u2028x", "T-\uD83D\uDE00-𠀀", "T-\"q\"\\b\t", "T-LONE", "T-37010219900101123X",
            "T-13812345678", "T-\\uD800", "T-\u007f\u0001");

    @ParameterizedTest
    @ValueSource(strings = {"shandong", "hunan", "liaoning", "zhejiang"})
    void bytesAreTheTextOfTheLineEncodedOnce(String pack, @TempDir Path dir) throws IOException {
        Path generated = dir.resolve("generated.jsonl");
        assertEquals(0, Cli.run("generate", "--pack", pack, "--teachers", "600", "--seed", "23", "--out", generated).exit());
        List<String> lines = new ArrayList<>(Files.readAllLines(generated, StandardCharsets.UTF_8));
        for (int i = 0; i < lines.size(); i += 7) lines.set(i, odd(lines.get(i), ODD.get((i / 7) % ODD.size())));
        byte[] input = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        Engine engine = Kaohe.pack(pack);

        // what the Writer path wrote: each line's text, encoded by an OutputStreamWriter
        ByteArrayOutputStream expectedVerdicts = new ByteArrayOutputStream();
        ByteArrayOutputStream expectedRejects = new ByteArrayOutputStream();
        Writer v = new OutputStreamWriter(expectedVerdicts, StandardCharsets.UTF_8);
        Writer r = new OutputStreamWriter(expectedRejects, StandardCharsets.UTF_8);
        int verdicts = 0, masked = 0, escaped = 0, lone = 0;
        for (Parsed<TeacherDossier> p : TeacherStream.readAll(engine, new ByteArrayInputStream(input))) {
            String line = p.ok() ? KaoheJson.line(engine.assess(p.value())) : KaoheJson.line(p.reject());
            (p.ok() ? v : r).write(line + "\n");
            if (p.ok()) verdicts++;
            if (line.contains("*")) masked++;
            if (line.contains("\\u")) escaped++;
            if (line.indexOf('\uD800') >= 0) lone++;
        }
        v.flush();
        r.flush();
        assertTrue(verdicts > 300 && expectedRejects.size() > 0, "verdicts and rejects both written");
        assertTrue(masked > 0 && escaped > 0 && lone > 0, "the cohort reaches the masking, the escapes and a lone surrogate");
        for (int threads : new int[] {1, 2}) {
            ByteArrayOutputStream gotVerdicts = new ByteArrayOutputStream();
            ByteArrayOutputStream gotRejects = new ByteArrayOutputStream();
            TeacherStream.assess(engine, new ByteArrayInputStream(input), LineOutput.of(gotVerdicts), LineOutput.of(gotRejects), threads);
            assertArrayEquals(expectedVerdicts.toByteArray(), gotVerdicts.toByteArray(), pack + " verdicts, threads " + threads);
            assertArrayEquals(expectedRejects.toByteArray(), gotRejects.toByteArray(), pack + " rejects, threads " + threads);
        }
    }

    /** The line with {@code text} in the teacher's ID and name and in every evidence piece's text. */
    private static String odd(String line, String text) {
        JsonNode tree = KaoheJson.MAPPER.readTree(line);
        if (!(tree instanceof ObjectNode o) || !(o.get("teacher") instanceof ObjectNode t)) return line;
        t.put("id", text);
        t.put("name", text.substring(2));
        for (JsonNode s : o.path("scores")) {
            for (JsonNode e : s.path("evidence")) if (e instanceof ObjectNode eo && eo.has("piece")) eo.put("piece", eo.get("piece").asString() + text);
        }
        return KaoheJson.MAPPER.writeValueAsString(o).replace("LONE", "\\ud800");
    }
}
