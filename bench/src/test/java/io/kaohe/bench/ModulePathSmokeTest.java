package io.kaohe.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kaohe.Json;
import io.kaohe.Kaohe;
import io.kaohe.model.TeacherDossier;

/**
 * Kaohe on the module path, as a modular application uses it: a tiny module that declares only
 * {@code requires io.kaohe.core;} is compiled against core and run with {@code java --module-path … --module}, no
 * {@code --add-modules}; the Shandong pack is found as a service provider of {@code io.kaohe.spi.RulePack} (core
 * {@code uses} it), its shipped rules and rules compiled at run time assess a dossier exactly as on the class path.
 *
 * <p>Runs in bench's verify phase (pom.xml, execution module-path-smoke): the jars exist then, in {@code target/lib}.
 */
class ModulePathSmokeTest {
    /** Jars of bench's runtime that a Kaohe application does not need: the other packs, the CLI, JMH. */
    static final String NOT_NEEDED = "kaohe-examples|kaohe-rules-(hunan|liaoning|zhejiang)|picocli|jackson-dataformat-csv"
            + "|jmh-core|jopt-simple|commons-math3";

    static final String MODULE_INFO = """
            module kaohe.smoke {
                requires io.kaohe.core;
            }
            """;

    static final String MAIN = """
            package smoke;

            import java.nio.file.Files;
            import java.nio.file.Path;

            import io.kaohe.Engine;
            import io.kaohe.Json;
            import io.kaohe.Kaohe;
            import io.kaohe.model.TeacherDossier;

            public class Main {
                public static void main(String[] args) throws Exception {
                    System.out.println("module " + Kaohe.class.getModule().getName());
                    System.out.println("packs " + Kaohe.packs());
                    TeacherDossier d = Json.read(Files.readString(Path.of(args[0])), TeacherDossier.class);
                    Engine e = args.length > 1 ? Kaohe.pack("shandong", Path.of(args[1])) : Kaohe.pack("shandong");
                    System.out.println("verdict " + Json.write(e.assess(d)));
                }
            }
            """;

    @TempDir
    static Path tmp;

    @Test
    void aModularAppAssessesWithTheShippedRules() throws Exception {
        String dossier = firstShandongDossier();
        Path file = Files.writeString(tmp.resolve("dossier.json"), dossier);
        List<String> out = run(app(), file.toString());
        assertEquals("module io.kaohe.core", out.get(0), "core is the named module io.kaohe.core, not the unnamed module");
        assertEquals("packs [shandong]", out.get(1), "the pack is bound as a service provider without --add-modules");
        assertEquals("verdict " + Json.write(Kaohe.pack("shandong").assess(Json.read(dossier, TeacherDossier.class))), out.get(2),
                "the same verdict as on the class path");
    }

    @Test
    void aModularAppAssessesWithRulesCompiledAtRunTime() throws Exception {
        String dossier = firstShandongDossier();
        Path file = Files.writeString(tmp.resolve("dossier2.json"), dossier);
        Path rules = Files.createDirectories(tmp.resolve("rules")); // nothing laid over: every DRL file compiled now
        List<String> out = run(app(), file.toString(), rules.toString());
        assertEquals("verdict " + Json.write(Kaohe.pack("shandong").assess(Json.read(dossier, TeacherDossier.class))), out.get(2));
    }

    static String firstShandongDossier() throws Exception {
        try (InputStream in = ModulePathSmokeTest.class.getClassLoader()
                .getResourceAsStream("io/kaohe/examples/samples/shandong/teachers.jsonl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
        }
    }

    static List<Path> modulePath() throws Exception {
        Path lib = Path.of(System.getProperty("kaohe.lib", "target/lib"));
        assertTrue(Files.isDirectory(lib), lib + " holds the runtime jars after `package` (this test runs at verify)");
        try (Stream<Path> jars = Files.list(lib)) {
            List<Path> out = jars.filter(p -> p.toString().endsWith(".jar"))
                    .filter(p -> !p.getFileName().toString().matches("(" + NOT_NEEDED + ").*")).sorted().toList();
            assertTrue(out.stream().anyMatch(p -> p.getFileName().toString().startsWith("kaohe-core")), "core in " + out);
            assertTrue(out.stream().anyMatch(p -> p.getFileName().toString().startsWith("kaohe-rules-shandong")), "the pack in " + out);
            return out;
        }
    }

    private static Path app;

    /** The app module, compiled once: {@code tmp/app}. */
    static synchronized Path app() throws Exception {
        if (app != null) return app;
        Path src = tmp.resolve("src/kaohe.smoke");
        Files.createDirectories(src.resolve("smoke"));
        Files.writeString(src.resolve("module-info.java"), MODULE_INFO);
        Files.writeString(src.resolve("smoke/Main.java"), MAIN);
        Path classes = tmp.resolve("app");
        StringWriter log = new StringWriter();
        int rc = ToolProvider.findFirst("javac").orElseThrow().run(new PrintWriter(log), new PrintWriter(log),
                "-nowarn", "-d", classes.toString(), "--module-source-path", tmp.resolve("src").toString(),
                "--module-path", join(modulePath()), "--module", "kaohe.smoke");
        assertEquals(0, rc, "javac: " + log);
        app = classes;
        return app;
    }

    static List<String> run(Path app, String... args) throws Exception {
        List<Path> mp = new ArrayList<>(modulePath());
        mp.add(app);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dkaohe.cache.dir=" + tmp.resolve("cache"), "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "--module-path", join(mp), "--module", "kaohe.smoke/smoke.Main"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String text;
        try (InputStream in = p.getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "finished");
        assertEquals(0, p.exitValue(), String.join(" ", cmd) + "\n" + text);
        return text.lines().filter(l -> l.startsWith("module ") || l.startsWith("packs ") || l.startsWith("verdict "))
                .collect(Collectors.toList());
    }

    static String join(List<Path> paths) {
        return paths.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator));
    }
}
