package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kaohe.model.Grade;

class DemoCommandTest {
    @Test
    void assessesTheBundledSamplesAndSummarises(@TempDir Path dir) {
        Cli.Result r = Cli.run("demo", "--out", dir);
        assertEquals(0, r.exit(), r::toString);
        Path out = dir.resolve("shandong");
        int input = Cli.sampleLines(Samples.TEACHERS).size();
        int verdicts = Cli.lines(out.resolve("verdicts.jsonl")).size();
        int rejects = Cli.lines(out.resolve("rejects.jsonl")).size();
        assertEquals(input, verdicts + rejects);
        assertTrue(r.out().contains("== shandong"), r::toString);
        assertTrue(r.out().contains(input + " lines: " + verdicts + " verdicts, " + rejects + " rejects"), r::toString);
        for (Grade g : Grade.values()) assertTrue(r.out().contains(g.name() + " "), "counts per grade: " + g);
        assertTrue(r.out().contains("must not be negative"), "rejects are listed with their reasons");
        assertTrue(Cli.names(r.out(), out.resolve("verdicts.jsonl")), "paths written are listed");
        assertTrue(Files.exists(out.resolve("school-verdicts.jsonl")));
        assertTrue(Files.exists(out.resolve("progress.json")));
        for (String f : new String[] {"progress.html", "schools.csv", "verdicts.csv"}) {
            assertTrue(Files.exists(out.resolve(f)), f);
            assertTrue(Cli.names(r.out(), out.resolve(f)), "its path is printed: " + f);
        }
        for (String p : Cli.personalDataOfTheSample()) assertFalse(r.out().contains(p), "personal data in the summary");
    }
}
