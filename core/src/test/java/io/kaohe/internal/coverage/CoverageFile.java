package io.kaohe.internal.coverage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import io.kaohe.Kaohe;
import io.kaohe.internal.engine.PackEngine;
import io.kaohe.internal.engine.PackInfo;
import io.kaohe.Scenario;

/**
 * Keeps a pack's {@code COVERAGE.md} current: each pack's {@code CoverageTest} calls {@link #verify} from its
 * module directory. Test support: it ships in core's test-jar, never in the runtime jar. With {@code -Dkaohe.coverage.write=true} the file is (re)written instead of compared.
 */
public final class CoverageFile {
    private CoverageFile() {}

    /** The property test classes (names ending in {@code PropertiesTest}) next to {@code anchor} in its test classes. */
    public static List<Class<?>> propertyTestClasses(Class<?> anchor) {
        try {
            Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<Path> s = Files.walk(root)) {
                List<Class<?>> out = new ArrayList<>();
                for (Path p : s.filter(p -> p.getFileName().toString().endsWith("PropertiesTest.class")).sorted().toList()) {
                    String name = root.relativize(p).toString().replace('\\', '/').replace('/', '.');
                    out.add(Class.forName(name.substring(0, name.length() - ".class".length()), false, anchor.getClassLoader()));
                }
                return out;
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot list the test classes of " + anchor, e);
        }
    }

    /**
     * Everything wrong with the pack's coverage and its {@code COVERAGE.md} (empty when all is well): clauses
     * with neither rule nor reason, unknown clause IDs, property tests without {@link Covers}, scenario files in
     * {@code scenarioDir} that pack.yaml does not list, a stale file.
     */
    public static List<String> verify(String pack, Class<?> anchor, Path file, Path scenarioDir) throws IOException {
        PackInfo info = PackEngine.info(Kaohe.pack(pack));
        List<Scenario> scenarios = Kaohe.scenarios(pack, null);
        List<Class<?>> classes = propertyTestClasses(anchor);
        Map<String, Set<String>> props = propertyTests(classes);
        List<Coverage.Row> rows = Coverage.rows(info, scenarios, props);
        List<String> out = new ArrayList<>(Coverage.problems(info, rows, scenarios, props));
        uncovered(classes).forEach(m -> out.add(m + ": a property test without @Covers (docs/authoring.md)"));
        if (Files.isDirectory(scenarioDir)) {
            Set<String> listed = new java.util.TreeSet<>();
            scenarios.forEach(s -> listed.add(s.file()));
            try (Stream<Path> s = Files.list(scenarioDir)) {
                s.map(p -> p.getFileName().toString()).filter(n -> n.matches(".*\\.(ya?ml|json)$")).sorted()
                        .filter(n -> !listed.contains(n))
                        .forEach(n -> out.add(scenarioDir.resolve(n) + ": not listed under scenarios: in pack.yaml (it would not ship)"));
            }
        }
        String text = Coverage.markdown(info, rows, true);
        if (Boolean.getBoolean("kaohe.coverage.write")) {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } else if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
            out.add(file + " is not current; regenerate it with: mvn -B -o -pl rules-" + pack + " -am verify -Dtest=CoverageTest"
                    + " -Dsurefire.failIfNoSpecifiedTests=false -Dkaohe.coverage.write=true");
        }
        return out;
    }

    /** clause → property tests, from test methods carrying {@link Covers}. */
    public static Map<String, Set<String>> propertyTests(List<Class<?>> testClasses) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (Class<?> k : testClasses) {
            for (var m : k.getDeclaredMethods()) {
                Covers covers = m.getAnnotation(Covers.class);
                if (covers == null) continue;
                for (String c : covers.value()) out.computeIfAbsent(c, x -> new TreeSet<>()).add(k.getSimpleName() + "." + m.getName());
            }
        }
        return out;
    }

    /** Test methods ({@code @Test}, {@code @TestFactory}) of these classes without {@link Covers}: the convention broken. */
    public static List<String> uncovered(List<Class<?>> propertyTestClasses) {
        List<String> out = new ArrayList<>();
        for (Class<?> k : propertyTestClasses) {
            for (var m : k.getDeclaredMethods()) {
                boolean test = java.util.Arrays.stream(m.getAnnotations()).map(a -> a.annotationType().getName())
                        .anyMatch(n -> n.equals("org.junit.jupiter.api.Test") || n.equals("org.junit.jupiter.api.TestFactory"));
                if (test && m.getAnnotation(Covers.class) == null) out.add(k.getSimpleName() + "." + m.getName());
            }
        }
        out.sort(null);
        return out;
    }
}
