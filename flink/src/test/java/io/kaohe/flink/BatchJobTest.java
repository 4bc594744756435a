package io.kaohe.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.kaohe.Cohorts;
import io.kaohe.Engine;
import io.kaohe.Json;
import io.kaohe.Kaohe;
import io.kaohe.internal.json.Parsed;
import io.kaohe.internal.stream.TeacherStream;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.TeacherVerdict;

/**
 * The batch job on a local cluster (parallelism 2) against {@code kaohe assess} on the same file (a cohort from
 * {@code kaohe generate}, with more faults): the same verdict lines and reject lines, in any order, and per school the
 * counts {@link Cohorts#stats} gives for the teachers that got a verdict.
 */
class BatchJobTest {
    @RegisterExtension
    static final MiniClusterExtension CLUSTER = TestCohorts.cluster();

    @TempDir
    Path dir;

    @EachPack
    void sameVerdictsRejectsAndSchoolCountsAsKaoheAssess(String pack) throws Exception {
        Engine engine = Kaohe.pack(pack);
        List<String> lines = TestCohorts.withFaults(TestCohorts.generate(dir, pack, 300, 20261207L), 20261207L);
        Path file = dir.resolve(pack + ".jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        byte[] bytes = Files.readAllBytes(file);

        Path verdicts = dir.resolve("verdicts.jsonl");
        Path rejects = dir.resolve("rejects.jsonl");
        TestCohorts.kaohe("assess", "--pack", pack, "--in", file.toString(), "--out", verdicts.toString(), "--errors", rejects.toString());
        List<String> expectedVerdicts = sorted(TestCohorts.read(verdicts));
        List<String> expectedRejects = sorted(TestCohorts.read(rejects));
        // the file exercises every path: verdicts, bad JSON, bad fields, duplicates
        assertTrue(expectedVerdicts.size() > 220, "verdicts " + expectedVerdicts.size());
        assertTrue(expectedRejects.size() >= 12, "rejects " + expectedRejects.size());
        assertTrue(expectedRejects.stream().anyMatch(r -> r.contains("duplicate of line")), "a duplicate among " + expectedRejects);

        // school counts: Cohorts.stats over the dossiers kaohe assess gives a verdict to
        List<TeacherDossier> dossiers = TeacherStream.readAll(engine, new ByteArrayInputStream(bytes)).stream()
                .filter(Parsed::ok).map(Parsed::value).toList();
        List<TeacherVerdict> assessed = dossiers.stream().map(engine::assess).toList();
        List<String> expectedSchools = new ArrayList<>();
        Cohorts.stats(engine, dossiers, assessed).forEach((school, s) -> expectedSchools.add(Json.write(new SchoolStats(school, s))));
        expectedSchools.sort(null);
        assertTrue(expectedSchools.size() > 1, "schools " + expectedSchools);

        StreamExecutionEnvironment env = TestCohorts.env(RuntimeExecutionMode.BATCH);
        AssessJob.Outputs out = AssessJob.batch(AssessJob.readFile(env, file.toString()), pack);
        Map<Character, List<String>> got = collect(out.verdicts().map(v -> "V" + v)
                .union(out.rejects().map(r -> "R" + r), out.schools().map(s -> "S" + s)).executeAndCollect());

        assertEquals(expectedVerdicts, got.get('V'), "verdicts");
        assertEquals(expectedRejects, got.get('R'), "rejects");
        assertEquals(expectedSchools, got.get('S'), "school counts");
        assertEquals(lines.size(), got.get('V').size() + got.get('R').size(), "every line ends in exactly one output");
    }

    static List<String> sorted(List<String> lines) {
        List<String> out = new ArrayList<>(lines);
        out.sort(null);
        return out;
    }

    /** Tagged lines (first character) by tag, each list sorted. */
    static Map<Character, List<String>> collect(java.util.Iterator<String> tagged) throws Exception {
        Map<Character, List<String>> out = new TreeMap<>();
        for (char c : "VRS".toCharArray()) out.put(c, new ArrayList<>());
        tagged.forEachRemaining(t -> out.get(t.charAt(0)).add(t.substring(1)));
        if (tagged instanceof AutoCloseable c) c.close();
        out.values().forEach(l -> l.sort(null));
        return out;
    }
}
