package io.kaohe.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.kaohe.Kaohe;
import io.kaohe.internal.engine.PackEngine;
import io.kaohe.internal.engine.PackRules;
import io.kaohe.internal.json.Providers;
import io.kaohe.internal.params.ParameterSet;
import io.kaohe.internal.rules.Checks;
import io.kaohe.model.Grade;
import io.kaohe.model.TeacherDossier;

/**
 * Issue 17, round four: the engine inserts only the facts a rule of the pack can match. Every pack's session over
 * those facts records exactly what it records over every fact (reasons with their parameters, unmet clauses, grade,
 * outcomes), for every valid dossier of a generated cohort, and for Shandong facts are indeed left out.
 */
class FactsLeftOutTest {
    @ParameterizedTest
    @ValueSource(strings = {"shandong", "hunan", "liaoning", "zhejiang"})
    void theSessionRecordsTheSameWithTheFactsNoRuleMatchesLeftOut(String pack, @TempDir Path dir) throws IOException {
        PackEngine engine = PackEngine.of(Kaohe.pack(pack));
        PackRules r = engine.rules();
        List<TeacherDossier> dossiers = Cohorts.valid(engine, Cohorts.generate(pack, 1_000, 4242, dir.resolve("c.jsonl")));
        int leftOut = 0;
        for (TeacherDossier d : dossiers) {
            ParameterSet params = PackEngine.parameters(r, d);
            List<Object> matched = engine.facts(r, d, params);
            List<Object> every = SessionLevers.everyFact(r, Providers.of(r.descriptor()), d, params);
            if (matched.size() < every.size()) leftOut++;
            Checks a = PackEngine.session(r, params, matched), b = PackEngine.session(r, params, every);
            String id = d.teacher().id();
            Grade grade = b.teacherGrade();
            assertEquals(grade, a.teacherGrade(), id);
            assertEquals(b.reasons(), a.reasons(), id);
            assertEquals(b.unmet(), a.unmet(), id);
            assertEquals(b.outcomes(grade), a.outcomes(grade), id);
        }
        // Shandong's rules match neither research semesters nor abilities as facts: the comparison is not vacuous
        if (pack.equals("shandong")) assertTrue(leftOut > dossiers.size() / 2, leftOut + " of " + dossiers.size());
    }
}
