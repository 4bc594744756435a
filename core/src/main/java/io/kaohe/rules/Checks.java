package io.kaohe.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

import io.kaohe.KaoheException;
import io.kaohe.i18n.Display;
import io.kaohe.i18n.Messages;
import io.kaohe.model.FormItem;
import io.kaohe.model.Grade;
import io.kaohe.model.Outcome;
import io.kaohe.model.Reason;
import io.kaohe.params.ParameterSet;
import io.kaohe.params.ParameterUnit;

/**
 * The vocabulary rules use to record what they checked. Each pack's DRL declares
 * {@code global io.kaohe.rules.Checks check;} and a consequence calls, for example,
 * <pre>check.atLeast(kcontext, $t.amount("ONLINE_COURSE"), "teacher.online-hours-min");</pre>
 * The call reads the parameter for the assessment date, decides met / unmet, and records a
 * {@link Reason} citing the rule's {@code @clause}, with its Chinese and English messages rendered
 * from the rule's {@code @zh} / {@code @en} templates and the values used.
 *
 * <p>One instance per evaluation (not thread-safe, never shared).
 */
public final class Checks {
    private static final Map<Rule, RuleMeta> META = new ConcurrentHashMap<>();

    private final ParameterSet params;
    private final List<Entry> entries = new ArrayList<>();
    private final List<PendingOutcome> outcomes = new ArrayList<>();
    private final List<FormItem> items = new ArrayList<>();

    /** {@code values}: the reason's values, whose text breaks ties in {@link #reasons()} (made only when needed). */
    private record Entry(Decision decision, Reason reason, Map<String, Object> values) {}

    /**
     * An outcome waiting for the final grade: kept when the grade is at least {@code minGrade} (null: no
     * lower bound) and below {@code belowGrade} (null: no upper bound).
     */
    private record PendingOutcome(Outcome outcome, Grade minGrade, Grade belowGrade) {
        boolean keptFor(Grade grade) {
            return (minGrade == null || grade.compareTo(minGrade) >= 0) && (belowGrade == null || grade.compareTo(belowGrade) < 0);
        }
    }

    private final Display display;

    public Checks(ParameterSet params) { this(params, Display.ENGINE); }

    /** @param display how values read in the messages (the pack's names; {@link Display}) */
    public Checks(ParameterSet params, Display display) {
        this.params = params;
        this.display = display;
    }

    /** The pack's parameters as of the assessment date (for helpers that read several at once). */
    public ParameterSet params() { return params; }

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
        BigDecimal a = num(actual);
        BigDecimal bound = params.number(param);
        int c = a.compareTo(bound);
        boolean met = atLeast ? c >= 0 : c <= 0;
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(param, shown(param, bound));
        Map<String, Object> v = values(named);
        v.put("actual", shown(param, a));
        v.put(atLeast ? "min" : "max", shown(param, bound));
        v.put("op", atLeast ? (met ? "≥" : "<") : (met ? "≤" : ">"));
        record(ctx, met, p, v);
        return met;
    }

    /** Met when min ≤ actual ≤ max. Template slots: {actual}, {min}, {max}. */
    public boolean between(RuleContext ctx, Object actual, String minParam, String maxParam, Object... named) {
        BigDecimal a = num(actual);
        BigDecimal min = params.number(minParam);
        BigDecimal max = params.number(maxParam);
        boolean met = a.compareTo(min) >= 0 && a.compareTo(max) <= 0;
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
        BigDecimal pt = num(part);
        BigDecimal wh = num(whole);
        BigDecimal bound = params.number(param);
        boolean met;
        BigDecimal actual = null;
        if (wh.signum() == 0) {
            met = !atLeast;
        } else {
            // compare part ≥ bound × whole exactly, no rounding at the boundary
            int c = pt.compareTo(bound.multiply(wh));
            met = atLeast ? c >= 0 : c <= 0;
            actual = pt.divide(wh, MathContext.DECIMAL64);
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(param, bound);
        Map<String, Object> v = values(named);
        v.put("actual", actual == null ? null : new Format.Share(actual));
        v.put("part", pt);
        v.put("whole", wh);
        v.put(atLeast ? "min" : "max", new Format.Share(bound));
        v.put("op", atLeast ? (met ? "≥" : "<") : (met ? "≤" : ">"));
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
            if (params.has(k)) {
                p.put(k, v.get(k));
                return true;
            }
            return false;
        });
        Map<String, Object> shown = new LinkedHashMap<>(v);
        shown.putAll(p);
        recordShown(ctx, met, p, v, shown);
        return met;
    }

    // ---- outcomes ---------------------------------------------------------------------------

    /** Attaches an outcome flag to the verdict when its final grade is PASS or EXCELLENT. */
    public void onPass(RuleContext ctx, String flag, Object... named) {
        addOutcome(ctx, flag, Grade.PASS, null, named);
    }

    /** Attaches an outcome flag to the verdict when its final grade is EXCELLENT. */
    public void onExcellent(RuleContext ctx, String flag, Object... named) {
        addOutcome(ctx, flag, Grade.EXCELLENT, null, named);
    }

    /** Attaches an outcome flag to the verdict whatever the grade. */
    public void always(RuleContext ctx, String flag, Object... named) {
        addOutcome(ctx, flag, null, null, named);
    }

    /** Attaches an outcome flag to the verdict when its final grade is INCOMPLETE or FAIL (e.g. Liaoning LN-08). */
    public void onNotPassed(RuleContext ctx, String flag, Object... named) {
        addOutcome(ctx, flag, null, Grade.PASS, named);
    }

    private void addOutcome(RuleContext ctx, String flag, Grade minGrade, Grade belowGrade, Object... named) {
        RuleMeta m = meta(ctx);
        Map<String, Object> v = values(named);
        outcomes.add(new PendingOutcome(new Outcome(m.clause(), flag, Format.render(m.zh(), v, display, Messages.ZH),
                Format.render(m.en(), v, display, Messages.EN)),
                minGrade, belowGrade));
    }

    // ---- school forms -------------------------------------------------------------------------

    /**
     * A form item decided from data: {@code met} earns the points of parameter {@code pointsParam}, else 0.
     * The item's title is that parameter's description. As in {@link #require}, a named value whose name
     * is a parameter of the pack (e.g. a threshold the rule compared with) is recorded as a parameter used.
     */
    public BigDecimal award(RuleContext ctx, String item, boolean met, String pointsParam, Object... named) {
        BigDecimal max = params.number(pointsParam);
        BigDecimal points = met ? max : BigDecimal.ZERO;
        // as in require(): a named value that is a pack parameter is recorded as a parameter used
        Map<String, Object> known = params.all();
        Map<String, Object> shown = values(named);
        Map<String, Object> p = new LinkedHashMap<>();
        Map<String, Object> v = new LinkedHashMap<>();
        shown.replaceAll((k, val) -> known.containsKey(k) && val instanceof BigDecimal b ? shown(k, b) : val);
        shown.forEach((k, val) -> (known.containsKey(k) ? p : v).put(k, val));
        v.put("points", points);
        v.put("max", max);
        shown.put("points", points);
        shown.put("max", max);
        p.put(pointsParam, max);
        RuleMeta m = recordShown(ctx, met, p, v, shown);
        items.add(new FormItem(item, m.clause(), params.definition(pointsParam).description(), points, max, "COMPUTED"));
        return points;
    }

    /**
     * A form item only an assessor can judge: the given points (null = not scored, counts 0) must lie
     * within 0 … the parameter's maximum. Met when scored and within bounds.
     */
    public BigDecimal assessed(RuleContext ctx, String item, Object given, String maxParam, Object... named) {
        BigDecimal max = params.number(maxParam);
        BigDecimal g = given == null ? null : num(given);
        boolean met = g != null && g.signum() >= 0 && g.compareTo(max) <= 0;
        BigDecimal points = met ? g : BigDecimal.ZERO;
        Map<String, Object> v = values(named);
        v.put("given", g);
        v.put("points", points);
        v.put("max", max);
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(maxParam, max);
        RuleMeta m = record(ctx, met, p, v);
        items.add(new FormItem(item, m.clause(), params.definition(maxParam).description(), points, max, "ASSESSOR"));
        return points;
    }

    // ---- results -------------------------------------------------------------------------------

    /** Every reason recorded, ordered by decision, clause, rule, then values. */
    public List<Reason> reasons() {
        return entries.stream()
                .sorted(Comparator.comparing((Entry e) -> e.decision().ordinal())
                        .thenComparing(e -> e.reason().clause())
                        .thenComparing(e -> e.reason().rule())
                        .thenComparing(e -> e.values().toString()))
                .map(Entry::reason).toList();
    }

    /** Whether no requirement has been recorded yet. */
    public boolean isEmpty() { return entries.isEmpty(); }

    /** Clause IDs of unmet eligibility, grading and school requirements: sorted, no duplicates. */
    public List<String> unmet() {
        TreeSet<String> out = new TreeSet<>();
        for (Entry e : entries) {
            if (!e.reason().met() && e.decision() != Decision.EXCELLENCE && e.decision() != Decision.OUTCOME
                    && e.decision() != Decision.PROGRESS) {
                out.add(e.reason().clause());
            }
        }
        return List.copyOf(out);
    }

    /** Whether a requirement of this decision (ELIGIBILITY, GRADING, …) recorded so far is unmet. */
    public boolean anyUnmet(Decision d) {
        return entries.stream().anyMatch(e -> e.decision() == d && !e.reason().met());
    }

    /** Whether requirements of this decision were recorded and every one is met. */
    public boolean allMet(Decision d) {
        return entries.stream().anyMatch(e -> e.decision() == d)
                && entries.stream().noneMatch(e -> e.decision() == d && !e.reason().met());
    }

    /**
     * The one grade of a teacher: INCOMPLETE if an eligibility requirement is unmet, else FAIL if a
     * grading requirement is unmet, else EXCELLENT if the pack has excellence rules and all are met,
     * else PASS.
     */
    public Grade teacherGrade() {
        if (anyUnmet(Decision.ELIGIBILITY)) return Grade.INCOMPLETE;
        if (anyUnmet(Decision.GRADING)) return Grade.FAIL;
        return allMet(Decision.EXCELLENCE) ? Grade.EXCELLENT : Grade.PASS;
    }

    /** Outcomes for a verdict with the given final grade, in a stable order. */
    public List<Outcome> outcomes(Grade grade) {
        return outcomes.stream().filter(o -> o.keptFor(grade))
                .map(PendingOutcome::outcome)
                .sorted(Comparator.comparing(Outcome::clause).thenComparing(Outcome::flag)).toList();
    }

    /** The school-form items recorded, by clause and item. */
    public List<FormItem> items() {
        return items.stream().sorted(Comparator.comparing(FormItem::clause).thenComparing(FormItem::item)).toList();
    }

    // ---- internals -------------------------------------------------------------------------------

    private RuleMeta record(RuleContext ctx, boolean met, Map<String, Object> params, Map<String, Object> shown) {
        Map<String, Object> values = new LinkedHashMap<>();
        shown.forEach((k, val) -> {
            if (!k.equals("op")) values.put(k, raw(val));
        });
        return recordRaw(ctx, met, params, values, shown);
    }

    private RuleMeta recordShown(RuleContext ctx, boolean met, Map<String, Object> params, Map<String, Object> values,
                                 Map<String, Object> shown) {
        Map<String, Object> v = new LinkedHashMap<>();
        values.forEach((k, val) -> v.put(k, raw(val)));
        return recordRaw(ctx, met, params, v, shown);
    }

    /** As {@link #recordShown}, with {@code v} already raw (a new map this call owns). */
    private RuleMeta recordRaw(RuleContext ctx, boolean met, Map<String, Object> params, Map<String, Object> v,
                               Map<String, Object> shown) {
        RuleMeta m = meta(ctx);
        String zh = Format.render(!met && m.zhUnmet() != null ? m.zhUnmet() : m.zh(), shown, display, Messages.ZH);
        String en = Format.render(!met && m.enUnmet() != null ? m.enUnmet() : m.en(), shown, display, Messages.EN);
        Map<String, Object> p = new LinkedHashMap<>();
        params.forEach((k, val) -> p.put(k, raw(val)));
        Reason r = new Reason(m.clause(), m.rule(), m.decision().key(), met, zh, en, p, v);
        entries.add(new Entry(m.decision(), r, v));
        return m;
    }

    private static RuleMeta meta(RuleContext ctx) {
        Rule rule = ctx.getRule();
        return META.computeIfAbsent(rule, r -> RuleMeta.of(r.getName(), r.getMetaData()));
    }

    /** Values as written to JSON: shares as fractions, other numbers as exact decimals. */
    private static Object raw(Object v) {
        // a share is written rounded to 4 places (0.5172); the comparison itself was exact
        if (v instanceof Format.Share s) return plain(s.value().setScale(4, java.math.RoundingMode.HALF_EVEN));
        if (v instanceof Integer || v instanceof Long) return BigDecimal.valueOf(((Number) v).longValue());
        if (v instanceof BigDecimal b) return plain(b);
        if (v instanceof java.time.LocalDate || v instanceof Number || v instanceof Boolean || v instanceof String || v == null) return v;
        if (v instanceof java.util.Collection<?> c) return c.stream().map(Checks::raw).toList();
        return v.toString();
    }

    /** 25.0 → 25, 0.50 → 0.5: the same number always written the same way. */
    private static BigDecimal plain(BigDecimal b) {
        BigDecimal s = b.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
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

    static BigDecimal num(Object o) {
        if (o instanceof BigDecimal b) return b;
        if (o instanceof Integer || o instanceof Long || o instanceof Short) return BigDecimal.valueOf(((Number) o).longValue());
        if (o instanceof Number n) return new BigDecimal(n.toString());
        throw new KaoheException("expected a number, was " + o);
    }
}
