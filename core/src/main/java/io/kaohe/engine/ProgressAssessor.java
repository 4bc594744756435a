package io.kaohe.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.kaohe.KaoheException;
import io.kaohe.RuleFailureException;
import io.kaohe.i18n.Display;
import io.kaohe.model.BatchProgress;
import io.kaohe.model.Cohort;
import io.kaohe.model.Deadline;
import io.kaohe.model.ProgressReport;
import io.kaohe.model.RecheckSample;
import io.kaohe.model.Reject;
import io.kaohe.model.School;
import io.kaohe.model.SchoolProgress;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.TeacherVerdict;
import io.kaohe.params.Names;
import io.kaohe.params.Parameter;
import io.kaohe.params.ParameterSet;
import io.kaohe.rules.Checks;
import io.kaohe.rules.DeadlineCheck;
import io.kaohe.rules.ProgressUnit;
import io.kaohe.rules.RecheckDraw;
import io.kaohe.validate.FieldError;
import io.kaohe.validate.InvalidInputException;
import io.kaohe.validate.SchoolValidator;

/**
 * Builds a cohort's progress report as of a date, on one version of the pack's rules.
 * <ol>
 * <li>Every teacher dossier is assessed by the same engine, as it was known on the as-of date
 *     ({@link TeacherDossier#knownOn}: entries dated after it left out); an invalid one (or one naming an
 *     unknown school, or a teacher ID given twice) becomes a reject with {@code line} = its index + 1, never
 *     silently dropped.</li>
 * <li>Verdicts are counted per school (附件2 columns: {@link Tally}); the pack's parameters
 *     {@code progress.hours-clauses}, {@code progress.assessment-clauses}, {@code progress.practice-clauses}
 *     name the clauses whose reasons define each column.</li>
 * <li>The progress rules decide the status of each school, batch and the total
 *     ({@link ProgressUnit}), check the deadlines ({@code progress.deadline.*}, each with the cohort's counts
 *     on the earlier of its date and the as-of date: a target is measured at its own date) and the re-check
 *     sample, all for the as-of date.</li>
 * </ol>
 * Optional parameters: {@code progress.batch-ends} (DATES, batch → the date its teachers are due by;
 * a batch not in it, or a pack without it, uses {@code progress.deadline.assessment});
 * {@code progress.recheck-share-min} (without it no schools are drawn for re-checking and the report
 * has no {@code recheck}); {@code progress.batch-shares} (planned share of each batch).
 * Schools are listed by ID, batches by start date, so the same input gives the same report.
 *
 * <p>Optional parameters: {@code progress.batch-ends} (each batch due by its own last day, else all by
 * {@code progress.deadline.assessment}); {@code progress.recheck-share-min} (without it, no re-check sample);
 * rules may set each school's expected stage ({@link ProgressUnit#setExpectedStage}).
 */
final class ProgressAssessor {
    private ProgressAssessor() {}

    static final String PLAN = "progress.batch-starts";
    /** Optional: the last day of each batch; without it every batch is due by {@link #DEADLINE}. */
    static final String ENDS = "progress.batch-ends";
    /** Optional: the share of schools re-checked; without it there is no re-check sample. */
    static final String RECHECK = "progress.recheck-share-min";
    static final String DEADLINE = "progress.deadline.assessment";
    static final String DEADLINE_PREFIX = "progress.deadline.";

    static ProgressReport progress(PackEngine engine, PackRules r, Cohort cohort, LocalDate asOf) {
        check(r, cohort, asOf);
        ParameterSet params = r.parameters().at(asOf);
        Map<String, LocalDate> plan = plan(params);
        Map<String, School> schools = schools(cohort, plan);
        List<String> requiredPlans = SchoolValidator.planKeys(params);
        filedPlans(cohort, schools, requiredPlans);
        Tally.Columns cols = new Tally.Columns(clauses(params, "progress.hours-clauses"),
                clauses(params, "progress.assessment-clauses"), clauses(params, "progress.practice-clauses"));

        // assess every teacher; count per school
        Map<String, Tally> tallies = new TreeMap<>();
        schools.keySet().forEach(id -> tallies.put(id, new Tally()));
        List<Reject> rejects = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        List<TeacherDossier> valid = new ArrayList<>();
        for (int i = 0; i < cohort.teachers().size(); i++) {
            TeacherDossier d = cohort.teachers().get(i);
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
                Integer first = seen.putIfAbsent(id, i);
                if (first != null) errors.add(FieldError.of("teacher.id", "validate.duplicate", "teachers[" + first + "]"));
            }
            boolean ruleFailed = false;
            if (errors.isEmpty()) {
                try {
                    // what was known on the as-of date: later records, scores and final assessments left out
                    TeacherDossier known = d.knownOn(asOf);
                    tallies.get(school).add(engine.assess(r, known), known, cols);
                    valid.add(d);
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
        tooFewTeachers(cohort, schools, tallies);

        // per school, per batch, total: the units whose status the rules decide
        Display display = r.descriptor().display();
        LocalDate due = params.date(DEADLINE);
        Map<String, LocalDate> ends = dates(params, ENDS, false);
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
            List<String> missing = plansMissing(cohort.plans().get(s.id()), requiredPlans, asOf);
            schoolUnits.put(s.id(), new ProgressUnit(ProgressUnit.SCHOOL, s.id(), asOf, plan.get(s.batch()),
                    ends.getOrDefault(s.batch(), due), t.teachers, t.passed, t.detail(missing), s.name(), s.batch(), display));
            batchTallies.computeIfAbsent(s.batch(), b -> new Tally()).add(t);
            batchSchools.merge(s.batch(), 1, Integer::sum);
            for (String key : missing) {
                batchPlansMissing.computeIfAbsent(s.batch(), b -> new ArrayList<>()).add(s.id() + " " + key);
                allPlansMissing.add(s.id() + " " + key);
            }
            all.add(t);
        }
        List<String> batchOrder = batchTallies.keySet().stream()
                .sorted(Comparator.comparing((String b) -> plan.get(b)).thenComparing(b -> b)).toList();
        Map<String, ProgressUnit> batchUnits = new LinkedHashMap<>();
        for (String b : batchOrder) {
            Tally t = batchTallies.get(b);
            batchUnits.put(b, new ProgressUnit(ProgressUnit.BATCH, b, asOf, plan.get(b), ends.getOrDefault(b, due), t.teachers,
                    t.passed, t.detail(batchPlansMissing.getOrDefault(b, List.of())), null, b, display));
        }
        LocalDate firstStart = plan.get(batchOrder.get(0));
        ProgressUnit total = new ProgressUnit(ProgressUnit.TOTAL, "all", asOf, firstStart, due, all.teachers, all.passed,
                all.detail(allPlansMissing), null, null, display);

        // each deadline on the cohort as known on its own day (the as-of date's counts when it has not passed)
        List<DeadlineCheck> deadlines = deadlines(params, asOf, all.teachers, day -> day.equals(asOf) ? all
                : knownOn(engine, r, valid, cols, day), day -> day.equals(asOf) ? allPlansMissing
                : schools.keySet().stream().flatMap(id -> plansMissing(cohort.plans().get(id), requiredPlans, day).stream()
                        .map(key -> id + " " + key)).toList());
        // a re-check sample only where the pack's policy has one (progress.recheck-share-min)
        boolean recheck = params.has(RECHECK);
        long seed = !recheck ? 0 : cohort.seed() != null ? cohort.seed() : params.number("progress.recheck-seed").longValueExact();
        BigDecimal share = recheck ? params.number(RECHECK) : null;
        List<String> drawn = recheck ? Recheck.draw(schools.keySet(), share, seed) : List.of();

        List<Object> facts = new ArrayList<>();
        facts.addAll(schoolUnits.values());
        facts.addAll(batchUnits.values());
        facts.add(total);
        facts.addAll(deadlines);
        if (recheck) facts.add(new RecheckDraw(schools.size(), drawn, seed));
        Checks checks = new Checks(params, display);
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
        Map<String, Object> planned = params.has("progress.batch-shares") ? params.map("progress.batch-shares") : Map.of();
        List<BatchProgress> batches = new ArrayList<>();
        for (String b : batchOrder) {
            Tally t = batchTallies.get(b);
            Object p = planned.get(b);
            batches.add(new BatchProgress(b, plan.get(b), batchUnits.get(b).getDueBy(), batchSchools.get(b), t.teachers,
                    p instanceof BigDecimal bd ? bd : null, Tally.rate(t.teachers, all.teachers), t.assessed, t.passed, t.failed,
                    t.failed + t.incomplete, batchUnits.get(b).getStatus()));
        }
        List<Deadline> deadlineRows = deadlines.stream().map(d -> deadline(params, d)).toList();
        RecheckSample sample = recheck ? new RecheckSample(params.definition(RECHECK).clause(), seed, share, drawn.size(), drawn)
                : null;
        return new ProgressReport(r.descriptor().name(), r.policyVersion(), asOf, cohort.county(),
                all.row(null, "合计 total", null, total.getStatus()), batches, rows, deadlineRows, sample,
                checks.reasons(), rejects);
    }

    private static void check(PackRules r, Cohort cohort, LocalDate asOf) {
        List<FieldError> errors = new ArrayList<>();
        if (cohort == null) errors.add(FieldError.of("$", "validate.cohort.empty"));
        if (asOf == null) {
            errors.add(FieldError.of("asOf", "validate.required"));
        } else if (asOf.isBefore(r.parameters().inForceFrom())) {
            errors.add(FieldError.of("asOf", "validate.as-of.before", asOf, r.parameters().inForceFrom()));
        }
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
    }

    private static Map<String, LocalDate> plan(ParameterSet params) { return dates(params, PLAN, true); }

    /** A DATES parameter as a sorted map; an optional one the pack does not have is empty. */
    private static Map<String, LocalDate> dates(ParameterSet params, String name, boolean required) {
        Map<String, LocalDate> out = new TreeMap<>();
        if (required || params.has(name)) params.map(name).forEach((k, v) -> out.put(k, (LocalDate) v));
        return out;
    }

    /** The cohort's schools by ID, or an exception naming every problem ({@code schools[i].field}). */
    private static Map<String, School> schools(Cohort cohort, Map<String, LocalDate> plan) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, School> out = new TreeMap<>();
        Map<String, Integer> index = new HashMap<>();
        if (cohort.schools().isEmpty()) errors.add(FieldError.of("schools", "validate.schools.required"));
        for (int i = 0; i < cohort.schools().size(); i++) {
            School s = cohort.schools().get(i);
            String at = "schools[" + i + "]";
            List<FieldError> own = new ArrayList<>();
            if (s == null) own.add(FieldError.of(at, "validate.not-null"));   // schools: [null]
            else SchoolValidator.school(s, at, own);
            if (s != null) {
                if (s.batch() == null || s.batch().isBlank()) {
                    own.add(FieldError.of(at + ".batch", "validate.batch.required", plan.keySet()));
                } else if (!plan.containsKey(s.batch())) {
                    own.add(FieldError.of(at + ".batch", "validate.batch.unknown", s.batch(), Names.suggestion(s.batch(), plan.keySet()),
                            PLAN, String.join(", ", plan.keySet())));
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
    private static void filedPlans(Cohort cohort, Map<String, School> schools, List<String> required) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> known = new TreeSet<>(required);
        cohort.plans().forEach((school, plans) -> {
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
    private static void tooFewTeachers(Cohort cohort, Map<String, School> schools, Map<String, Tally> tallies) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < cohort.schools().size(); i++) {
            School s = cohort.schools().get(i);
            int dossiers = tallies.get(s.id()).teachers;
            if (s.teacherCount() != null && s.teacherCount() < dossiers) {
                errors.add(FieldError.of("schools[" + i + "].teacherCount", "validate.teacher-count.few", s.teacherCount(), dossiers));
            }
        }
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
    }

    private static Set<String> clauses(ParameterSet params, String name) {
        Set<String> out = new TreeSet<>();
        for (String s : params.text(name).trim().split("[\\s,]+")) if (!s.isEmpty()) out.add(s);
        return out;
    }

    /**
     * Every {@code progress.deadline.*} parameter, by date then name, with the cohort's counts on the day its
     * target is measured (the deadline once passed, else the as-of date): {@code tally} and {@code plans} per day.
     */
    private static List<DeadlineCheck> deadlines(ParameterSet params, LocalDate asOf, int teachers,
                                                 java.util.function.Function<LocalDate, Tally> tally,
                                                 java.util.function.Function<LocalDate, List<String>> plans) {
        List<DeadlineCheck> out = new ArrayList<>();
        Map<LocalDate, Tally> tallies = new HashMap<>();
        for (String name : params.all().keySet()) {
            if (!name.startsWith(DEADLINE_PREFIX)) continue;
            LocalDate date = params.date(name);
            LocalDate on = asOf.isAfter(date) ? date : asOf;
            Tally t = tallies.computeIfAbsent(on, tally);
            out.add(new DeadlineCheck(name, date, asOf, teachers, t.passed, t.detail(plans.apply(on))));
        }
        out.sort(Comparator.comparing(DeadlineCheck::getDate).thenComparing(DeadlineCheck::getParameter));
        return out;
    }

    /** The valid dossiers' verdicts counted on what was known on {@code day}. */
    private static Tally knownOn(PackEngine engine, PackRules r, List<TeacherDossier> valid, Tally.Columns cols, LocalDate day) {
        Tally t = new Tally();
        for (TeacherDossier d : valid) {
            TeacherDossier known = d.knownOn(day);
            try {
                t.add(engine.assess(r, known), known, cols);
            } catch (KaoheException e) {
                // not assessable on that day (e.g. before the rules were in force): nothing done then
            }
        }
        return t;
    }

    private static Deadline deadline(ParameterSet params, DeadlineCheck d) {
        Parameter p = params.definition(d.getParameter());
        String[] names = p.description().split("\\s*\\|\\s*", 2);
        return new Deadline(p.clause(), names[0], names.length > 1 ? names[1] : names[0], d.getDate(), d.getDaysLeft(),
                d.isPassed());
    }
}
