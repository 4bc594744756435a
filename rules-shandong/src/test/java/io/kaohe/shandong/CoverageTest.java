package io.kaohe.shandong;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.kaohe.internal.coverage.CoverageFile;

/**
 * Clause coverage: every clause has a rule or a recorded reason, every clause ID cited is known, every
 * property test says which clauses it exercises (@Covers), and COVERAGE.md is current (the failure says how to
 * regenerate it).
 */
class CoverageTest {
    @Test
    void coverageIsCompleteAndCoverageMdIsCurrent() throws Exception {
        List<String> problems = CoverageFile.verify("shandong", CoverageTest.class, Path.of("COVERAGE.md"),
                Path.of("src/main/resources/io/kaohe/shandong/scenarios"));
        assertEquals(List.of(), problems, String.join("\n", problems));
    }
}
