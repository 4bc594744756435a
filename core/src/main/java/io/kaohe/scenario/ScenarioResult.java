package io.kaohe.scenario;

import java.util.List;

import io.kaohe.model.TeacherVerdict;

/** The outcome of running one scenario: passed, or each difference between expected and actual. */
public record ScenarioResult(Scenario scenario, TeacherVerdict actual, List<String> differences) {
    public boolean passed() { return differences.isEmpty(); }
}
