package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same input, same rules: byte-identical output. */
class DeterminismTest {
    @Test
    void twoAssessRunsWriteIdenticalBytes(@TempDir Path dir) throws IOException {
        Path in = Cli.sample(Samples.TEACHERS, dir);
        for (String run : List.of("a", "b")) {
            Cli.Result r = Cli.run("assess", "--pack", "shandong", "--in", in, "--out", dir.resolve(run + "-v.jsonl"),
                    "--errors", dir.resolve(run + "-r.jsonl"));
            assertEquals(0, r.exit(), r::toString);
        }
        assertArrayEquals(Files.readAllBytes(dir.resolve("a-v.jsonl")), Files.readAllBytes(dir.resolve("b-v.jsonl")));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a-r.jsonl")), Files.readAllBytes(dir.resolve("b-r.jsonl")));
    }

    @Test
    void twoDemoRunsWriteIdenticalFilesAndSummaries(@TempDir Path dir) throws IOException {
        Cli.Result a = Cli.run("demo", "--out", dir.resolve("a"));
        Cli.Result b = Cli.run("demo", "--out", dir.resolve("b"));
        assertEquals(0, a.exit(), a::toString);
        assertEquals(a.out().replace(dir.resolve("a").toString(), "OUT"), b.out().replace(dir.resolve("b").toString(), "OUT"));
        Cli.assertSameFiles(dir.resolve("a"), dir.resolve("b"));
    }
}
