package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The bad-input matrix (docs/bad-input.md) through {@code kaohe schools}: every row completes, exit 0, nothing lost. */
class SchoolsBadInputTest {
    @ParameterizedTest(name = "{0}")
    @EnumSource(BadInput.class)
    void schools(BadInput row, @TempDir Path dir) throws Exception {
        Path in = Files.write(dir.resolve("input.jsonl"), row.schools);
        Cli.Result r = Cli.run("schools", "--pack", "shandong", "--in", in, "--out", dir.resolve("v.jsonl"),
                "--errors", dir.resolve("r.jsonl"));
        assertEquals(0, r.exit(), r::toString);
        MatrixAssert.check(row + " (schools)", row.schools, row.schoolExpect, Cli.lines(dir.resolve("v.jsonl")),
                Cli.lines(dir.resolve("r.jsonl")), "schoolId", r.out() + r.err());
        assertEquals(MatrixAssert.inputLines(row.schools) + " lines: " + row.schoolExpect.verdicts() + " verdicts, "
                + row.schoolExpect.rejects() + " rejects", r.err().strip().lines().reduce((a, b) -> b).orElse(""), r::toString);
        TestOutputs.keep("schools-" + row, dir, "v.jsonl", "r.jsonl");
    }
}
