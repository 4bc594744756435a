package io.kaohe.internal.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.kaohe.Engine;
import io.kaohe.InvalidInputException;
import io.kaohe.Problem;
import io.kaohe.RuleFailureException;
import io.kaohe.Scenario;
import io.kaohe.SmokeCohort;
import io.kaohe.internal.i18n.Messages;
import io.kaohe.model.SchoolDossier;
import io.kaohe.model.TeacherDossier;
import io.kaohe.Problem;
import io.kaohe.Scenario;
import io.kaohe.internal.scenario.Scenarios;
import io.kaohe.InvalidInputException;

/**
 * The run half of {@link Kaohe#check(String, java.nio.file.Path, SmokeCohort)}: scenarios and smoke records through
 * built rules, collecting each rule that throws once, at the rule's file and line, with how often and where first.
 */
final class RuleRun {
    private RuleRun() {}

    /** One failing rule: the first failure, how many records it failed on, and the first of them. */
    private static final class Failure {
        final RuleFailureException first;
        final String firstOn;
        final String firstOnEn;
        final String file;
        final int line;
        int count;

        Failure(RuleFailureException e, String on, String onEn, String file, int line) {
            this.first = e;
            this.firstOn = on;
            this.firstOnEn = onEn;
            this.file = file;
            this.line = line;
        }
    }

    static List<Problem> failures(Engine engine, List<Scenario> cases, SmokeCohort smoke) {
        Map<String, Failure> failed = new LinkedHashMap<>();
        for (Scenario s : cases) {
            run(failed, () -> Scenarios.run(engine, s), "用例 '" + s.name() + "'（" + s.file() + ":" + s.line() + "）",
                    "case '" + s.name() + "' (" + s.file() + ":" + s.line() + ")", s.file(), s.line());
        }
        String pack = engine.pack();
        for (TeacherDossier d : smoke.teachers()) {
            try {
                run(failed, () -> engine.assess(d), "冒烟档案 " + d.teacher().id(), "smoke dossier " + d.teacher().id(), pack, 0);
            } catch (InvalidInputException skipped) {
                // rejecting bad input is not a rule's fault
            }
        }
        if (!smoke.schools().isEmpty()) {
            try {
                run(failed, () -> engine.assessSchools(smoke.schools()), "冒烟学校档案", "the smoke school dossiers", pack, 0);
            } catch (InvalidInputException e) { // one bad school rejects the batch: run the good ones one by one
                for (SchoolDossier s : smoke.schools()) {
                    try {
                        run(failed, () -> engine.assessSchools(List.of(s)), "冒烟学校档案 " + s.school().id(),
                                "smoke school dossier " + s.school().id(), pack, 0);
                    } catch (InvalidInputException skipped) {
                        // not a rule's fault
                    }
                }
            }
        }
        if (smoke.cohort() != null) {
            run(failed, () -> engine.progress(smoke.cohort(), smoke.asOf()), "冒烟进度名单", "the smoke progress cohort", pack, 0);
        }
        List<Problem> out = new ArrayList<>();
        for (Failure f : failed.values()) {
            RuleFailureException e = f.first;
            out.add(Problem.of(f.file, f.line, f.line > 0 ? 1 : 0,
                    "运行出错：" + e.getMessage(Messages.ZH) + "（共 " + f.count + " 次，首次在" + f.firstOn + "）",
                    "fails when run: " + e.getMessage(Messages.EN) + " (" + f.count + " times, first on " + f.firstOnEn + ")"));
        }
        return out;
    }

    /**
     * Runs one record; a rule failure is noted under its rule (at the rule's file and line when known, else where the
     * record is). Invalid input propagates to the caller.
     */
    private static void run(Map<String, Failure> failed, Runnable r, String on, String onEn, String file, int line) {
        try {
            r.run();
        } catch (RuleFailureException e) {
            String key = e.rule() == null ? "?" : e.rule();
            boolean located = e.file() != null && e.line() > 0;
            failed.computeIfAbsent(key, k -> new Failure(e, on, onEn, located ? e.file() : file, located ? e.line() : line)).count++;
        }
    }
}
