package io.kaohe.internal.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kaohe.RulesException;

/** The trees a pack's build writes: the same tree, node types and key lines as the YAML parser's, for that text only. */
class PrecompiledYamlTest {
    private static final String PARAMS = """
            # a comment the tree does not keep
            teacher.hours-min:
              unit: HOUR
              values:
                2020-01-01: {value: 25, reference: "三(二)"}
            teacher.share:
              values: {2021-09-01: 0.5, 2022-09-01: 1.0}
              big: 12345678901234
              list: [a, 1, true, null]
            """;

    @TempDir
    Path classes;

    @Test
    void aShippedTextLoadsFromItsTreeAndAnyOtherIsParsed() throws Exception {
        Path home = classes.resolve("io/kaohe/demo");
        Map<String, String> files = new LinkedHashMap<>();
        files.put("parameters/teacher.yaml", PARAMS);
        files.put("empty.yaml", "# nothing\n");
        PrecompiledYaml.write(home, files);
        assertTrue(Files.isRegularFile(home.resolve("precompiled/parameters_teacher.yaml.json")));
        String edited = PARAMS.replace("25", "26");
        assertFalse(PrecompiledYaml.has(PARAMS + "\n# not registered yet\n"));
        try (URLClassLoader cl = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            PrecompiledYaml.register(cl, "io/kaohe/demo");
            assertTrue(PrecompiledYaml.has(PARAMS));
            assertFalse(PrecompiledYaml.has(edited), "an edited text is parsed");
            Yaml.Doc tree = Yaml.document("parameters/teacher.yaml", PARAMS);
            Yaml.Doc yaml = Yaml.parse("parameters/teacher.yaml", PARAMS);
            assertEquals(yaml.root(), tree.root());
            assertTrue(tree.root().at("/teacher.share/values/2021-09-01").isDouble(), "0.5 stays a double");
            assertTrue(tree.root().at("/teacher.hours-min/values/2020-01-01/value").isInt());
            assertTrue(tree.root().at("/teacher.share/big").isLong());
            assertEquals(yaml.entries("f"), tree.entries("f"));
            assertEquals(2, tree.entries("f").get(0).line(), "top-level keys keep their lines");
            assertEquals(yaml.at("/teacher.share/values/2022-09-01"), tree.at("/teacher.share/values/2022-09-01"),
                    "deeper positions are found from the text, as before");
            ((tools.jackson.databind.node.ObjectNode) tree.root().get("teacher.share")).put("big", 1);
            assertEquals(yaml.root(), Yaml.document("parameters/teacher.yaml", PARAMS).root(), "each document has its own copy");
        }
    }

    @Test
    void aTextThatDoesNotReadIsRefusedAtBuildTime() {
        assertThrows(RulesException.class, () -> PrecompiledYaml.write(classes, Map.of("bad.yaml", "a: [1, 2\n")));
    }
}
