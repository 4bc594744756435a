package io.kaohe.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kaohe.internal.pack.PackDescriptor;
import io.kaohe.Problem;
import io.kaohe.RulesException;

/** A shipped pack loads only its own precompiled executable model: a kjar without one is refused, never compiled. */
class ShippedModelTest {
    private static final PackDescriptor FAKE = new PackDescriptor("fake", "Fake", "1", "fake", "io/kaohe/fake",
            List.of("teacher.drl"), List.of(), "clauses.yaml", "micro-abilities.yaml", null, Map.of(), null, null, List.of(), io.kaohe.internal.i18n.Display.ENGINE);

    private static final Map<String, String> KJAR_WITHOUT_MODEL = Map.of(
            "META-INF/kmodule.xml", "<kmodule><kbase name=\"fake\" packages=\"io.kaohe.fake\"/></kmodule>",
            "io/kaohe/fake/clauses.yaml", "clauses: {}\n",
            "io/kaohe/fake/teacher.drl", "package io.kaohe.fake;\n");

    @Test
    void aPackJarWithoutTheExecutableModelIsRefused(@TempDir Path dir) throws IOException {
        Problem p = refusal(jar(dir.resolve("fake.jar"), KJAR_WITHOUT_MODEL));
        assertEquals("pom.xml", p.file());
        assertTrue(p.message().contains("pack fake has no executable model"), p.toString());
    }

    @Test
    void aPackDirectoryWithoutTheExecutableModelIsRefused(@TempDir Path dir) throws IOException {
        for (var e : KJAR_WITHOUT_MODEL.entrySet()) {
            Path f = dir.resolve(e.getKey());
            Files.createDirectories(f.getParent());
            Files.writeString(f, e.getValue());
        }
        assertTrue(refusal(dir).message().contains("has no executable model"));
    }

    @Test
    void aKmoduleWithoutThePacksKbaseIsRefused(@TempDir Path dir) throws IOException {
        Map<String, String> files = new java.util.HashMap<>(KJAR_WITHOUT_MODEL);
        files.put("META-INF/kmodule.xml", "<kmodule><kbase name=\"other\"/></kmodule>");
        assertTrue(refusal(jar(dir.resolve("fake.jar"), files)).message().contains("no kbase 'fake'"));
    }

    private static Problem refusal(Path classpathEntry) throws IOException {
        // the platform loader as parent: only the fake kjar's resources are visible
        try (URLClassLoader cl = new URLClassLoader(new URL[] {classpathEntry.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            RulesException e = assertThrows(RulesException.class, () -> ShippedModel.load(FAKE, cl));
            assertEquals(1, e.problems().size(), e.problems().toString());
            return e.problems().get(0);
        }
    }

    private static Path jar(Path file, Map<String, String> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out)) {
            for (var e : new java.util.TreeMap<>(entries).entrySet()) {
                jar.putNextEntry(new JarEntry(e.getKey()));
                jar.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
            }
        }
        return file;
    }
}
