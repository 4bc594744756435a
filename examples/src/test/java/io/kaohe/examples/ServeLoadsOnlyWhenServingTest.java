package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Cold start (issue 17) is not paid for serve (issue 19): another command loads neither the service's classes, the JDK's
 * HTTP server nor Prometheus. Run in a JVM of its own with {@code -verbose:class}, as a user starts {@code kaohe}.
 */
class ServeLoadsOnlyWhenServingTest {
    @Test
    void packsLoadsNoServeClass() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-verbose:class", "-cp", System.getProperty("java.class.path"),
                KaoheCli.class.getName(), "packs").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("io.kaohe.examples.ServeCommand"), "the command is registered (picocli reads it)");
        List<String> loaded = out.lines().filter(l -> l.contains("class,load")).filter(l -> l.contains(" io.kaohe.examples.serve.")
                || l.contains(" io.prometheus.") || l.contains(" com.sun.net.httpserver.") || l.contains(" sun.net.httpserver.")).toList();
        assertEquals(List.of(), loaded);
    }
}
