package io.kaohe.internal.engine;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.kaohe.Engine;
import io.kaohe.KaoheException;
import io.kaohe.model.Cohort;
import io.kaohe.ProgressInput;
import io.kaohe.model.Grade;
import io.kaohe.model.ProgressReport;
import io.kaohe.model.SchoolDossier;
import io.kaohe.model.SchoolVerdict;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.TeacherVerdict;
import io.kaohe.internal.pack.PackDescriptor;
import io.kaohe.internal.json.Providers;
import io.kaohe.spi.RulePack;
import io.kaohe.internal.params.ParameterSet;
import io.kaohe.internal.rules.Checks;
import io.kaohe.internal.rules.TeacherFacts;
import io.kaohe.internal.validate.DossierValidator;
import io.kaohe.FieldError;
import io.kaohe.InvalidInputException;

/**
 * The engine of one pack. Holds the current {@link PackRules} in an atomic reference: every call reads
 * it once and runs wholly on that version; {@link #reload} builds a new version off the request path
 * and swaps it in only when it built without problems.
 */
public final class PackEngine implements Engine {
    private static final Logger LOG = LoggerFactory.getLogger(PackEngine.class);

    private final PackDescriptor descriptor;
    private final ClassLoader classLoader;
    private final AtomicReference<PackRules> current;
    private final RulePack provider;

    public PackEngine(PackDescriptor descriptor, ClassLoader classLoader, PackRules rules) {
        this.descriptor = descriptor;
        this.classLoader = classLoader;
        this.provider = Providers.of(descriptor);
        this.current = new AtomicReference<>(rules);
    }

    private PackEngine(PackEngine live, PackRules rules) {
        this.descriptor = live.descriptor;
        this.classLoader = live.classLoader;
        this.provider = live.provider;
        this.current = new AtomicReference<>(rules);
    }

    /**
     * An engine fixed on the rules in use now, which no reload replaces: a request of several calls (a batch of
     * dossiers, kaohe serve) is decided wholly by one version. Cheap: it shares the compiled rules.
     */
    public PackEngine pinned() { return new PackEngine(this, current.get()); }

    /**
     * The implementation behind an engine {@link io.kaohe.Kaohe} returned, for internal callers (the CLI, tests).
     *
     * @throws IllegalArgumentException for an engine of another implementation
     */
    public static PackEngine of(Engine engine) {
        if (engine instanceof PackEngine p) return p;
        throw new IllegalArgumentException("not an engine of kaohe-core: " + engine);
    }

    /** {@code of(engine).info()}: what the CLI and tests read of a pack's clauses, parameters, catalog and rules. */
    public static PackInfo info(Engine engine) { return of(engine).info(); }

    /** The rules in use now. */
    public PackRules rules() { return current.get(); }

    /**
     * Rebuilds from the shipped files with {@code dir} laid over them and swaps the result in.
     * A failed build throws {@link io.kaohe.RulesException} and leaves the working rules in place.
     */
    public PackRules reload(Path dir) {
        PackRules next = compile(dir);
        PackRules prev = current.getAndSet(next);
        LOG.info("pack {}: rules {} replaced by {}", descriptor.name(), prev.policyVersion(), next.policyVersion());
        return next;
    }

    /** The shipped files with {@code dir} laid over them, compiled: not yet in use. */
    PackRules compile(Path dir) {
        return PackRules.compiled(descriptor, RuleFiles.shipped(descriptor, classLoader).overlay(dir));
    }

    /** Puts {@code next} in use if {@code expected} still is; calls already running keep the rules they started with. */
    boolean replace(PackRules expected, PackRules next) { return current.compareAndSet(expected, next); }

    @Override
    public String pack() { return descriptor.name(); }

    @Override
    public String policyVersion() { return current.get().policyVersion(); }

    /** Clauses, parameters, catalog and rules of the pack as loaded (internal types: not part of {@link Engine}). */
    public PackInfo info() {
        PackRules r = current.get();
        return new PackInfo(descriptor.name(), descriptor.title(), descriptor.version(), r.policyVersion(), r.precompiled(),
                r.clauses(), r.parameters(), r.catalog(), r.rules(), r.files().origins(), r.files().listing(), r.config());
    }

    @Override
    public List<FieldError> validate(TeacherDossier dossier) {
        return validate(current.get(), dossier);
    }

    List<FieldError> validate(PackRules r, TeacherDossier d) {
        return new ArrayList<>(checked(r, d).errors());
    }

    /** A dossier's errors under {@code r}, or (none) its assessment date: what {@link #validate} and {@link #assess} check. */
    private record Checked(List<FieldError> errors, LocalDate date) {}

    private Checked checked(PackRules r, TeacherDossier d) {
        List<FieldError> errors = new DossierValidator(r.catalog(), descriptor.units()).validate(d);
        if (!errors.isEmpty()) return new Checked(errors, null);
        LocalDate date = assessmentDate(r, d); // worked out once: it scans every dated entry
        FieldError early = beforePolicy(r, d, date);
        return early != null ? new Checked(List.of(early), null) : new Checked(List.of(), date);
    }

    /** The error when the dossier's assessment {@code date} is before the pack's policy is in force; else null. */
    private static FieldError beforePolicy(PackRules r, TeacherDossier d, LocalDate date) {
        if (!date.isBefore(r.parameters().inForceFrom())) return null;
        return FieldError.of(d.asOf() != null ? "asOf" : "records", "validate.assessment-date.before", date,
                r.parameters().inForceFrom());
    }

    /** The dossier's own date, else the latest policy date: never the wall clock. */
    static LocalDate assessmentDate(PackRules r, TeacherDossier d) {
        return d.referenceDate().orElseGet(() -> r.parameters().latestChange());
    }

    @Override
    public TeacherVerdict assess(TeacherDossier dossier) {
        return assess(current.get(), dossier);
    }

    /** Assesses with the given version of the rules (a cohort is assessed wholly on one version). */
    TeacherVerdict assess(PackRules r, TeacherDossier dossier) {
        Checked c = checked(r, dossier);
        if (!c.errors().isEmpty()) throw new InvalidInputException(c.errors());
        LocalDate date = c.date();
        ParameterSet params = r.parameters().at(date);
        Checks checks = session(r, params, facts(r, dossier, params));
        if (checks.isEmpty()) {
            throw KaoheException.of("rules.incomplete.teacher", descriptor.name(), dossier.teacher().id());
        }
        Grade grade = checks.teacherGrade();
        return new TeacherVerdict(dossier.teacher().id(), descriptor.name(), r.policyVersion(), date,
                grade != Grade.INCOMPLETE, grade, checks.unmet(), checks.reasons(), checks.outcomes(grade), r.files().overrides());
    }

    // The stages of assess, each on its own for the bench (Floors, SessionLevers): the same code assess runs.

    /** The parameters a valid dossier is assessed with: those in force on its assessment date. */
    public static ParameterSet parameters(PackRules r, TeacherDossier valid) { return r.parameters().at(assessmentDate(r, valid)); }

    /**
     * What the session sees of a valid dossier: its {@link TeacherFacts}, research semesters and abilities, then the
     * province's own facts, each only if a rule of {@code r} can match it ({@link Sessions#addMatched}).
     */
    public List<Object> facts(PackRules r, TeacherDossier valid, ParameterSet params) {
        TeacherFacts facts = TeacherFacts.of(valid, params, r.catalog(), descriptor.conversions());
        Sessions s = r.sessions();
        List<Object> input = new ArrayList<>();
        if (s.matches(TeacherFacts.class)) input.add(facts);
        s.addMatched(input, facts.getSemesters());
        s.addMatched(input, facts.getAbilities());
        s.addMatched(input, provider.teacherFacts(valid, facts));   // the province's own facts, beside the shared ones
        return input;
    }

    /** Runs {@code r}'s rules over {@code facts} (none: the fixed cost of a session), recorded in a new {@link Checks}. */
    public static Checks session(PackRules r, ParameterSet params, List<Object> facts) {
        Checks checks = r.sessions().checks(params, r.descriptor().display());
        r.sessions().run(checks, facts);
        return checks;
    }

    @Override
    public List<SchoolVerdict> assessSchools(List<SchoolDossier> schools) {
        return SchoolAssessor.assess(current.get(), schools);
    }

    @Override
    public ProgressReport progress(ProgressInput input, LocalDate asOf) {
        return ProgressAssessor.progress(this, current.get(), input, asOf);
    }
}
