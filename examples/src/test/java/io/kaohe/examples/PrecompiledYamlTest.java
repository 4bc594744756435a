package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.kaohe.internal.engine.Packs;
import io.kaohe.internal.json.Providers;
import io.kaohe.internal.pack.AbilityCatalog;
import io.kaohe.internal.pack.ClauseRegister;
import io.kaohe.internal.pack.PackConfig;
import io.kaohe.internal.pack.PackDescriptor;
import io.kaohe.internal.params.ParameterTable;
import io.kaohe.internal.yaml.PrecompiledYaml;
import io.kaohe.internal.yaml.Yaml;
import io.kaohe.spi.RulePack;

/**
 * Every shipped pack's YAML files load from the trees its build made of them ({@link PrecompiledYaml}) into the
 * same objects, field by field, as from the YAML parser; a text that differs from the shipped one is parsed.
 */
class PrecompiledYamlTest {

    @TestFactory
    Stream<DynamicTest> eachPackLoadsTheSameFromItsTreesAsFromItsYaml() {
        Packs.packs(); // registers every installed pack's trees
        List<RulePack> packs = Providers.all();
        assertEquals(4, packs.size(), "the four shipped packs");
        return packs.stream().map(p -> DynamicTest.dynamicTest(p.descriptor(), () -> sameObjects(p)));
    }

    private static void sameObjects(RulePack p) throws Exception {
        ClassLoader cl = p.classLoader();
        String descriptorText = text(cl, p.descriptor());
        assertTrue(PrecompiledYaml.has(descriptorText), "the build wrote the trees of " + p.descriptor());
        PackDescriptor d = same(p.descriptor(), descriptorText, PackDescriptor::load);
        Map<String, String> files = new LinkedHashMap<>();
        for (String f : d.parameters()) files.put(f, text(cl, d.home() + "/" + f));
        files.put(d.clauses(), text(cl, d.home() + "/" + d.clauses()));
        files.put(d.catalog(), text(cl, d.home() + "/" + d.catalog()));
        if (d.config() != null) files.put(d.config(), text(cl, d.home() + "/" + d.config()));
        files.forEach((file, text) -> {
            assertTrue(PrecompiledYaml.has(text), "precompiled: " + file);
            Yaml.Doc tree = Yaml.document(file, text);
            Yaml.Doc yaml = Yaml.parse(file, text);
            assertEquals(yaml.root(), tree.root(), file); // node types too: an int stays an int, a double a double
            assertEquals(yaml.entries(file), tree.entries(file), file + ": keys and their lines");
        });
        ClauseRegister clauses = same(d.clauses(), files.get(d.clauses()), ClauseRegister::load);
        same(d.catalog(), files.get(d.catalog()), AbilityCatalog::load);
        Map<String, String> parameterFiles = new LinkedHashMap<>(files);
        parameterFiles.keySet().retainAll(d.parameters());
        ParameterTable fromTrees = ParameterTable.load(parameterFiles, clauses.ids());
        Map<String, String> edited = new LinkedHashMap<>();
        parameterFiles.forEach((f, t) -> edited.put(f, t + "\n# edited\n"));
        edited.keySet().forEach(f -> assertFalse(PrecompiledYaml.has(edited.get(f)), "an edited text is parsed: " + f));
        assertSameFields(ParameterTable.load(edited, clauses.ids()), fromTrees, "parameters");
        if (d.config() != null) {
            same(d.config(), files.get(d.config()), (f, t) -> PackConfig.load(f, t, fromTrees, clauses.ids()));
        }
    }

    /** Loads {@code text} from its tree and, edited by a comment so it is parsed, from YAML: the same object. */
    private static <T> T same(String file, String text, BiFunction<String, String, T> load) {
        T fromTree = load.apply(file, text);
        T fromYaml = load.apply(file, text + "\n# edited\n");
        assertSameFields(fromYaml, fromTree, file);
        return fromTree;
    }

    /** Equal, comparing field by field where a class has no equals of its own (Display, UnitConversions, …). */
    private static void assertSameFields(Object expected, Object actual, String where) {
        List<String> diffs = new ArrayList<>();
        compare(expected, actual, where, diffs, 0);
        assertTrue(diffs.isEmpty(), String.join("\n", diffs));
    }

    private static void compare(Object a, Object b, String where, List<String> diffs, int depth) {
        if (a == b) return;
        if (a == null || b == null || a.getClass() != b.getClass()) {
            diffs.add(where + ": " + a + " vs " + b);
            return;
        }
        if (a instanceof Map<?, ?> ma) {
            Map<?, ?> mb = (Map<?, ?>) b;
            if (!new ArrayList<>(ma.keySet()).equals(new ArrayList<>(mb.keySet()))) diffs.add(where + ": keys " + ma.keySet() + " vs " + mb.keySet());
            else ma.forEach((k, v) -> compare(v, mb.get(k), where + "." + k, diffs, depth + 1));
            return;
        }
        if (a instanceof Collection<?> ca) {
            List<?> la = new ArrayList<>(ca);
            List<?> lb = new ArrayList<>((Collection<?>) b);
            if (la.size() != lb.size()) diffs.add(where + ": " + la + " vs " + lb);
            else for (int i = 0; i < la.size(); i++) compare(la.get(i), lb.get(i), where + "[" + i + "]", diffs, depth + 1);
            return;
        }
        if (a.getClass().isArray()) {
            if (!Arrays.deepEquals(new Object[] {a}, new Object[] {b})) diffs.add(where + ": arrays differ");
            return;
        }
        Package pkg = a.getClass().getPackage();
        boolean ours = pkg != null && pkg.getName().startsWith("io.kaohe") && !a.getClass().isEnum();
        if (!ours || depth > 8) {
            if (!a.equals(b)) diffs.add(where + ": " + a + " vs " + b);
            return;
        }
        for (Class<?> c = a.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) continue;
                try {
                    f.setAccessible(true);
                    compare(f.get(a), f.get(b), where + "." + f.getName(), diffs, depth + 1);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    diffs.add(where + "." + f.getName() + ": " + e);
                }
            }
        }
    }

    private static String text(ClassLoader cl, String resource) throws IOException {
        try (InputStream in = cl.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
