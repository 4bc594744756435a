package io.kaohe.internal.yaml;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.kaohe.RulesException;

/** A YAML file over the size limit is refused before it is parsed (a 20 MB scalar once cost 80–93 s of CPU first). */
class YamlSizeTest {
    @Test
    void aHugeScalarIsRefusedOnSizeFirst() {
        String text = "values: \"" + "x".repeat(20 << 20) + "\"\n";
        RulesException e = assertThrows(RulesException.class, () -> Yaml.document("parameters/teacher.yaml", text));
        assertTrue(e.problems().get(0).toString().contains("file too large"), e.problems().toString());
    }

    @Test
    void aFileUnderTheLimitIsRead() {
        Yaml.document("ok.yaml", "a: \"" + "x".repeat(1 << 20) + "\"\n");
    }
}
