package io.kaohe.internal.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.kaohe.KaoheException;
import io.kaohe.model.FormItem;
import io.kaohe.model.Grade;
import io.kaohe.model.SchoolDossier;
import io.kaohe.model.SchoolVerdict;
import io.kaohe.internal.json.Providers;
import io.kaohe.spi.RulePack;
import io.kaohe.internal.params.ParameterSet;
import io.kaohe.internal.rules.Checks;
import io.kaohe.model.Decision;
import io.kaohe.internal.rules.SchoolFacts;
import io.kaohe.internal.rules.SchoolGroup;
import io.kaohe.internal.rules.SchoolTotal;
import io.kaohe.FieldError;
import io.kaohe.InvalidInputException;
import io.kaohe.internal.validate.SchoolValidator;

/**
 * Assesses schools together, in two steps with the pack's school rules:
 * <ol>
 * <li>per school, the form items ({@link SchoolFacts}; decision {@code school}): the total is the sum of
 *     the item points the rules recorded;</li>
 * <li>per school again, over the totals of every school ({@link SchoolTotal}, {@link SchoolGroup}):
 *     the pass line ({@code grading}), the excellent line ({@code excellence}) and the cap on
 *     excellent schools ({@code quota}), which depends on all the totals.</li>
 * </ol>
 * Grade: FAIL if a grading requirement is unmet, else EXCELLENT if every excellence and quota
 * requirement is met (and there is one of each), else PASS.
 *
 * <p>A pack without a points form (no rule records an item) grades on its {@code grading} requirements
 * alone; its verdicts have no {@code total}.
 *
 * <p>Parameters are read for the latest date of the pack's parameter table: a school dossier carries
 * no date, and the cap must use one set of values for all schools assessed together.
 */
final class SchoolAssessor {
    private SchoolAssessor() {}

    static List<SchoolVerdict> assess(PackRules rules, List<SchoolDossier> schools) {
        ParameterSet params = rules.parameters().at(rules.parameters().latestChange());
        validate(new SchoolValidator(rules.catalog(), params, rules.config().form()), schools);
        List<Checks> checks = new ArrayList<>();
        List<BigDecimal> totals = new ArrayList<>();
        RulePack provider = Providers.of(rules.descriptor());
        for (SchoolDossier d : schools) {
            Checks c = rules.sessions().checks(params, rules.descriptor().display());
            SchoolFacts facts = SchoolFacts.of(d, rules.catalog());
            // the declared form items are facts: each item's rule reads its key, clause and maximum from its declaration
            List<Object> input = new ArrayList<>();
            input.add(facts);
            input.addAll(rules.config().form());
            input.addAll(provider.schoolFacts(d, facts, rules.catalog()));   // the province's own facts
            rules.sessions().run(c, input);
            if (c.isEmpty()) {
                throw KaoheException.of("rules.incomplete.school", rules.descriptor().name(), d.school().id());
            }
            formScored(rules, d, c);
            checks.add(c);
            // a pack whose schools are graded on requirements alone (no points form) has no total
            totals.add(c.items().isEmpty() ? null
                    : plain(c.items().stream().map(FormItem::points).reduce(BigDecimal.ZERO, BigDecimal::add)));
        }
        SchoolGroup group = new SchoolGroup(schools.size());
        List<SchoolVerdict> out = new ArrayList<>();
        for (int i = 0; i < schools.size(); i++) {
            List<Object> facts = new ArrayList<>();
            facts.add(group);
            for (int j = 0; j < schools.size(); j++) {
                if (totals.get(j) != null) facts.add(new SchoolTotal(schools.get(j).school().id(), totals.get(j), i == j));
            }
            Checks c = checks.get(i);
            rules.sessions().run(c, facts);
            out.add(verdict(rules, schools.get(i), totals.get(i), c));
        }
        return out;
    }

    /**
     * The verdict of one school.
     * <p>{@code unmet} (for schools): the sorted, distinct clause IDs of the requirements decided from
     * data that were not met (computed form items that did not earn their points), plus the clause of
     * the pass line (SD-08 for Shandong) when the total is below it. Points an assessor withheld are a
     * judgement, not an unmet requirement: they show in {@code items} (points below max). Not being
     * EXCELLENT, or being left out by the cap, is not "unmet" either.
     */
    private static SchoolVerdict verdict(PackRules rules, SchoolDossier d, BigDecimal total, Checks c) {
        if (!c.allMet(Decision.GRADING) && !c.anyUnmet(Decision.GRADING)) {
            throw KaoheException.of("rules.incomplete.pass-line", rules.descriptor().name(), d.school().id());
        }
        Grade grade = c.anyUnmet(Decision.GRADING) ? Grade.FAIL
                : c.allMet(Decision.EXCELLENCE) && c.allMet(Decision.QUOTA) ? Grade.EXCELLENT : Grade.PASS;
        TreeSet<String> unmet = new TreeSet<>();
        for (FormItem item : c.items()) {
            if ("COMPUTED".equals(item.source()) && item.points().compareTo(item.max()) < 0) unmet.add(item.clause());
        }
        c.reasons().stream().filter(r -> !r.met() && r.decision().equals(Decision.GRADING.key()))
                .forEach(r -> unmet.add(r.clause()));
        return new SchoolVerdict(d.school().id(), rules.descriptor().name(), rules.policyVersion(), total, grade,
                List.copyOf(unmet), c.items(), c.reasons(), rules.files().overrides());
    }

    /** Every declared form item scored exactly once, and no other: else a rule is missing, or scores what config.yaml does not declare. */
    private static void formScored(PackRules rules, SchoolDossier d, Checks c) {
        List<String> declared = rules.config().form().stream().map(io.kaohe.internal.pack.FormItemSpec::getKey).sorted().toList();
        List<String> scored = c.items().stream().map(FormItem::item).sorted().toList();
        if (declared.equals(scored)) return;
        List<String> missing = declared.stream().filter(k -> !scored.contains(k)).toList();
        List<String> extra = new ArrayList<>(scored);
        declared.forEach(extra::remove);
        throw KaoheException.of("rules.incomplete.form", rules.descriptor().name(), d.school().id(), missing, extra);
    }

    /** Every school valid and each ID once, or an exception naming every problem ({@code [i].field}). */
    static void validate(SchoolValidator validator, List<SchoolDossier> schools) {
        if (schools == null) throw new InvalidInputException(List.of(FieldError.of("schools", "validate.not-null")));
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < schools.size(); i++) {
            if (schools.get(i) == null) {   // named by its position, not a NullPointerException
                errors.add(FieldError.of("schools[" + i + "]", "validate.not-null"));
                continue;
            }
            String at = "[" + i + "].";
            for (FieldError e : validator.validate(schools.get(i))) errors.add(e.withPrefix(at));
            SchoolDossier d = schools.get(i);
            if (d != null && d.school() != null && d.school().id() != null) {
                Integer first = seen.putIfAbsent(d.school().id(), i);
                if (first != null) {
                    errors.add(FieldError.of(at + "school.id", "validate.duplicate.school", "[" + first + "]"));
                }
            }
        }
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
    }

    private static BigDecimal plain(BigDecimal b) {
        BigDecimal s = b.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
