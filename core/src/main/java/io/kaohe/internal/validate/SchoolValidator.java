package io.kaohe.internal.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.kaohe.FieldError;
import io.kaohe.model.CohortStats;
import io.kaohe.model.Environment;
import io.kaohe.model.ManagementTeam;
import io.kaohe.model.School;
import io.kaohe.model.SchoolDossier;
import io.kaohe.internal.pack.AbilityCatalog;
import io.kaohe.internal.pack.FormItemSpec;
import io.kaohe.internal.i18n.Names;
import io.kaohe.internal.params.ParameterSet;
import io.kaohe.internal.params.ParameterTable;

/**
 * Checks a school dossier before its form is scored. Every problem names its field path. A dossier
 * with any problem is rejected whole.
 *
 * <p>Item keys come from the pack's declared form ({@code form:} in its {@code config.yaml},
 * {@link FormItemSpec}): an item an assessor scores may be given in {@code items}, with a score within
 * 0 … its maximum (the parameter the declaration names); an unknown key is an error (with a did-you-mean
 * suggestion); a key left out is simply not scored. Items a rule decides from data may not be given.
 */
public final class SchoolValidator {
    static final String ONLINE_MIN = "teacher.online-hours-min";
    static final String PRACTICE_MIN = "teacher.practice-hours-min";

    private final AbilityCatalog catalog;
    /** item key → parameter holding its maximum, sorted */
    private final Map<String, String> assessorItems = new TreeMap<>();
    private final Map<String, BigDecimal> maxima = new HashMap<>();
    private final Set<String> computedItems = new java.util.TreeSet<>();
    /** Plan keys the pack declares ({@code school.plans-required}); empty: any key is accepted. */
    private final Set<String> planKeys = new java.util.TreeSet<>();
    /** hour counts are required only from packs that set the matching minimum (Hunan sets no online / practice split) */
    private final boolean onlineMin;
    private final boolean practiceMin;
    /** the micro-ability pass count is required from packs whose pass rate reads it ({@code school.pass-rate-clauses}) */
    private final boolean passRateClauses;

    /** @param form the pack's declared form items ({@link io.kaohe.internal.pack.PackConfig#form}) */
    public SchoolValidator(AbilityCatalog catalog, ParameterSet params, List<FormItemSpec> form) {
        this.catalog = catalog;
        this.onlineMin = params.has(ONLINE_MIN);
        this.practiceMin = params.has(PRACTICE_MIN);
        this.passRateClauses = params.has(PASS_RATE_CLAUSES);
        for (FormItemSpec item : form) {
            if (item.isAssessed()) {
                assessorItems.put(item.getKey(), item.getMax());
                maxima.put(item.getKey(), params.number(item.getMax()));
            } else {
                computedItems.add(item.getKey());
            }
        }
        planKeys.addAll(planKeys(params));
    }

    /** The clauses a teacher must meet to count toward a school's pass rate (whitespace- or comma-separated IDs). */
    public static final String PASS_RATE_CLAUSES = "school.pass-rate-clauses";

    /** Parameter naming the plans a school must file (plan keys, space or comma separated), if the pack has one. */
    public static final String PLANS_REQUIRED = "school.plans-required";

    /** The plan keys the pack declares with {@value #PLANS_REQUIRED}, in the order given; empty when it has none. */
    public static List<String> planKeys(ParameterSet params) {
        if (!params.has(PLANS_REQUIRED)) return List.of();
        List<String> out = new ArrayList<>();
        for (String k : params.text(PLANS_REQUIRED).trim().split("[\\s,]+")) if (!k.isEmpty()) out.add(k);
        return List.copyOf(out);
    }

    /**
     * Plans filed (key → date) at {@code at}: every date given, and when the pack declares its plan keys,
     * only those keys (an unknown key gets a did-you-mean suggestion: a misspelt plan would read as not filed).
     */
    public static void plans(Map<String, java.time.LocalDate> plans, Set<String> known, String at, List<FieldError> out) {
        for (Map.Entry<String, java.time.LocalDate> e : plans.entrySet()) {
            String path = at + "." + e.getKey();
            if (!known.isEmpty() && !known.contains(e.getKey())) {
                out.add(FieldError.of(path, "validate.plan.unknown", e.getKey(), Names.suggestion(e.getKey(), known),
                        String.join(", ", known)));
            } else if (e.getValue() == null) {
                out.add(FieldError.of(path, "validate.plan.date"));
            }
        }
    }

    /** A validator for a pack's catalog and form, with its parameters as they stand now (as school assessment uses them). */
    public static SchoolValidator of(AbilityCatalog catalog, ParameterTable parameters, List<FormItemSpec> form) {
        return new SchoolValidator(catalog, parameters.at(parameters.latestChange()), form);
    }

    /** Keys an assessor may score, sorted. */
    public Set<String> assessorItems() { return java.util.Collections.unmodifiableSet(assessorItems.keySet()); }

    public List<FieldError> validate(SchoolDossier d) {
        List<FieldError> out = new ArrayList<>();
        if (d == null) {
            out.add(FieldError.of("$", "validate.dossier.empty"));
            return out;
        }
        school(d.school(), "school", out);
        team(d.team(), out);
        abilities(d.abilities(), out);
        // the counted cohort is what the computed items of a points form read; without such a form it is optional
        if (d.cohort() != null || !computedItems.isEmpty()) cohort(d.cohort(), out);
        items(d.items(), out);
        plans(d.plans(), planKeys, "plans", out);
        Parts.validate(d.parts(), io.kaohe.spi.DossierPart.Of.SCHOOL, catalog, out);
        return out;
    }

    /** The fields of a school every use needs: id, and no negative counts. */
    public static void school(School s, String at, List<FieldError> out) {
        if (s == null) {
            out.add(FieldError.of(at, "validate.required"));
            return;
        }
        if (s.id() == null || s.id().isBlank()) out.add(FieldError.of(at + ".id", "validate.required"));
        DossierValidator.notPersonal(s.id(), at + ".id", out);
        notNegative(s.staffCount(), at + ".staffCount", out);
        notNegative(s.teacherCount(), at + ".teacherCount", out);
        for (int i = 0; i < s.stages().size(); i++) {
            if (s.stages().get(i) == null) out.add(FieldError.of(at + ".stages[" + i + "]", "validate.not-null"));
        }
    }

    private static void team(ManagementTeam t, List<FieldError> out) {
        if (t != null) notNegative(t.size(), "team.size", out);
    }

    private void abilities(List<String> codes, List<FieldError> out) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            String at = "abilities[" + i + "]";
            if (code == null) {
                out.add(FieldError.of(at, "validate.not-null"));
            } else if (code.isBlank()) {
                out.add(FieldError.of(at, "validate.required"));
            } else if (!catalog.contains(code)) {
                out.add(FieldError.of(at, "validate.ability.unknown", code, Names.suggestion(code, catalog.all().keySet())));
            } else {
                Integer prev = seen.putIfAbsent(code, i);
                if (prev != null) out.add(FieldError.of(at, "validate.repeated", code, "abilities[" + prev + "]"));
            }
        }
    }

    private void cohort(CohortStats c, List<FieldError> out) {
        if (c == null) {
            out.add(FieldError.of("cohort", "validate.cohort.required"));
            return;
        }
        if (c.teachers() == null) out.add(FieldError.of("cohort.teachers", "validate.required"));
        notNegative(c.teachers(), "cohort.teachers", out);
        int teachers = c.teachers() == null ? Integer.MAX_VALUE : c.teachers();
        if (onlineMin || c.onlineHoursMet() != null) atMostTeachers(c.onlineHoursMet(), "cohort.onlineHoursMet", teachers, out);
        if (practiceMin || c.practiceHoursMet() != null) atMostTeachers(c.practiceHoursMet(), "cohort.practiceHoursMet", teachers, out);
        atMostTeachers(c.passed(), "cohort.passed", teachers, out);
        if (passRateClauses || c.microAbilityPassed() != null) {
            atMostTeachers(c.microAbilityPassed(), "cohort.microAbilityPassed", teachers, out);
        }
        atMostTeachers(c.excellent(), "cohort.excellent", teachers, out);
        if (c.excellent() != null && c.passed() != null && c.excellent() > c.passed()) {
            out.add(FieldError.of("cohort.excellent", "validate.cohort.excellent", c.excellent(), c.passed()));
        }
        if (c.worksSubmitted() == null) out.add(FieldError.of("cohort.worksSubmitted", "validate.required"));
        notNegative(c.worksSubmitted(), "cohort.worksSubmitted", out);
        for (Map.Entry<Environment, Integer> e : c.abilityChoices().entrySet()) {
            String at = "cohort.abilityChoices." + e.getKey();
            if (e.getValue() == null) out.add(FieldError.of(at, "validate.number"));
            else notNegative(e.getValue(), at, out);
        }
    }

    private static void atMostTeachers(Integer n, String at, int teachers, List<FieldError> out) {
        if (n == null) {
            out.add(FieldError.of(at, "validate.required"));
        } else if (n < 0) {
            out.add(FieldError.of(at, "validate.negative", n));
        } else if (n > teachers) {
            out.add(FieldError.of(at, "validate.cohort.over", n, teachers));
        }
    }

    private void items(Map<String, BigDecimal> items, List<FieldError> out) {
        for (Map.Entry<String, BigDecimal> e : items.entrySet()) {
            String key = e.getKey();
            String at = "items." + key;
            if (!assessorItems.containsKey(key)) {
                if (computedItems.contains(key)) {
                    out.add(FieldError.of(at, "validate.item.computed"));
                } else {
                    out.add(FieldError.of(at, "validate.item.unknown", key, Names.suggestion(key, assessorItems.keySet()),
                            String.join(", ", assessorItems.keySet())));
                }
                continue;
            }
            BigDecimal v = e.getValue();
            BigDecimal max = maxima.get(key);
            if (v == null) {
                out.add(FieldError.of(at, "validate.item.number"));
            } else if (v.signum() < 0) {
                out.add(FieldError.of(at, "validate.negative", plain(v)));
            } else if (v.compareTo(max) > 0) {
                out.add(FieldError.of(at, "validate.item.max", plain(v), plain(max), assessorItems.get(key)));
            } else {
                Decimals.error(at, v).ifPresent(out::add);
            }
        }
    }

    /** An error at {@code at} when {@code n} is negative (a count). */
    public static void notNegative(Integer n, String at, List<FieldError> out) {
        if (n != null && n < 0) out.add(FieldError.of(at, "validate.negative", n));
    }

    private static String plain(BigDecimal b) { return Decimals.plain(b); }
}
