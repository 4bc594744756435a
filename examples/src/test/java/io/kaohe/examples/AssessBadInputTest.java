package io.kaohe.examples;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The bad-input matrix (docs/bad-input.md) through {@code kaohe assess}: every row completes, exit 0, nothing lost. */
class AssessBadInputTest {
    @ParameterizedTest(name = "{0}")
    @EnumSource(BadInput.class)
    void assess(BadInput row, @TempDir Path dir) throws Exception {
        MatrixAssert.cli("assess", row, row.teachers, row.teacherExpect, "teacherId", dir);
    }
}
