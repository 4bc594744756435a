package io.kaohe.bench;

import java.time.LocalDate;
import java.util.List;

import io.kaohe.Engine;
import io.kaohe.internal.engine.PackEngine;
import io.kaohe.internal.engine.PackInfo;
import io.kaohe.model.Grade;
import io.kaohe.model.ProgressReport;
import io.kaohe.model.SchoolDossier;
import io.kaohe.model.SchoolVerdict;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.TeacherVerdict;
import io.kaohe.FieldError;
import io.kaohe.InvalidInputException;

/**
 * A pack's hand-written {@link Baseline} behind the {@link Engine} interface, so that the baseline runs in exactly
 * the pipeline Kaohe runs in ({@code TeacherStream}: the same reading, parsing, validation, duplicate check, JSON
 * writing and worker pool, so whatever speeds those up speeds up both sides). Only the decision differs: no rule
 * engine, and the verdict carries the grade and unmet clauses but no reasons.
 */
public final class BaselineEngine implements Engine {
    private final Engine pack;
    private final Baseline<?> baseline;

    /** The baseline of the pack {@code pack} runs (its own parameters, catalogue and validation). */
    public BaselineEngine(Engine pack) {
        this.pack = pack;
        PackInfo info = PackEngine.info(pack);
        this.baseline = Baseline.of(pack.pack(), info.parameters(), info.catalog());
    }

    public Baseline<?> baseline() { return baseline; }

    @Override
    public String pack() { return pack.pack(); }

    @Override
    public String policyVersion() { return pack.policyVersion(); }

    /** The pack's own validation: the same input is accepted and rejected by both pipelines. */
    @Override
    public List<FieldError> validate(TeacherDossier dossier) { return pack.validate(dossier); }

    @Override
    public TeacherVerdict assess(TeacherDossier dossier) {
        List<FieldError> errors = pack.validate(dossier);
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
        Baseline.Result r = baseline.evaluate(dossier);
        return new TeacherVerdict(dossier.teacher().id(), pack(), policyVersion(), baseline.date(dossier),
                r.grade() != Grade.INCOMPLETE, r.grade(), r.unmet(), List.of(), List.of());
    }

    @Override
    public List<SchoolVerdict> assessSchools(List<SchoolDossier> schools) {
        throw new UnsupportedOperationException("the baseline covers the teacher rules only");
    }

    @Override
    public ProgressReport progress(io.kaohe.ProgressInput cohort, LocalDate asOf) {
        throw new UnsupportedOperationException("the baseline covers the teacher rules only");
    }
}
