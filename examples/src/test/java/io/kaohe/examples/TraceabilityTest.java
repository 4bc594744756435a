package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kaohe.Kaohe;
import io.kaohe.KaoheException;

/** A verdict names the override files (with SHA-256) that decided it; shipped output has no such field; rules come only from local paths. */
class TraceabilityTest {
    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String shipped(String file) throws Exception {
        try (InputStream in = Kaohe.class.getClassLoader().getResourceAsStream("io/kaohe/shandong/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void verdictsOfARulesDirectoryNameTheEditedFilesAndTheirHash(@TempDir Path dir) throws Exception {
        Path in = Cli.sample(Samples.TEACHERS, dir);
        Path rules = Files.createDirectories(dir.resolve("rules/parameters"));
        String edited = shipped("parameters/teacher.yaml").replace("{value: 25, reference: \"肥教函〔2021〕2号 三(二)：25 学时在线学习\"}",
                "{value: 24, reference: \"edited\"}");
        Files.writeString(rules.resolve("teacher.yaml"), edited);
        Files.writeString(dir.resolve("rules/teacher-grading.drl"), shipped("teacher-grading.drl")); // same text: not an override

        Cli.Result r = Cli.run("assess", "--pack", "shandong", "--in", in, "--out", dir.resolve("v.jsonl"),
                "--errors", dir.resolve("e.jsonl"), "--rules-dir", dir.resolve("rules"));
        assertEquals(0, r.exit(), r::toString);
        String expected = ",\"overrides\":[{\"file\":\"parameters/teacher.yaml\",\"sha256\":\"" + sha256(edited) + "\"}]}";
        List<String> verdicts = Cli.lines(dir.resolve("v.jsonl"));
        assertFalse(verdicts.isEmpty());
        for (String v : verdicts) assertTrue(v.endsWith(expected), v);

        Cli.Result plain = Cli.run("assess", "--pack", "shandong", "--in", in, "--out", dir.resolve("p.jsonl"), "--errors", dir.resolve("pe.jsonl"));
        assertEquals(0, plain.exit(), plain::toString);
        assertTrue(Cli.lines(dir.resolve("p.jsonl")).stream().noneMatch(v -> v.contains("overrides")));
    }

    @Test
    void packsListEveryFileWithItsHash() throws Exception {
        Cli.Result r = Cli.run("packs", "--files");
        assertEquals(0, r.exit(), r::toString);
        String line = "  parameters/teacher.yaml\t" + sha256(shipped("parameters/teacher.yaml"))
                + "\tclasspath:io/kaohe/shandong/parameters/teacher.yaml";
        assertTrue(r.out().lines().anyMatch(line::equals), r::toString);
    }

    @Test
    void rulesAreReadOnlyFromALocalDirectory(@TempDir Path dir) throws Exception {
        Path zip = dir.resolve("rules.zip");
        try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), Map.of("create", "true"))) {
            Path inZip = Files.createDirectories(fs.getPath("/rules"));
            KaoheException e = assertThrows(KaoheException.class, () -> Kaohe.pack("shandong", inZip));
            assertTrue(e.getMessage().contains("not on the local file system"), e.getMessage());
        }
    }
}
