package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kaohe.Engine;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.internal.stream.TeacherStream;
import io.kaohe.model.Grade;
import io.kaohe.model.TeacherDossier;
import tools.jackson.databind.JsonNode;

class AssessCommandTest {
    private static final Pattern SUMMARY = Pattern.compile("(\\d+) lines: (\\d+) verdicts, (\\d+) rejects");
    private static final List<String> CONTRACT = List.of("teacherId", "pack", "policyVersion", "eligible", "grade", "unmet", "reasons");

    @TempDir
    static Path dir;
    static Path input;
    static Cli.Result run;
    static List<String> verdicts;
    static List<String> rejects;

    @BeforeAll
    static void assessTheSample() {
        input = Cli.sample(Samples.TEACHERS, dir);
        run = Cli.run("assess", "--pack", "shandong", "--in", input, "--out", dir.resolve("v.jsonl"), "--errors", dir.resolve("r.jsonl"));
        verdicts = Cli.lines(dir.resolve("v.jsonl"));
        rejects = Cli.lines(dir.resolve("r.jsonl"));
    }

    @Test
    void everyInputLineEndsInExactlyOneOutput() {
        assertEquals(0, run.exit(), run::toString);
        assertFalse(rejects.isEmpty(), "the sample has deliberate bad lines");
        int lines = Cli.lines(input).size();
        assertEquals(lines, verdicts.size() + rejects.size());
        Set<Long> rejected = new HashSet<>();
        for (String r : rejects) assertTrue(rejected.add(KaoheJson.MAPPER.readTree(r).get("line").asLong()), r);
        Set<String> assessed = new HashSet<>();
        for (String v : verdicts) assertTrue(assessed.add(KaoheJson.MAPPER.readTree(v).get("teacherId").asString()), v);
    }

    @Test
    void summaryLineOnStderrCountsWhatWasWritten() {
        Matcher m = SUMMARY.matcher(run.err());
        assertTrue(m.find(), run::toString);
        assertEquals(Cli.lines(input).size(), Long.parseLong(m.group(1)));
        assertEquals(verdicts.size(), Long.parseLong(m.group(2)));
        assertEquals(rejects.size(), Long.parseLong(m.group(3)));
        assertEquals("", run.out(), "stdout stays clean");
    }

    @Test
    void verdictsFollowTheInterchangeFormatFieldByField() {
        Engine engine = Cli.shandong();
        for (String line : verdicts) {
            JsonNode v = KaoheJson.MAPPER.readTree(line);
            List<String> fields = new ArrayList<>(v.propertyNames());
            fields.retainAll(CONTRACT);
            assertEquals(CONTRACT, fields, "contract fields, in contract order: " + line);
            assertEquals("shandong", v.get("pack").asString());
            assertEquals(engine.policyVersion(), v.get("policyVersion").asString());
            Grade grade = Grade.valueOf(v.get("grade").asString());
            assertEquals(grade != Grade.INCOMPLETE, v.get("eligible").asBoolean(), line);
            List<String> unmet = new ArrayList<>();
            v.get("unmet").forEach(c -> unmet.add(c.asString()));
            assertEquals(unmet.stream().sorted().distinct().toList(), unmet, "sorted, no duplicates");
            assertEquals(grade.passed(), unmet.isEmpty(), line);
            Set<String> unmetReasonClauses = new HashSet<>();
            assertTrue(v.get("reasons").size() > 0);
            for (JsonNode r : v.get("reasons")) {
                String clause = r.get("clause").asString();
                assertTrue(clause.matches("[A-Z]{2}-\\d{2}"), clause);
                assertTrue(r.get("rule").asString().startsWith(clause), "rule names start with their clause");
                assertTrue(r.get("met").isBoolean());
                assertFalse(r.get("message").asString().isBlank());
                assertFalse(r.get("messageEn").asString().isBlank());
                if (!r.get("met").asBoolean()) unmetReasonClauses.add(clause);
            }
            assertTrue(unmetReasonClauses.containsAll(unmet), "every unmet clause has an unmet reason: " + line);
        }
    }

    @Test
    void eachVerdictIsTheEnginesVerdictOnThatLine() {
        Engine engine = Cli.shandong();
        var parsed = TeacherStream.readAll(engine, Cli.class.getResourceAsStream(
                Samples.of("shandong").orElseThrow().resource(Samples.TEACHERS)));
        Set<Long> rejected = new HashSet<>();
        rejects.forEach(r -> rejected.add(KaoheJson.MAPPER.readTree(r).get("line").asLong()));
        List<String> expected = new ArrayList<>();
        for (var p : parsed) {
            // readAll rejects exactly the lines `kaohe assess` rejects: it validates as assess does
            assertEquals(rejected.contains(p.line()), !p.ok(), "line " + p.line());
            if (!p.ok()) continue;
            TeacherDossier d = p.value();
            expected.add(KaoheJson.line(engine.assess(d)));
        }
        assertEquals(expected, verdicts);
    }

    @Test
    void noPersonalDataInAnyOutput() {
        List<String> personal = Cli.personalDataOfTheSample();
        assertTrue(personal.size() > 50, "the sample carries IDs and phones");
        String outputs = String.join("\n", verdicts) + String.join("\n", rejects) + run.err();
        for (String p : personal) assertFalse(outputs.contains(p), "personal data in an output");
    }

    @Test
    void rejectsGoToStderrWhenNoErrorsFileIsGiven(@TempDir Path tmp) {
        Path in = Cli.write(tmp.resolve("in.jsonl"),
                "{\"teacher\":{\"id\":\"T-1\",\"schoolId\":\"S-1\",\"stage\":\"PRIMARY\"},\"records\":[{\"kind\":\"ONLINE_COURSE\",\"amount\":25,\"unit\":\"HOUR\",\"date\":\"2022-03-01\"}]}",
                "{\"teacher\":{\"id\":\"T-2\",\"schoolId\":\"S-1\",\"stage\":\"PRIMARY\"},\"records\":[{\"kind\":\"ONLINE_COURSE\",\"amount\":-3,\"unit\":\"HOUR\",\"date\":\"2022-03-01\"}]}");
        Cli.Result r = Cli.run("assess", "--pack", "shandong", "--in", in, "--out", tmp.resolve("v.jsonl"));
        assertEquals(0, r.exit(), "rejects do not change the exit status");
        assertTrue(r.err().contains("{\"line\":2,\"teacherId\":\"T-2\",\"error\":\"records[0].amount: must not be negative (was -3)\"}"), r::toString);
        assertTrue(r.err().contains("2 lines: 1 verdicts, 1 rejects"), r::toString);
        assertEquals(1, Cli.lines(tmp.resolve("v.jsonl")).size());
    }

    @Test
    void missingInputIsExit2NamingThePathAndWritesNothing(@TempDir Path tmp) throws Exception {
        Path out = Cli.write(tmp.resolve("v.jsonl"), "previous run");
        Path missing = tmp.resolve("nope.jsonl");
        Cli.Result r = Cli.run("assess", "--pack", "shandong", "--in", missing, "--out", out);
        assertEquals(2, r.exit());
        // (masked as every message is: JUnit's temporary directory has a 19-digit run, read as an ID inside a longer run)
        assertTrue(r.err().contains(Cli.shown(missing)), r::toString);
        assertFalse(r.err().contains("\tat "), "no stack trace for a user error");
        assertEquals(List.of("previous run"), Cli.lines(out), "the previous output is left as it was");
        try (var files = Files.list(tmp)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void unknownPackIsExit2ListingInstalledPacks(@TempDir Path tmp) {
        Cli.Result r = Cli.run("assess", "--pack", "atlantis", "--in", Cli.write(tmp.resolve("in.jsonl"), "{}"),
                "--out", tmp.resolve("v.jsonl"));
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("atlantis") && r.err().contains("shandong"), r::toString);
        assertFalse(Files.exists(tmp.resolve("v.jsonl")));
    }

    @Test
    void outputIntoAMissingDirectoryIsExit2(@TempDir Path tmp) {
        Cli.Result r = Cli.run("assess", "--pack", "shandong", "--in", input, "--out", tmp.resolve("no/such/dir/v.jsonl"));
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("does not exist"), r::toString);
    }

    @Test
    void writingOverTheInputIsRefused(@TempDir Path tmp) {
        Path in = Cli.write(tmp.resolve("in.jsonl"), firstLines(2));
        Cli.Result r = Cli.run("assess", "--pack", "shandong", "--in", in, "--out", tmp.resolve("./in.jsonl"));
        assertEquals(2, r.exit());
        assertEquals(2, Cli.lines(in).size(), "the input is untouched");
        assertEquals(2, Cli.run("assess", "--pack", "shandong", "--in", in, "--out", tmp.resolve("v"), "--errors", tmp.resolve("v")).exit());
    }

    @Test
    void missingRequiredOptionIsExit2() {
        assertEquals(2, Cli.run("assess", "--pack", "shandong").exit());
        assertEquals(2, Cli.run().exit());
        assertEquals(2, Cli.run("assess", "--pack", "shandong", "--bogus").exit());
    }

    @Test
    void successLeavesNoTemporaryFiles() throws Exception {
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")));
        }
    }

    @Test
    void rulesDirParametersChangeTheVerdicts(@TempDir Path tmp) throws Exception {
        Path rules = Files.createDirectories(tmp.resolve("rules/parameters"));
        String yaml = new String(Cli.class.getResourceAsStream("/io/kaohe/shandong/parameters/teacher.yaml").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        String stricter = yaml.replace("{value: 25, reference: \"肥教函〔2021〕2号 三(二)：25 学时在线学习\"}",
                "{value: 500, reference: \"test: an impossible online minimum\"}");
        assertNotEquals(yaml, stricter, "the edit applies");
        Files.writeString(rules.resolve("teacher.yaml"), stricter);
        Path small = Cli.write(tmp.resolve("in.jsonl"), firstLines(3));
        Cli.Result r = Cli.run("assess", "--pack", "shandong", "--in", small, "--out", tmp.resolve("v.jsonl"),
                "--rules-dir", tmp.resolve("rules"));
        assertEquals(0, r.exit(), r::toString);
        for (String line : Cli.lines(tmp.resolve("v.jsonl"))) {
            JsonNode v = KaoheJson.MAPPER.readTree(line);
            assertEquals("INCOMPLETE", v.get("grade").asString(), line);
            assertTrue(v.get("unmet").toString().contains("SD-02"), line);
            assertNotEquals(Cli.shandong().policyVersion(), v.get("policyVersion").asString(), "edited files, new policy version");
        }
    }

    /** The first valid lines of the sample. */
    private static String[] firstLines(int n) {
        return Cli.lines(input).subList(0, n).toArray(String[]::new);
    }
}
