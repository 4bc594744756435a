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

    /** The worker pool changes nothing: one thread and several give the same bytes, bad lines and duplicates included. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"shandong", "hunan", "liaoning", "zhejiang"})
    void anyNumberOfThreadsWritesTheSameBytes(String pack, @TempDir Path dir) throws IOException {
        Path generated = dir.resolve("generated.jsonl");
        assertEquals(0, Cli.run("generate", "--pack", pack, "--teachers", "1700", "--seed", "11", "--out", generated).exit());
        Path sample = dir.resolve("sample.jsonl");
        try (var in = Samples.of(pack).orElseThrow().open(Samples.TEACHERS)) {
            Files.copy(in, sample);
        }
        for (Path in : List.of(generated, sample)) {
            for (String threads : List.of("1", "2", "3")) {
                Cli.Result r = Cli.run("assess", "--pack", pack, "--threads", threads, "--in", in,
                        "--out", dir.resolve(threads + "-v.jsonl"), "--errors", dir.resolve(threads + "-r.jsonl"));
                assertEquals(0, r.exit(), r::toString);
            }
            assertFalse(Cli.lines(dir.resolve("1-r.jsonl")).isEmpty(), "the input has bad lines");
            for (String threads : List.of("2", "3")) {
                assertArrayEquals(Files.readAllBytes(dir.resolve("1-v.jsonl")), Files.readAllBytes(dir.resolve(threads + "-v.jsonl")), in + " " + threads);
                assertArrayEquals(Files.readAllBytes(dir.resolve("1-r.jsonl")), Files.readAllBytes(dir.resolve(threads + "-r.jsonl")), in + " " + threads);
            }
        }
    }

    @Test
    void threadsBelowOneAreAUsageError(@TempDir Path dir) {
        Path in = Cli.sample(Samples.TEACHERS, dir);
        assertEquals(2, Cli.run("assess", "--pack", "shandong", "--threads", "0", "--in", in, "--out", dir.resolve("v.jsonl")).exit());
    }

    @Test
    void twoDemoRunsWriteIdenticalFilesAndSummaries(@TempDir Path dir) throws IOException {
        Cli.Result a = Cli.run("demo", "--out", dir.resolve("a"));
        Cli.Result b = Cli.run("demo", "--out", dir.resolve("b"));
        assertEquals(0, a.exit(), a::toString);
        assertEquals(Cli.replacePath(a.out(), dir.resolve("a"), "OUT"), Cli.replacePath(b.out(), dir.resolve("b"), "OUT"));
        Cli.assertSameFiles(dir.resolve("a"), dir.resolve("b"));
    }
}
