package io.kaohe.internal.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.kaohe.KaoheException;
import io.kaohe.ProgressInput;
import io.kaohe.RuleFailureException;
import io.kaohe.internal.i18n.Display;
import io.kaohe.model.BatchProgress;
import io.kaohe.model.Deadline;
import io.kaohe.model.ProgressReport;
import io.kaohe.model.RecheckSample;
import io.kaohe.model.Reject;
import io.kaohe.model.School;
import io.kaohe.model.SchoolProgress;
import io.kaohe.model.TeacherAction;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.TeacherVerdict;
import io.kaohe.internal.json.SeenIds;
import io.kaohe.internal.pack.ProgressPlan;
import io.kaohe.internal.i18n.Names;
import io.kaohe.internal.params.ParameterSet;
import io.kaohe.internal.rules.Checks;
import io.kaohe.internal.rules.DeadlineCheck;
import io.kaohe.internal.rules.ProgressUnit;
import io.kaohe.internal.rules.RecheckDraw;
import io.kaohe.FieldError;
import io.kaohe.InvalidInputException;
import io.kaohe.internal.validate.SchoolValidator;

/**
 * Builds a cohort's progress report as of a date, on one version of the pack's rules and its progress plan
 * ({@link ProgressPlan}, {@code progress:} in the pack's {@code config.yaml}).
 * <ol>
 * <li>Every teacher dossier is assessed by the same engine, as it was known on the as-of date
 *     ({@link TeacherDossier#knownOn}: entries dated after it left out); an invalid one (or one naming an
 *     unknown school, or a teacher ID given twice) becomes a reject with {@code line} = its index + 1, never
 *     silently dropped. One pass over the teachers ({@link ProgressInput}): each is assessed as of the as-of date
 *     and of each deadline already passed, counted, and dropped; what is kept grows with the schools, plus the
 *     compact set of teacher IDs (the duplicate check) and the rows of teachers who need action.</li>
 * <li>Verdicts are counted per school (附件2 columns: {@link Tally}); the plan's {@code columns} name the
 *     parameters listing the clauses whose reasons define each column.</li>
 * <li>The progress rules decide the status of each school, batch and the total
 *     ({@link ProgressUnit}), check the plan's {@code deadlines} (each with the cohort's counts on the earlier
 *     of its date and the as-of date: a target is measured at its own date) and the re-check sample, all for
 *     the as-of date.</li>
 * </ol>
 * A batch is due by its own end where the plan gives one, else by the plan's {@code dueBy}; without a
 * {@code recheck} (or its share in force) no schools are drawn for re-checking and the report has no
 * {@code recheck}; rules may set each school's expected stage ({@link ProgressUnit#setExpectedStage}).
 * Schools are listed by ID, batches by start date, so the same input gives the same report.
 */
final class ProgressAssessor {
    private ProgressAssessor() {}

    static ProgressReport progress(PackEngine engine, PackRules r, ProgressInput cohort, LocalDate asOf) {
        check(r, cohort, asOf);
        ProgressPlan progress = r.config().progress();
        if (progress == null) throw KaoheException.of("pack.progress.none", r.descriptor().name());
        ParameterSet params = r.parameters().at(asOf);
        Map<String, ProgressPlan.Batch> plan = new LinkedHashMap<>();
        progress.batches(params).forEach(b -> plan.put(b.name(), b));
        List<School> schoolList = cohort.schools() == null ? List.of() : new ArrayList<>(cohort.schools());
        Map<String, School> schools = schools(schoolList, plan, progress.starts());
        List<String> requiredPlans = SchoolValidator.planKeys(params);
        Tally.Columns cols = new Tally.Columns(clauses(params, progress.columns().hours()),
                clauses(params, progress.columns().assessment()), clauses(params, progress.columns().practice()));

        // one pass: each teacher assessed as of the as-of date and of each deadline already passed, counted, dropped
        Map<String, Tally> tallies = new TreeMap<>();
        schools.keySet().forEach(id -> tallies.put(id, new Tally()));
        Map<LocalDate, Tally> onDeadlines = new TreeMap<>();
        for (LocalDate day : deadlineDays(progress, params, asOf)) onDeadlines.put(day, new Tally());
        List<Reject> rejects = new ArrayList<>();
        List<TeacherAction> actions = new ArrayList<>();
        SeenIds seen = new SeenIds();   // compact: the IDs' bytes, not the dossiers
        Iterator<ProgressInput.Entry> teachers = cohort.teachers();
        for (int i = 0; teachers.hasNext(); i++) {
            ProgressInput.Entry entry = teachers.next();
            if (entry != null && entry.unreadable() != null) {
                rejects.add(entry.unreadable());   // the reader's reject: why this teacher could not be read
                continue;
            }
            TeacherDossier d = entry == null ? null : entry.dossier();
            String at = "teachers[" + i + "].";
            String id = d == null || d.teacher() == null ? null : d.teacher().id();
            String school = d == null || d.teacher() == null ? null : d.teacher().schoolId();
            if (school != null && tallies.containsKey(school)) tallies.get(school).teachers++;
            List<FieldError> errors = new ArrayList<>(d == null ? List.of(FieldError.of("$", "validate.not-null"))
                    : engine.validate(r, d));
            if (school != null && !schools.containsKey(school)) {
                errors.add(FieldError.of("teacher.schoolId", "validate.school.unknown", school,
                        Names.suggestion(school, schools.keySet())));
            }
            if (id != null && errors.isEmpty()) {
                long first = seen.putIfAbsent(id, i);
                if (first >= 0) errors.add(FieldError.of("teacher.id", "validate.duplicate", "teachers[" + first + "]"));
            }
            boolean ruleFailed = false;
            if (errors.isEmpty()) {
                try {
                    // what was known on the as-of date: later records, scores and final assessments left out
                    TeacherDossier known = d.knownOn(asOf);
                    TeacherVerdict v = engine.assess(r, known);
                    tallies.get(school).add(v, known, cols);
                    TeacherAction action = TeacherAction.of(v, school);
                    if (action != null) actions.add(action);
                    onDeadlines.forEach((day, t) -> countOn(engine, r, d, day, t, cols));
                    continue;
                } catch (KaoheException e) {
                    // a rule that fails for this teacher makes this teacher a reject; the cohort goes on
                    ruleFailed = e instanceof RuleFailureException;
                    errors.add(FieldError.of("$", e));
                }
            }
            // "$" is the dossier itself: teachers[i], not teachers[i].$
            String text = FieldError.join(errors, e -> "$".equals(e.path()) ? at.substring(0, at.length() - 1) + ": " + e.message()
                    : at + e);
            rejects.add(new Reject(i + 1, id, null, text, ruleFailed));   // Reject masks both
        }
        actions.sort(Comparator.comparing(TeacherAction::schoolId).thenComparing(TeacherAction::teacherId));
        // read after the teachers (a cohort file may give them after its teachers); sorted for a stable order
        Map<String, Map<String, LocalDate>> filed = cohort.plans() == null ? Map.of() : new TreeMap<>(cohort.plans());
        filedPlans(filed, schools, requiredPlans);
        tooFewTeachers(schoolList, tallies);

        // per school, per batch, total: the units whose status the rules decide
        Display display = r.descriptor().display();
        LocalDate due = params.date(progress.dueBy());
        Map<String, ProgressUnit> schoolUnits = new TreeMap<>();
        Map<String, Tally> batchTallies = new TreeMap<>();
        Map<String, Integer> batchSchools = new TreeMap<>();
        Map<String, List<String>> batchPlansMissing = new TreeMap<>();
        List<String> allPlansMissing = new ArrayList<>();
        Tally all = new Tally();
        for (Map.Entry<String, Tally> e : tallies.entrySet()) {
            School s = schools.get(e.getKey());
            Tally t = e.getValue();
            if (s.teacherCount() != null) t.teachers = s.teacherCount();
            List<String> missing = plansMissing(filed.get(s.id()), requiredPlans, asOf);
            schoolUnits.put(s.id(), new ProgressUnit(ProgressUnit.SCHOOL, s.id(), asOf, plan.get(s.batch()).start(),
                    plan.get(s.batch()).end(), t.teachers, t.passed, t.detail(missing), s.name(), s.batch(), display));
            batchTallies.computeIfAbsent(s.batch(), b -> new Tally()).add(t);
            batchSchools.merge(s.batch(), 1, Integer::sum);
            for (String key : missing) {
                batchPlansMissing.computeIfAbsent(s.batch(), b -> new ArrayList<>()).add(s.id() + " " + key);
                allPlansMissing.add(s.id() + " " + key);
            }
            all.add(t);
        }
        List<String> batchOrder = batchTallies.keySet().stream()
                .sorted(Comparator.comparing((String b) -> plan.get(b).start()).thenComparing(b -> b)).toList();
        Map<String, ProgressUnit> batchUnits = new LinkedHashMap<>();
        for (String b : batchOrder) {
            Tally t = batchTallies.get(b);
            batchUnits.put(b, new ProgressUnit(ProgressUnit.BATCH, b, asOf, plan.get(b).start(), plan.get(b).end(), t.teachers,
                    t.passed, t.detail(batchPlansMissing.getOrDefault(b, List.of())), null, b, display));
        }
        LocalDate firstStart = plan.get(batchOrder.get(0)).start();
        ProgressUnit total = new ProgressUnit(ProgressUnit.TOTAL, "all", asOf, firstStart, due, all.teachers, all.passed,
                all.detail(allPlansMissing), null, null, display);

        // each deadline on the cohort as known on its own day (the as-of date's counts when it has not passed)
        List<DeadlineCheck> deadlines = deadlines(progress, params, asOf, all.teachers, day -> day.equals(asOf) ? all
                : onDeadlines.get(day), day -> day.equals(asOf) ? allPlansMissing
                : schools.keySet().stream().flatMap(id -> plansMissing(filed.get(id), requiredPlans, day).stream()
                        .map(key -> id + " " + key)).toList());
        // a re-check sample only where the pack's policy has one (the plan's recheck, its share in force)
        ProgressPlan.Recheck rc = progress.recheck();
        boolean recheck = rc != null && params.has(rc.share());
        long seed = !recheck ? 0 : cohort.seed() != null ? cohort.seed() : params.number(rc.seed()).longValueExact();
        BigDecimal share = recheck ? params.number(rc.share()) : null;
        List<String> drawn = recheck ? Recheck.draw(schools.keySet(), share, seed) : List.of();

        List<Object> facts = new ArrayList<>();
        facts.addAll(schoolUnits.values());
        facts.addAll(batchUnits.values());
        facts.add(total);
        facts.addAll(deadlines);
        if (recheck) facts.add(new RecheckDraw(schools.size(), drawn, seed));
        Checks checks = r.sessions().checks(params, display);
        r.sessions().run(checks, facts);
        for (Object f : facts) {
            if (f instanceof ProgressUnit u && u.getStatus() == null) {
                throw KaoheException.of("rules.incomplete.progress", r.descriptor().name(), u);
            }
        }

        List<SchoolProgress> rows = new ArrayList<>();
        tallies.forEach((id, t) -> {
            School s = schools.get(id);
            rows.add(t.row(id, s.name(), s.batch(), schoolUnits.get(id).getStatus())
                    .withExpectedStage(schoolUnits.get(id).getExpectedStage()));
        });
        List<BatchProgress> batches = new ArrayList<>();
        for (String b : batchOrder) {
            Tally t = batchTallies.get(b);
            batches.add(new BatchProgress(b, plan.get(b).start(), batchUnits.get(b).getDueBy(), batchSchools.get(b), t.teachers,
                    plan.get(b).plannedShare(), Tally.rate(t.teachers, all.teachers), t.assessed, t.passed, t.failed,
                    t.failed + t.incomplete, batchUnits.get(b).getStatus()));
        }
        List<Deadline> deadlineRows = deadlines.stream().map(d -> deadline(progress, d)).toList();
        RecheckSample sample = recheck ? new RecheckSample(params.definition(rc.share()).clause(), seed, share, drawn.size(), drawn)
                : null;
        return new ProgressReport(r.descriptor().name(), r.policyVersion(), asOf, cohort.county(),
                all.row(null, "合计 total", null, total.getStatus()), batches, rows, deadlineRows, sample,
                checks.reasons(), rejects, actions);
    }

    private static void check(PackRules r, ProgressInput cohort, LocalDate asOf) {
        List<FieldError> errors = new ArrayList<>();
        if (cohort == null) errors.add(FieldError.of("$", "validate.cohort.empty"));
        if (asOf == null) {
            errors.add(FieldError.of("asOf", "validate.required"));
        } else if (asOf.isBefore(r.parameters().inForceFrom())) {
            errors.add(FieldError.of("asOf", "validate.as-of.before", asOf, r.parameters().inForceFrom()));
        }
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
    }

    /** The cohort's schools by ID, or an exception naming every problem ({@code schools[i].field}). */
    private static Map<String, School> schools(List<School> list, Map<String, ProgressPlan.Batch> plan, String starts) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, School> out = new TreeMap<>();
        Map<String, Integer> index = new HashMap<>();
        if (list.isEmpty()) errors.add(FieldError.of("schools", "validate.schools.required"));
        for (int i = 0; i < list.size(); i++) {
            School s = list.get(i);
            String at = "schools[" + i + "]";
            List<FieldError> own = new ArrayList<>();
            if (s == null) own.add(FieldError.of(at, "validate.not-null"));   // schools: [null]
            else SchoolValidator.school(s, at, own);
            if (s != null) {
                if (s.batch() == null || s.batch().isBlank()) {
                    own.add(FieldError.of(at + ".batch", "validate.batch.required", plan.keySet()));
                } else if (!plan.containsKey(s.batch())) {
                    own.add(FieldError.of(at + ".batch", "validate.batch.unknown", s.batch(), Names.suggestion(s.batch(), plan.keySet()),
                            starts, String.join(", ", plan.keySet())));
                }
            }
            if (own.isEmpty()) {
                Integer first = index.putIfAbsent(s.id(), i);
                if (first != null) own.add(FieldError.of(at + ".id", "validate.duplicate", "schools[" + first + "]"));
                else out.put(s.id(), s);
            }
            errors.addAll(own);
        }
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
        return out;
    }

    /**
     * The cohort's plans name known schools, with dates, and (when the pack declares its plan keys with
     * {@code school.plans-required}) only those keys; else an exception naming every problem ({@code plans.<id>.<key>}).
     */
    private static void filedPlans(Map<String, Map<String, LocalDate>> filed, Map<String, School> schools, List<String> required) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> known = new TreeSet<>(required);
        filed.forEach((school, plans) -> {
            String at = "plans." + school;
            if (!schools.containsKey(school)) {
                errors.add(FieldError.of(at, "validate.school.unknown", school, Names.suggestion(school, schools.keySet())));
            } else if (plans == null) {
                errors.add(FieldError.of(at, "validate.plans.map"));
            } else {
                SchoolValidator.plans(plans, known, at, errors);
            }
        });
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
    }

    /** Required plans a school had not filed by the as-of date (none filed, or filed after it), in the pack's order. */
    private static List<String> plansMissing(Map<String, LocalDate> filed, List<String> required, LocalDate asOf) {
        List<String> out = new ArrayList<>();
        for (String key : required) {
            LocalDate on = filed == null ? null : filed.get(key);
            if (on == null || on.isAfter(asOf)) out.add(key);
        }
        return out;
    }

    /** A school's teacherCount may not be below the dossiers given for it (its rates would exceed 100%). */
    private static void tooFewTeachers(List<School> schools, Map<String, Tally> tallies) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < schools.size(); i++) {
            School s = schools.get(i);
            int dossiers = tallies.get(s.id()).teachers;
            if (s.teacherCount() != null && s.teacherCount() < dossiers) {
                errors.add(FieldError.of("schools[" + i + "].teacherCount", "validate.teacher-count.few", s.teacherCount(), dossiers));
            }
        }
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
    }

    private static Set<String> clauses(ParameterSet params, String name) { return new TreeSet<>(params.clauses(name)); }

    /**
     * Every deadline of the plan whose date is in force, by date then parameter name, with the cohort's counts on the day its
     * target is measured (the deadline once passed, else the as-of date): {@code tally} and {@code plans} per day.
     */
    private static List<DeadlineCheck> deadlines(ProgressPlan progress, ParameterSet params, LocalDate asOf, int teachers,
                                                 java.util.function.Function<LocalDate, Tally> tally,
                                                 java.util.function.Function<LocalDate, List<String>> plans) {
        List<DeadlineCheck> out = new ArrayList<>();
        Map<LocalDate, Tally> tallies = new HashMap<>();
        for (ProgressPlan.Deadline d : progress.deadlines()) {
            String name = d.date();
            if (!params.has(name)) continue;
            LocalDate date = params.date(name);
            LocalDate on = asOf.isAfter(date) ? date : asOf;
            Tally t = tallies.computeIfAbsent(on, tally);
            out.add(new DeadlineCheck(name, date, asOf, teachers, t.passed, t.detail(plans.apply(on))));
        }
        out.sort(Comparator.comparing(DeadlineCheck::getDate).thenComparing(DeadlineCheck::getParameter));
        return out;
    }

    /** A valid dossier's verdict counted on what was known on {@code day} (a deadline already passed). */
    private static void countOn(PackEngine engine, PackRules r, TeacherDossier d, LocalDate day, Tally t, Tally.Columns cols) {
        TeacherDossier known = d.knownOn(day);
        try {
            t.add(engine.assess(r, known), known, cols);
        } catch (KaoheException e) {
            // not assessable on that day (e.g. before the rules were in force): nothing done then
        }
    }

    /** The days before the as-of date on which a deadline's target is measured: each teacher is counted on them too. */
    private static Set<LocalDate> deadlineDays(ProgressPlan progress, ParameterSet params, LocalDate asOf) {
        Set<LocalDate> out = new TreeSet<>();
        for (ProgressPlan.Deadline d : progress.deadlines()) {
            if (params.has(d.date()) && asOf.isAfter(params.date(d.date()))) out.add(params.date(d.date()));
        }
        return out;
    }

    /** The report's row of a deadline: its clause and labels as the plan declares them. */
    private static Deadline deadline(ProgressPlan progress, DeadlineCheck d) {
        ProgressPlan.Deadline p = progress.deadlines().stream().filter(x -> x.date().equals(d.getParameter())).findFirst().orElseThrow();
        return new Deadline(p.clause(), p.zh(), p.en(), d.getDate(), d.getDaysLeft(), d.isPassed());
    }
}
