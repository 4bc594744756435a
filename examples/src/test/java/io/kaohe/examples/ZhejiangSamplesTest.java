package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.internal.stream.SchoolStream;
import io.kaohe.internal.stream.TeacherStream;
import io.kaohe.model.Grade;
import io.kaohe.model.SchoolVerdict;

class ZhejiangSamplesTest {
    static Map<String, String> generated;
    static final Engine ENGINE = Kaohe.pack("zhejiang");

    @BeforeAll
    static void generate() { generated = ZhejiangSamples.generate(); }

    /** If this fails, the generator changed: run ZhejiangSamples and commit the files. */
    @Test
    void theCommittedSamplesAreExactlyWhatTheGeneratorWrites() throws IOException {
        Samples samples = Samples.of("zhejiang").orElseThrow();
        assertEquals(Set.of(Samples.TEACHERS, Samples.SCHOOLS, Samples.COHORT, Samples.DEMO), generated.keySet());
        for (var f : generated.entrySet()) {
            try (InputStream in = samples.open(f.getKey())) {
                assertArrayEquals(f.getValue().getBytes(StandardCharsets.UTF_8), in.readAllBytes(), f.getKey()
                        + " drifted from ZhejiangSamples: java -cp examples/target/kaohe.jar io.kaohe.examples.ZhejiangSamples");
            }
        }
    }

    @Test
    void everyGradeAndEachBadLineEndsAsAReject() {
        StringWriter verdicts = new StringWriter();
        StringWriter rejects = new StringWriter();
        var counts = TeacherStream.assess(ENGINE, Samples.of("zhejiang").orElseThrow().open(Samples.TEACHERS), verdicts, rejects);
        assertEquals(3, counts.rejects(), rejects.toString());
        for (String kind : List.of("malformed JSON", "records[0].unit: CREDIT cannot be used for ONLINE_COURSE", "check digit"))
            assertTrue(rejects.toString().contains(kind), kind + " in\n" + rejects);
        Set<Grade> grades = EnumSet.noneOf(Grade.class);
        verdicts.toString().lines().forEach(l -> grades.add(Grade.valueOf(KaoheJson.MAPPER.readTree(l).get("grade").asString())));
        assertEquals(EnumSet.allOf(Grade.class), grades);
    }

    @Test
    void theSchoolsShowTheConflictTheMismatchAndTheClassRule() {
        StringWriter out = new StringWriter();
        SchoolStream.assess(ENGINE, Samples.of("zhejiang").orElseThrow().open(Samples.SCHOOLS), out, new StringWriter());
        List<SchoolVerdict> v = out.toString().lines().map(l -> KaoheJson.read(l, SchoolVerdict.class)).toList();
        assertEquals(List.of(List.of(), List.of("ZJ-03"), List.of(), List.of("ZJ-05"), List.of("ZJ-02")),
                v.stream().map(SchoolVerdict::unmet).toList());
        List<String> conflicts = v.stream().filter(s -> s.reasons().stream().anyMatch(r -> r.rule().equals("ZJ-03 人数上下限冲突 team bounds conflict")))
                .map(SchoolVerdict::schoolId).toList();
        assertEquals(List.of("Z-03", "Z-04", "Z-05"), conflicts, "the schools under 60 staff");
    }

    @Test
    void theDemoShowsTheZhejiangCounty(@TempDir Path dir) {
        Cli.Result r = Cli.run("demo", "--out", dir);
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("== zhejiang"), r::toString);
        assertTrue(r.out().contains("青溪县实验小学"), r::toString);
        assertTrue(r.out().contains("batch PHASE_2    IN_PROGRESS"), r::toString);
    }
}
