package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kaohe.Kaohe;
import io.kaohe.internal.engine.PackEngine;
import io.kaohe.internal.engine.Packs;
import io.kaohe.internal.engine.PackRules;
import io.kaohe.internal.engine.RuleFiles;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.RulesException;

/**
 * Rules come only from the classpath or a named directory, and a rule or parameter file that does not
 * build never replaces the working rules (docs/security.md).
 */
class RuleSafetyTest {
    @TempDir
    static Path dir;
    static PackEngine engine;
    static String working;

    @BeforeAll
    static void aWorkingEngine() throws Exception {
        engine = Packs.pack("shandong", Files.createDirectories(dir.resolve("empty")));
        working = engine.policyVersion();
    }

    @Test
    void noApiLoadsRulesFromAUrl() {
        for (Class<?> c : List.of(Kaohe.class, Packs.class, PackEngine.class, PackRules.class, RuleFiles.class)) {
            for (Method m : c.getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers())) continue;
                for (Class<?> p : m.getParameterTypes()) {
                    assertTrue(p != URL.class && p != URI.class && p != java.io.InputStream.class,
                            c.getSimpleName() + "." + m.getName() + " takes a " + p.getSimpleName() + ": rules only from a directory");
                }
            }
        }
    }

    @Test
    void aDrlThatDoesNotCompileNeverReplacesWorkingRules() throws Exception {
        Path rules = Files.createDirectories(dir.resolve("bad-drl"));
        String drl = resource("/io/kaohe/shandong/teacher-eligibility.drl");
        Files.writeString(rules.resolve("teacher-eligibility.drl"), drl.replaceFirst("\\bthen\\b", "then this does not compile;"));
        assertUnchangedAfterFailedReload(rules);
    }

    @Test
    void anInvalidParameterFileNeverReplacesWorkingRules() throws Exception {
        Path rules = Files.createDirectories(dir.resolve("bad-params/parameters"));
        Files.writeString(rules.resolve("teacher.yaml"), resource("/io/kaohe/shandong/parameters/teacher.yaml")
                .replace("{value: 25,", "{value: twenty-five,"));
        assertUnchangedAfterFailedReload(rules.getParent());
    }

    private static void assertUnchangedAfterFailedReload(Path rules) {
        String before = KaoheJson.line(engine.assess(BadInput.dossier(1)));
        RulesException e = assertThrows(RulesException.class, () -> engine.reload(rules));
        assertTrue(!e.problems().isEmpty(), "the failure lists its problems");
        assertEquals(working, engine.policyVersion(), "the working rules stay");
        assertEquals(before, KaoheJson.line(engine.assess(BadInput.dossier(1))), "and assess as before");
    }

    private static String resource(String path) throws Exception {
        try (var in = RuleSafetyTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
