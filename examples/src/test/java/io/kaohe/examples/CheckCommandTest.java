package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    static final String DRL = "teacher-eligibility.drl";

    static String shipped(String file) throws IOException {
        try (var in = CheckCommandTest.class.getResourceAsStream("/io/kaohe/shandong/" + file)) {
            assertNotNull(in, "the pack ships its DRL text");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void anUnchangedCopyIsOk(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(DRL), shipped(DRL));
        Cli.Result r = Cli.run("check", "--pack", "shandong", "--rules-dir", dir);
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().startsWith("OK: "), r::toString);
    }

    @Test
    void aSyntaxErrorIsExit1WithFileAndLine(@TempDir Path dir) throws IOException {
        List<String> lines = new java.util.ArrayList<>(shipped(DRL).lines().toList());
        int broken = lines.indexOf("    $t : TeacherFacts()");
        assertTrue(broken > 0);
        lines.set(broken, "    $t : TeacherFacts( ==== )");
        Files.write(dir.resolve(DRL), lines, StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("check", "--pack", "shandong", "--rules-dir", dir);
        assertEquals(1, r.exit(), r::toString);
        List<String> problems = r.out().lines().toList();
        assertFalse(problems.isEmpty());
        for (String p : problems) assertTrue(p.matches("[^:]+:\\d+:\\d+: .+"), "file:line:column: message — " + p);
        assertTrue(r.out().contains(DRL + ":" + (broken + 1) + ":"), "points at the broken line " + (broken + 1) + "\n" + r);
    }

    @Test
    void aMissingRulesDirIsExit2(@TempDir Path dir) {
        Cli.Result r = Cli.run("check", "--pack", "shandong", "--rules-dir", dir.resolve("absent"));
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("absent"), r::toString);
    }
}
