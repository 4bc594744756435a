package io.kaohe.internal.rules;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kie.api.runtime.rule.RuleContext;

import io.kaohe.KaoheException;
import io.kaohe.internal.i18n.Display;
import io.kaohe.model.Decision;
import io.kaohe.model.FormItem;
import io.kaohe.model.Grade;
import io.kaohe.model.Outcome;
import io.kaohe.model.Reason;
import io.kaohe.internal.params.ParameterSet;
import io.kaohe.internal.params.ParameterUnit;

/**
 * The vocabulary rules use to record what they checked. Each pack's DRL declares
 * {@code global io.kaohe.internal.rules.Checks check;} and a consequence calls, for example,
 * <pre>check.atLeast(kcontext, $t.amount("ONLINE_COURSE"), "teacher.online-hours-min");</pre>
 * The call reads the parameter for the assessment date, decides met / unmet ({@link Comparisons}), and records a
 * {@link Reason} in the evaluation's {@link Ledger}, citing the rule's {@code @clause}, with its Chinese and
 * English messages rendered from the rule's {@code @zh} / {@code @en} templates and the values used. Every
 * parameter a consequence reads, here or through {@link #params()}, is listed on its reasons with its provenance.
 * Form items are scored by {@link FormScoring}, a teacher's grade decided by {@link GradingPolicy}.
 *
 * <p>{@code named}: the message's own slots, as name, value pairs.
 *
 * <p>One instance per evaluation (not thread-safe, never shared).
 */
public final class Checks {
    private final ParameterSet params;
    private final Ledger ledger;
    private final FormScoring form = new FormScoring();

    /** Outside a session (tests): rule metadata read afresh, values shown as the engine's codes. */
    public Checks(ParameterSet params) { this(params, Display.ENGINE, new RuleMetas()); }

    /** Outside a session (tests): rule metadata read afresh. */
    public Checks(ParameterSet params, Display display) { this(params, display, new RuleMetas()); }

    /**
     * @param display how values read in the messages (the pack's names; {@link Display})
     * @param metas   the rule metadata of the KieBase whose rules record here
     */
    public Checks(ParameterSet params, Display display, RuleMetas metas) {
        this.ledger = new Ledger(metas, display);
        this.params = params.recording((p, v) -> ledger.read(params, p, v));
    }

    /** The pack's parameters as of the assessment date; every value a consequence reads is listed on its reasons. */
    public ParameterSet params() { return params; }

    /** The evaluation's record ({@link Firings}: its session marks where each consequence starts and ends). */
    Ledger ledger() { return ledger; }

    // ---- numeric requirements -------------------------------------------------------------

    /** Met when {@code actual ≥} the parameter. Template slots: {actual}, {min}, {op}. */
    public boolean atLeast(RuleContext ctx, Object actual, String param, Object... named) {
        return bound(ctx, actual, param, true, named);
    }

    /** Met when {@code actual ≤} the parameter. Template slots: {actual}, {max}, {op}. */
    public boolean atMost(RuleContext ctx, Object actual, String param, Object... named) {
        return bound(ctx, actual, param, false, named);
    }

    private boolean bound(RuleContext ctx, Object actual, String param, boolean atLeast, Object... named) {
        BigDecimal a = Comparisons.num(actual);
        BigDecimal bound = params.number(param);
        boolean met = Comparisons.bound(a, bound, atLeast);
        boolean share = params.definition(param).unit() == ParameterUnit.SHARE;
        Object shownBound = share ? new Format.Share(bound) : bound;
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(param, shownBound);
        Map<String, Object> v = values(named);
        v.put("actual", share ? new Format.Share(a) : a);
        v.put(atLeast ? "min" : "max", shownBound);
        v.put("op", Comparisons.op(atLeast, met));
        record(ctx, met, p, v);
        return met;
    }

    /** Met when min ≤ actual ≤ max. Template slots: {actual}, {min}, {max}. */
    public boolean between(RuleContext ctx, Object actual, String minParam, String maxParam, Object... named) {
        BigDecimal a = Comparisons.num(actual);
        BigDecimal min = params.number(minParam);
        BigDecimal max = params.number(maxParam);
        boolean met = Comparisons.between(a, min, max);
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(minParam, shown(minParam, min));
        p.put(maxParam, shown(maxParam, max));
        Map<String, Object> v = values(named);
        v.put("actual", a);
        v.put("min", min);
        v.put("max", max);
        record(ctx, met, p, v);
        return met;
    }

    /** Met when part / whole ≥ the SHARE parameter (never met when whole is 0). Slots: {actual}, {part}, {whole}, {min}, {op}. */
    public boolean shareAtLeast(RuleContext ctx, Object part, Object whole, String param, Object... named) {
        return share(ctx, part, whole, param, true, named);
    }

    /** Met when part / whole ≤ the SHARE parameter (met when whole is 0: nothing exceeds). Slots as {@link #shareAtLeast}. */
    public boolean shareAtMost(RuleContext ctx, Object part, Object whole, String param, Object... named) {
        return share(ctx, part, whole, param, false, named);
    }

    private boolean share(RuleContext ctx, Object part, Object whole, String param, boolean atLeast, Object... named) {
        BigDecimal pt = Comparisons.num(part);
        BigDecimal wh = Comparisons.num(whole);
        BigDecimal bound = params.number(param);
        boolean met = Comparisons.share(pt, wh, bound, atLeast);
        BigDecimal actual = Comparisons.ratio(pt, wh);
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(param, bound);
        Map<String, Object> v = values(named);
        v.put("actual", actual == null ? null : new Format.Share(actual));
        v.put("part", pt);
        v.put("whole", wh);
        v.put(atLeast ? "min" : "max", new Format.Share(bound));
        v.put("op", Comparisons.op(atLeast, met));
        record(ctx, met, p, v);
        return met;
    }

    /**
     * A requirement decided by the rule itself. {@code named} are name, value pairs shown in the
     * message and recorded; a name that is a parameter of the pack is recorded as a parameter used.
     */
    public boolean require(RuleContext ctx, boolean met, Object... named) {
        Map<String, Object> v = values(named);
        Map<String, Object> p = new LinkedHashMap<>();
        v.keySet().removeIf(k -> {
            if (isParameter(k)) {
                p.put(k, v.get(k));
                return true;
            }
            return false;
        });
        Map<String, Object> shown = new LinkedHashMap<>(v);
        shown.putAll(p);
        ledger.record(ctx, met, p, v, shown);
        return met;
    }

    // ---- outcomes ---------------------------------------------------------------------------

    /** Attaches an outcome flag to the verdict when its final grade is PASS or EXCELLENT. */
    public void onPass(RuleContext ctx, String flag, Object... named) {
        ledger.outcome(ctx, flag, Grade.PASS, null, values(named));
    }

    /** Attaches an outcome flag to the verdict when its final grade is EXCELLENT. */
    public void onExcellent(RuleContext ctx, String flag, Object... named) {
        ledger.outcome(ctx, flag, Grade.EXCELLENT, null, values(named));
    }

    /** Attaches an outcome flag to the verdict whatever the grade. */
    public void always(RuleContext ctx, String flag, Object... named) {
        ledger.outcome(ctx, flag, null, null, values(named));
    }

    /** Attaches an outcome flag to the verdict when its final grade is INCOMPLETE or FAIL (e.g. Liaoning LN-08). */
    public void onNotPassed(RuleContext ctx, String flag, Object... named) {
        ledger.outcome(ctx, flag, null, Grade.PASS, values(named));
    }

    // ---- school forms -------------------------------------------------------------------------

    /**
     * A form item decided from data: {@code met} earns the points of parameter {@code pointsParam}, else 0.
     * The item's title is that parameter's description. As in {@link #require}, a named value whose name
     * is a parameter of the pack (e.g. a threshold the rule compared with) is recorded as a parameter used.
     */
    public BigDecimal award(RuleContext ctx, String item, boolean met, String pointsParam, Object... named) {
        BigDecimal max = params.number(pointsParam);
        BigDecimal points = FormScoring.awarded(met, max);
        Map<String, Object> shown = values(named);
        Map<String, Object> p = new LinkedHashMap<>();
        Map<String, Object> v = new LinkedHashMap<>();
        shown.replaceAll((k, val) -> isParameter(k) && val instanceof BigDecimal b ? shown(k, b) : val);
        shown.forEach((k, val) -> (isParameter(k) ? p : v).put(k, val));
        v.put("points", points);
        v.put("max", max);
        shown.put("points", points);
        shown.put("max", max);
        p.put(pointsParam, max);
        RuleMeta m = ledger.record(ctx, met, p, v, shown);
        form.add(item, m.clause(), params.definition(pointsParam).description(), points, max, FormScoring.COMPUTED);
        return points;
    }

    /**
     * A form item only an assessor can judge: the given points (null = not scored, counts 0) must lie
     * within 0 … the parameter's maximum. Met when scored and within bounds.
     */
    public BigDecimal assessed(RuleContext ctx, String item, Object given, String maxParam, Object... named) {
        BigDecimal max = params.number(maxParam);
        BigDecimal g = given == null ? null : Comparisons.num(given);
        boolean met = FormScoring.valid(g, max);
        BigDecimal points = met ? g : BigDecimal.ZERO;
        Map<String, Object> v = values(named);
        v.put("given", g);
        v.put("points", points);
        v.put("max", max);
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(maxParam, max);
        RuleMeta m = record(ctx, met, p, v);
        form.add(item, m.clause(), params.definition(maxParam).description(), points, max, FormScoring.ASSESSOR);
        return points;
    }

    // ---- results -------------------------------------------------------------------------------

    /** Every reason recorded, ordered by decision, clause, rule, then values. */
    public List<Reason> reasons() { return ledger.reasons(); }

    /** Whether no requirement has been recorded yet. */
    public boolean isEmpty() { return ledger.isEmpty(); }

    /** Clause IDs of unmet eligibility, grading and school requirements: sorted, no duplicates. */
    public List<String> unmet() { return ledger.unmet(); }

    /** Whether a requirement of this decision (ELIGIBILITY, GRADING, …) recorded so far is unmet. */
    public boolean anyUnmet(Decision d) { return ledger.anyUnmet(d); }

    /** Whether requirements of this decision were recorded and every one is met. */
    public boolean allMet(Decision d) { return ledger.allMet(d); }

    /**
     * The one grade of a teacher: INCOMPLETE if an eligibility requirement is unmet, else FAIL if a
     * grading requirement is unmet, else EXCELLENT if the pack has excellence rules and all are met,
     * else PASS ({@link GradingPolicy}).
     */
    public Grade teacherGrade() { return GradingPolicy.teacherGrade(ledger); }

    /** Outcomes for a verdict with the given final grade, in a stable order. */
    public List<Outcome> outcomes(Grade grade) { return ledger.outcomes(grade); }

    /** The school-form items recorded, by clause and item. */
    public List<FormItem> items() { return form.items(); }

    // ---- internals -------------------------------------------------------------------------------

    /** Records a reason whose values are the message's slots but the operator. */
    private RuleMeta record(RuleContext ctx, boolean met, Map<String, Object> params, Map<String, Object> shown) {
        return ledger.record(ctx, met, params, shown, "op", shown);
    }

    /**
     * Whether a named value is a parameter of the pack (and so recorded as a parameter used). The value in force
     * is read through the recording view, so the reason lists its provenance even when the rule read it in a
     * condition or a helper.
     */
    private boolean isParameter(String name) {
        if (!params.has(name)) return false;
        params.value(name);
        return true;
    }

    private Object shown(String param, BigDecimal value) {
        return params.definition(param).unit() == ParameterUnit.SHARE ? new Format.Share(value) : value;
    }

    private static Map<String, Object> values(Object... named) {
        if (named.length % 2 != 0) throw new KaoheException("named values must come in name, value pairs");
        Map<String, Object> v = new LinkedHashMap<>();
        for (int i = 0; i < named.length; i += 2) v.put(String.valueOf(named[i]), named[i + 1]);
        return v;
    }
}
