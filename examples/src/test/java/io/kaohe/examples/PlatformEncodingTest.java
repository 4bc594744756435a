package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Everything is UTF-8 whatever the platform's default: edited rules ({@code --rules-dir}, compiled at run time)
 * give the same verdicts, Chinese rule names and messages intact, in a JVM whose default charset is ASCII
 * ({@code LANG=C}) or GBK (the Chinese Windows default) as in this one.
 */
class PlatformEncodingTest {
    @TempDir
    static Path dir;
    static Path rules;
    static Path in;
    static List<String> expected;

    @BeforeAll
    static void reference() throws Exception {
        rules = Files.createDirectories(dir.resolve("rules"));
        String drl = new String(Cli.class.getResourceAsStream("/io/kaohe/shandong/teacher-eligibility.drl").readAllBytes(),
                StandardCharsets.UTF_8);
        // an edit, so the file differs from the shipped one and is compiled at run time
        Files.writeString(rules.resolve("teacher-eligibility.drl"), drl + "\n// 已编辑：测试平台编码\n", StandardCharsets.UTF_8);
        in = Cli.sample(Samples.TEACHERS, dir);
        Cli.Result r = Cli.run("assess", "--pack", "shandong", "--in", in, "--out", dir.resolve("reference.jsonl"), "--rules-dir", rules);
        assertEquals(0, r.exit(), r::toString);
        expected = Files.readAllLines(dir.resolve("reference.jsonl"), StandardCharsets.UTF_8);
        assertTrue(expected.stream().anyMatch(l -> l.contains("学时")), "the reference holds Chinese messages");
    }

    @Test
    void langC() throws Exception {
        assertSameVerdicts("langC", Map.of("LANG", "C", "LC_ALL", "C"), "-Dsun.jnu.encoding=ANSI_X3.4-1968");
    }

    @Test
    void gbkDefault() throws Exception {
        assertSameVerdicts("gbk", Map.of(), "-Dfile.encoding=GBK");
    }

    private static void assertSameVerdicts(String name, Map<String, String> env, String... jvmOptions) throws Exception {
        Path out = dir.resolve(name + ".jsonl");
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of(jvmOptions));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), KaoheCli.class.getName(), "assess", "--pack", "shandong",
                "--in", in.toString(), "--out", out.toString(), "--rules-dir", rules.toString(), "--lang", "zh"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(3, TimeUnit.MINUTES)) p.destroyForcibly();
        assertEquals(0, p.exitValue(), text);
        assertTrue(text.contains("行") || text.contains("lines"), "the summary is readable UTF-8: " + text);
        List<String> got = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(expected.size(), got.size());
        for (int i = 0; i < got.size(); i++) assertEquals(expected.get(i), got.get(i), "verdict " + (i + 1) + " under " + name);
        TestOutputs.keep("encoding-" + name, dir, name + ".jsonl");
    }
}
