package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same input and rules give byte-identical outputs in two separate JVMs: {@code kaohe demo} (assess,
 * schools and progress for every pack) run twice as its own process, the second with another time zone
 * and locale, at another moment: an output that depended on the clock, the platform or identity-hash
 * order would differ.
 */
class CrossJvmDeterminismTest {
    @Test
    void twoJvmsWriteIdenticalBytes(@TempDir Path dir) throws Exception {
        run(dir.resolve("a"), "-Duser.timezone=Asia/Shanghai", "-Duser.language=zh", "-Duser.country=CN");
        run(dir.resolve("b"), "-Duser.timezone=America/Sao_Paulo", "-Duser.language=en", "-Duser.country=US");
        Cli.assertSameFiles(dir.resolve("a"), dir.resolve("b"));
        List<Path> files;
        try (var walk = Files.walk(dir.resolve("a"))) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path f : files) TestOutputs.keep("cross-jvm/" + f.getParent().getFileName(), f.getParent(), f.getFileName().toString());
    }

    private static void run(Path out, String... jvmOptions) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of(jvmOptions));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), KaoheCli.class.getName(), "demo", "--out", out.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!p.waitFor(3, TimeUnit.MINUTES)) p.destroyForcibly();
        assertEquals(0, p.exitValue(), text);
    }
}
