package io.kaohe.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;

import io.kaohe.internal.pack.PackDescriptor;

/** Compiled rules are kept by content: same text, one entry; concurrent builds of it agree; any change is a new key. */
class CompileCacheTest {
    private static final String DRL = """
            package io.kaohe.c;
            import io.kaohe.internal.rules.Checks;
            global Checks check;

            rule "XX-01 a rule"
                @clause("XX-01") @decision("eligibility")
            when
                $s : String(this == "x")
            then
            end
            """;
    private static final PackDescriptor D = descriptor("1");

    private static PackDescriptor descriptor(String version) {
        return PackDescriptor.load("io/kaohe/c/pack.yaml", """
                name: c
                title: c
                version: "%s"
                kbase: c
                rules: [c.drl]
                parameters: []
                clauses: clauses.yaml
                catalog: catalog.yaml
                units: {}
                """.formatted(version));
    }

    @TempDir
    Path cache;
    private String before;

    @BeforeEach
    void ownCache() {
        before = System.getProperty("kaohe.cache.dir");
        System.setProperty("kaohe.cache.dir", cache.toString());
    }

    @AfterEach
    void restore() {
        if (before == null) System.clearProperty("kaohe.cache.dir");
        else System.setProperty("kaohe.cache.dir", before);
    }

    private List<Path> entries() throws Exception {
        try (var s = Files.list(cache)) {
            return s.filter(p -> p.toString().endsWith(".kjar")).toList();
        }
    }

    @Test
    void concurrentBuildsOfTheSameRulesAllSucceedAndLeaveOneEntry() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Callable<KieBase>> builds = new ArrayList<>();
            for (int i = 0; i < 3; i++) builds.add(() -> DrlCompiler.build(D, Map.of("c.drl", DRL)));
            for (Future<KieBase> f : pool.invokeAll(builds)) assertEquals(1, f.get().getKiePackage("io.kaohe.c").getRules().size());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, entries().size(), "no temporary file left, one entry");
        KieBase cached = DrlCompiler.build(D, Map.of("c.drl", DRL));
        assertTrue(DrlCompiler.lastBuildCached());
        assertEquals("XX-01 a rule", cached.getKiePackage("io.kaohe.c").getRules().iterator().next().getName());
    }

    @Test
    void theKeyChangesWithTheTextThePackAndItsVersion() {
        String k = CompileCache.key(D, Map.of("c.drl", DRL));
        assertEquals(k, CompileCache.key(D, Map.of("c.drl", DRL.replace("\n", "\r\n"))), "line ends do not matter");
        assertNotEquals(k, CompileCache.key(D, Map.of("c.drl", DRL + "// edited\n")));
        assertNotEquals(k, CompileCache.key(D, Map.of("d.drl", DRL)));
        PackDescriptor v2 = descriptor("2");
        assertNotEquals(k, CompileCache.key(v2, Map.of("c.drl", DRL)));
    }

    /**
     * The compiled model calls into whatever Kaohe classes the DRL names and the ones they use: a static or wildcard
     * import, or a change in a class the DRL does not name at all, must still be a new key (before, the key hashed only
     * the classes of plain imports, so a Kaohe upgrade could load a stale compiled model).
     */
    @Test
    void theKeyChangesWithEveryClassInTheJarOrDirectoryOfAClassTheDrlNames(@TempDir Path classes) throws Exception {
        Path zz = Files.createDirectories(classes.resolve("io/kaohe/zz"));
        Files.write(zz.resolve("Foo.class"), new byte[] {1});
        Files.write(zz.resolve("Bar.class"), new byte[] {2});
        Path jar = cache.resolve("zz.jar"); // under the test's own directory: nothing left in /tmp
        for (String drl : List.of(DRL.replace("global", "import static io.kaohe.zz.Foo.bar;\nglobal"),
                DRL.replace("global", "import io.kaohe.zz.*;\nglobal"),
                DRL.replace("this == \"x\"", "this == io.kaohe.zz.Foo.X"))) {
            Files.write(zz.resolve("Bar.class"), new byte[] {2});
            String dirKey = key(classes, drl, cache);
            String jarKey = key(jar(classes, jar), drl, cache);
            assertEquals(dirKey, key(classes, drl, cache), "same classes, same key");
            Files.write(zz.resolve("Bar.class"), new byte[] {3}); // a class the DRL never names
            assertNotEquals(dirKey, key(classes, drl, cache), drl);
            assertNotEquals(jarKey, key(jar(classes, jar), drl, cache), drl);
        }
        assertEquals(key(classes, DRL, cache), CompileCache.key(D, Map.of("c.drl", DRL)), "no io.kaohe.zz name: those classes do not count");
    }

    /** A fresh copy and loader each time (under {@code scratch}): a jar or directory is hashed once per location and JVM. */
    private static String key(Path root, String drl, Path scratch) throws Exception {
        Path copy = Files.createTempDirectory(scratch, "cc").resolve(root.getFileName());
        if (Files.isDirectory(root)) {
            try (var s = Files.walk(root)) {
                for (Path p : s.toList()) {
                    Path to = copy.resolve(root.relativize(p).toString());
                    if (Files.isDirectory(p)) Files.createDirectories(to);
                    else Files.copy(p, to);
                }
            }
        } else {
            Files.copy(root, copy);
        }
        try (URLClassLoader l = new URLClassLoader(new URL[] {copy.toUri().toURL()}, CompileCacheTest.class.getClassLoader())) {
            return CompileCache.key(D, Map.of("c.drl", drl), l);
        }
    }

    private static Path jar(Path dir, Path jar) throws Exception {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); var s = Files.walk(dir)) {
            for (Path p : s.sorted().toList()) {
                String name = dir.relativize(p).toString().replace('\\', '/');
                if (name.isEmpty()) continue;
                out.putNextEntry(new JarEntry(Files.isDirectory(p) ? name + "/" : name));
                if (!Files.isDirectory(p)) out.write(Files.readAllBytes(p));
                out.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void offMeansNoCache() throws Exception {
        System.setProperty("kaohe.cache.dir", "off");
        DrlCompiler.build(D, Map.of("c.drl", DRL + "// off\n"));
        DrlCompiler.build(D, Map.of("c.drl", DRL + "// off\n"));
        assertFalse(DrlCompiler.lastBuildCached());
        assertEquals(List.of(), entries());
    }
}
