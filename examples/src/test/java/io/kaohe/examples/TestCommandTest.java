package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestCommandTest {
    /** Policy-author scenarios: 50 hours split 25 + 25, two activities a semester, a peer review, three abilities. */
    static final String COMPLETE_DOSSIER = """
            teacher: {id: T-1, schoolId: S-1, stage: PRIMARY}
            cases:
              - name: %s
                clauses: [SD-01, SD-04]
                dossier:
                  records:
                    - {kind: ONLINE_COURSE, amount: 25, unit: HOUR, date: 2022-03-01}
                    - {kind: SCHOOL_PRACTICE, amount: 25, unit: HOUR, date: 2022-04-01}
                    - {kind: RESEARCH_ACTIVITY, amount: 2, unit: COUNT, date: 2022-03-15}
                    - {kind: PEER_REVIEW, amount: 1, unit: COUNT, date: 2022-05-01}
                  scores:
                    - {ability: A1, level: PASS, assessedOn: 2022-05-10}
                    - {ability: A3, level: PASS, assessedOn: 2022-05-10}
                    - {ability: B2, level: PASS, assessedOn: 2022-05-10}
                expect:
                  grade: %s
                  reasons:
                    - {clause: SD-01, met: true, contains: "50"}
            """;

    @Test
    void aPassingScenarioFileIsExit0(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("pass.yaml"), COMPLETE_DOSSIER.formatted("50 hours and three abilities pass", "PASS"));
        Cli.Result r = Cli.run("test", "--pack", "shandong", "--scenarios", dir);
        assertEquals(0, r.exit(), r::toString);
        assertEquals("1 passed, 0 failed", r.out().strip());
    }

    @Test
    void aFailingScenarioIsExit1ShowingTheDifferenceAndTheActualReasons(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a-pass.yaml"), COMPLETE_DOSSIER.formatted("passes", "PASS"));
        Files.writeString(dir.resolve("b-wrong.yaml"), COMPLETE_DOSSIER.formatted("wrongly expected excellent", "EXCELLENT"));
        Cli.Result r = Cli.run("test", "--pack", "shandong", "--scenarios", dir);
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.out().contains("FAIL b-wrong.yaml:3 › wrongly expected excellent"), "file, line of the case, name\n" + r);
        assertTrue(r.out().contains("expected 期望: grade EXCELLENT, unmet (not checked 不检查)"), r::toString);
        assertTrue(r.out().contains("actual   实际: grade PASS, unmet []"), r::toString);
        assertTrue(r.out().contains("expected EXCELLENT, actual PASS"), r::toString);
        assertTrue(r.out().contains("[met] SD-01"), "the actual reasons are listed\n" + r);
        assertFalse(r.out().contains("a-pass.yaml"), "passing cases are not listed");
        assertTrue(r.out().strip().endsWith("1 passed, 1 failed"), r::toString);
    }

    @Test
    void aBrokenScenarioFileIsExit1NamingTheFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.yaml"), "cases:\n  - name: x\n    dossier: {}\n    expect: {grade: GREAT}\n");
        Cli.Result r = Cli.run("test", "--pack", "shandong", "--scenarios", dir);
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.err().contains("broken.yaml"), r::toString);
    }

    @Test
    void withoutScenariosThePacksOwnRunAndAnEditThatBreaksThemIsExit1(@TempDir Path rules) throws Exception {
        Cli.Result shipped = Cli.run("test", "--pack", "shandong");
        assertEquals(0, shipped.exit(), shipped::toString);
        Files.createDirectories(rules.resolve("parameters"));
        String text = new String(io.kaohe.Kaohe.class.getClassLoader()
                .getResourceAsStream("io/kaohe/shandong/parameters/teacher.yaml").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        Files.writeString(rules.resolve("parameters/teacher.yaml"), text.replace("{value: 25, reference: \"肥教函〔2021〕2号 三(二)：25 学时在线学习\"}",
                "{value: 26, reference: \"edited\"}"));
        Cli.Result edited = Cli.run("test", "--pack", "shandong", "--rules-dir", rules, "--lang", "en");
        assertEquals(1, edited.exit(), edited::toString);
        assertTrue(edited.out().contains("case(s): SD-02 expected met, now unmet\n"), "grouped by cause (TestUpdateTest)\n" + edited);
        assertTrue(edited.out().contains("  sd-01-02-hours.yaml:"), edited::toString);
    }

    @Test
    void noScenariosOrNoDirectoryIsExit2(@TempDir Path dir) {
        assertEquals(2, Cli.run("test", "--pack", "shandong", "--scenarios", dir).exit());
        assertEquals(2, Cli.run("test", "--pack", "shandong", "--scenarios", dir.resolve("absent")).exit());
    }
}
