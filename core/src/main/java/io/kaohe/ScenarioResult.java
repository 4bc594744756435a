package io.kaohe;

import java.util.List;

import io.kaohe.model.SchoolVerdict;
import io.kaohe.model.TeacherVerdict;

/**
 * The outcome of running one scenario: passed, or each difference between expected and actual.
 *
 * @param actual       the teacher verdict (null for a school case, or when the dossier was rejected)
 * @param schoolActual the school verdict of a school case (null otherwise)
 */
public record ScenarioResult(Scenario scenario, TeacherVerdict actual, List<String> differences, SchoolVerdict schoolActual) {
    public ScenarioResult(Scenario scenario, TeacherVerdict actual, List<String> differences) {
        this(scenario, actual, differences, null);
    }

    public boolean passed() { return differences.isEmpty(); }
}
