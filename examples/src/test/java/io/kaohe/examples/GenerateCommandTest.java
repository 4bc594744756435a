package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.kaohe.internal.json.KaoheJson;
import io.kaohe.model.Grade;
import tools.jackson.databind.JsonNode;

/** {@code kaohe generate}: reproducible, realistic cohorts whose deliberately bad lines all end as rejects. */
class GenerateCommandTest {
    private static final Pattern WROTE = Pattern.compile("wrote (\\d+) lines \\((\\d+) deliberately bad\\)");
    private static final Pattern SUMMARY = Pattern.compile("(\\d+) lines: (\\d+) verdicts, (\\d+) rejects");

    @Test
    void sameSeedSameBytesOtherSeedOtherCohort(@TempDir Path dir) throws IOException {
        for (String name : List.of("a", "b")) {
            assertEquals(0, Cli.run("generate", "--pack", "shandong", "--teachers", "300", "--seed", "9", "--out", dir.resolve(name)).exit());
        }
        assertEquals(0, Cli.run("generate", "--pack", "shandong", "--teachers", "300", "--seed", "10", "--out", dir.resolve("c")).exit());
        assertArrayEquals(Files.readAllBytes(dir.resolve("a")), Files.readAllBytes(dir.resolve("b")));
        assertFalse(Files.readString(dir.resolve("a")).equals(Files.readString(dir.resolve("c"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"shandong", "hunan", "liaoning", "zhejiang"})
    void everyBadLineIsRejectedAndEveryOtherAssessed(String pack, @TempDir Path dir) {
        Path cohort = dir.resolve("cohort.jsonl");
        Cli.Result gen = Cli.run("generate", "--pack", pack, "--teachers", "1500", "--seed", "3", "--out", cohort);
        assertEquals(0, gen.exit(), gen::toString);
        Matcher wrote = WROTE.matcher(gen.err());
        assertTrue(wrote.find(), gen::toString);
        long bad = Long.parseLong(wrote.group(2));
        assertTrue(bad > 0 && bad < 30, "about 5 in 1,000 bad: " + bad);
        assertEquals(1500, Cli.lines(cohort).size());

        Cli.Result run = Cli.run("assess", "--pack", pack, "--in", cohort, "--out", dir.resolve("v.jsonl"), "--errors", dir.resolve("r.jsonl"));
        Matcher m = SUMMARY.matcher(run.err());
        assertTrue(m.find(), run::toString);
        assertEquals(1500, Long.parseLong(m.group(1)));
        assertEquals(bad, Long.parseLong(m.group(3)), "rejects: " + Cli.lines(dir.resolve("r.jsonl")));

        // a spread, not one kind of teacher: several grades, several schools
        Set<Grade> grades = EnumSet.noneOf(Grade.class);
        for (String v : Cli.lines(dir.resolve("v.jsonl"))) grades.add(Grade.valueOf(KaoheJson.MAPPER.readTree(v).get("grade").asString()));
        assertTrue(grades.size() >= 3, pack + ": " + grades);
        Set<String> schools = new HashSet<>();
        for (String line : Cli.lines(cohort)) {
            try {
                JsonNode t = KaoheJson.MAPPER.readTree(line).get("teacher");
                if (t != null && t.has("schoolId")) schools.add(t.get("schoolId").asString());
            } catch (RuntimeException truncated) {
                // a deliberately malformed line
            }
        }
        assertTrue(schools.size() >= 5, pack + ": " + schools);
    }

    @Test
    void badArgumentsAreUsageErrors(@TempDir Path dir) {
        assertEquals(2, Cli.run("generate", "--pack", "atlantis", "--teachers", "5", "--out", dir.resolve("x")).exit());
        assertEquals(2, Cli.run("generate", "--pack", "shandong", "--teachers", "0", "--out", dir.resolve("x")).exit());
        assertFalse(Files.exists(dir.resolve("x")));
    }

    @Test
    void aPackWithoutAGeneratorIsAUsageErrorNamingThePacksThatHaveOne(@TempDir Path dir) {
        Cli.Result r = Cli.run("generate", "--pack", "atlantis", "--teachers", "5", "--out", dir.resolve("x"));
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("no cohort generator for 'atlantis' (hunan, liaoning, shandong, zhejiang)"), r.err());
    }

    /** The generators are the packs' ({@code RulePack.generator()}): the command line names no pack and switches over none. */
    @Test
    void theCommandLineKnowsNoPacksGenerator() throws IOException {
        assertEquals(List.of("hunan", "liaoning", "shandong", "zhejiang"), SyntheticCohort.packs(), "every shipped pack offers one");
        Pattern packName = Pattern.compile("\"(shandong|hunan|liaoning|zhejiang)\"|case \"");
        for (String file : List.of("SyntheticCohort.java", "GenerateCommand.java", "CheckCommand.java")) {
            String source = Files.readString(Path.of("src/main/java/io/kaohe/examples", file));
            assertEquals(List.of(), packName.matcher(source).results().map(java.util.regex.MatchResult::group).toList(), file + " names a pack");
        }
    }
}
