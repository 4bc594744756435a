package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kaohe.internal.json.KaoheJson;
import tools.jackson.databind.JsonNode;

class SchoolsCommandTest {
    @Test
    void assessesTheSampleSchools(@TempDir Path dir) {
        Path in = Cli.sample(Samples.SCHOOLS, dir);
        Cli.Result r = Cli.run("schools", "--pack", "shandong", "--in", in, "--out", dir.resolve("sv.jsonl"),
                "--errors", dir.resolve("sr.jsonl"));
        assertEquals(0, r.exit(), r::toString);
        List<String> verdicts = Cli.lines(dir.resolve("sv.jsonl"));
        assertEquals(Cli.lines(in).size(), verdicts.size() + Cli.lines(dir.resolve("sr.jsonl")).size());
        for (String line : verdicts) {
            JsonNode v = KaoheJson.MAPPER.readTree(line);
            assertEquals("shandong", v.get("pack").asString());
            assertEquals(Cli.shandong().policyVersion(), v.get("policyVersion").asString());
            assertTrue(List.of("FAIL", "PASS", "EXCELLENT").contains(v.get("grade").asString()), line);
            assertTrue(v.get("total").isNumber(), line);
            List<String> unmet = new ArrayList<>();
            v.get("unmet").forEach(c -> unmet.add(c.asString()));
            assertEquals(unmet.stream().sorted().distinct().toList(), unmet);
            for (JsonNode reason : v.get("reasons")) assertTrue(reason.get("clause").asString().matches("[A-Z]{2}-\\d{2}"));
        }
        assertTrue(r.err().contains(" lines: "), r::toString);
    }

    @Test
    void missingInputIsExit2(@TempDir Path dir) {
        Cli.Result r = Cli.run("schools", "--pack", "shandong", "--in", dir.resolve("none.jsonl"), "--out", dir.resolve("sv.jsonl"));
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("none.jsonl"), r::toString);
    }
}
