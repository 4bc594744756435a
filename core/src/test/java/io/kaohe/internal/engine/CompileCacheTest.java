package io.kaohe.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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

    @Test
    void offMeansNoCache() throws Exception {
        System.setProperty("kaohe.cache.dir", "off");
        DrlCompiler.build(D, Map.of("c.drl", DRL + "// off\n"));
        DrlCompiler.build(D, Map.of("c.drl", DRL + "// off\n"));
        assertFalse(DrlCompiler.lastBuildCached());
        assertEquals(List.of(), entries());
    }
}
