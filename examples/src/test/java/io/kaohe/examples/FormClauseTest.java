package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.internal.engine.PackEngine;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.internal.pack.FormItemSpec;
import io.kaohe.model.FormItem;
import io.kaohe.model.SchoolDossier;
import io.kaohe.model.SchoolVerdict;

/**
 * In every pack with a school form, the rule that scores an item cites the clause {@code config.yaml} declares for it:
 * the verdict's clause comes from the rule's {@code @clause}, the declaration is what staff read, and nothing else
 * keeps the two together.
 */
class FormClauseTest {
    @ParameterizedTest
    @ValueSource(strings = {"shandong", "hunan", "liaoning", "zhejiang"})
    void eachScoredItemCitesTheClauseItsFormDeclares(String pack) throws IOException {
        Engine engine = Kaohe.pack(pack);
        List<FormItemSpec> form = PackEngine.info(engine).config().form();
        if (form.isEmpty()) return;   // a pack without a form has nothing to keep together
        List<SchoolDossier> schools = new java.util.ArrayList<>();
        try (InputStream in = Samples.of(pack).orElseThrow().open("schools.jsonl")) {
            for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                try {
                    schools.add(KaoheJson.read(l, SchoolDossier.class));
                } catch (RuntimeException deliberatelyBad) {
                    // the samples carry bad lines on purpose; the reject tests cover them
                }
            }
        }
        int checked = 0;
        for (SchoolVerdict v : engine.assessSchools(schools)) {
            for (FormItem i : v.items()) {
                FormItemSpec spec = PackEngine.info(engine).config().item(i.item()).orElseThrow(() -> new AssertionError(pack + ": undeclared item " + i.item()));
                assertEquals(spec.getClause(), i.clause(), pack + " " + i.item() + ": the rule scoring it cites the declared clause");
                checked++;
            }
        }
        assertFalse(checked == 0, pack + ": the sample schools were scored on no item");
    }
}
