package io.kaohe.examples;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The bad-input matrix (docs/bad-input.md) through {@code kaohe schools}: every row completes, exit 0, nothing lost. */
class SchoolsBadInputTest {
    @ParameterizedTest(name = "{0}")
    @EnumSource(BadInput.class)
    void schools(BadInput row, @TempDir Path dir) throws Exception {
        MatrixAssert.cli("schools", row, row.schools, row.schoolExpect, "schoolId", dir);
    }
}
