package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.kaohe.internal.json.KaoheJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Inputs for the report tests. */
final class ReportFixtures {
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String ATTRIBUTE = "\"><svg onload=alert(2)>'&amp;";
    static final String IMG = "<img src=x onerror=alert(3)>";

    private ReportFixtures() {}

    /** The Shandong sample cohort with markup in the county, a school's name and every teacher ID. */
    static Path injectedCohort(Path dir) {
        try {
            ObjectNode cohort = (ObjectNode) KaoheJson.MAPPER.readTree(Files.readString(Cli.sample(Samples.COHORT, dir), StandardCharsets.UTF_8));
            cohort.put("county", ATTRIBUTE);
            ((ObjectNode) cohort.get("schools").get(1)).put("name", SCRIPT);
            for (JsonNode t : cohort.get("teachers")) {
                ObjectNode teacher = (ObjectNode) t.get("teacher");
                teacher.put("id", IMG + teacher.get("id").asString());
            }
            return Files.writeString(dir.resolve("injected.json"), KaoheJson.MAPPER.writeValueAsString(cohort), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The HTML report of {@link #injectedCohort}. */
    static Path injectedReport(Path dir) {
        Path html = dir.resolve("injected.html");
        Cli.Result r = Cli.run("progress", "--pack", "shandong", "--in", injectedCohort(dir), "--as-of", "2022-11-20",
                "--out", dir.resolve("injected-progress.json"), "--html", html);
        assertEquals(0, r.exit(), r::toString);
        return html;
    }
}
