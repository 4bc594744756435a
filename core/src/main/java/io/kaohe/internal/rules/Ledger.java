package io.kaohe.internal.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.kie.api.runtime.rule.RuleContext;

import io.kaohe.internal.i18n.Display;
import io.kaohe.internal.i18n.Messages;
import io.kaohe.model.Decision;
import io.kaohe.model.Grade;
import io.kaohe.model.Outcome;
import io.kaohe.model.ParameterUse;
import io.kaohe.model.Reason;
import io.kaohe.internal.params.DatedValue;
import io.kaohe.internal.params.Parameter;

/**
 * What one evaluation's rules recorded: reasons, outcomes waiting for the grade, and the parameters each
 * rule read. A session tells the ledger when a rule's consequence starts and ends ({@link #firingStarts},
 * {@link #firingEnds}); every parameter read in between is listed on each reason that consequence records,
 * with its provenance. Reads outside a consequence (conditions) are not a reason's. Without a session (a
 * test calling the vocabulary directly) a reason lists the reads since the previous reason.
 *
 * <p>One per evaluation (not thread-safe, never shared).
 */
public final class Ledger {
    private final RuleMetas metas;
    private final Display display;
    private final List<Entry> entries = new ArrayList<>();
    private final List<PendingOutcome> outcomes = new ArrayList<>();
    /** the parameters read in the current consequence, by name, in the order first read; null: none yet */
    private Map<String, ParameterUse> reads;
    private boolean firing;

    /**
     * A recorded requirement; its reason is made when asked for, so that it lists the parameters its consequence
     * read after recording it too. {@code values} (the reason's values) break ties in {@link #reasons()}. {@code made}:
     * the same, rendered once for every evaluation of the KieBase ({@link ReasonCache}); null when not cached.
     */
    private record Entry(RuleMeta meta, boolean met, String zh, String en, Map<String, Object> params,
                         Map<String, Object> values, Map<String, ParameterUse> reads, ReasonCache.Rendered made) {
        Reason reason() {
            String decision = DECISION_KEYS[meta.decision().ordinal()];
            if (made != null) return made.reason(decision, reads.values().toArray(NO_READS));
            return new Reason(meta.clause(), meta.rule(), decision, met, zh, en, params, values,
                    List.copyOf(reads.values()));
        }

        String valuesText() { return made != null ? made.valuesText() : values.toString(); }
    }

    private static final ParameterUse[] NO_READS = new ParameterUse[0];

    /** {@link Decision#key()} of each decision, written once (it lower-cases the name on every call) */
    private static final String[] DECISION_KEYS = java.util.Arrays.stream(Decision.values()).map(Decision::key).toArray(String[]::new);

    /**
     * An outcome waiting for the final grade: kept when the grade is at least {@code minGrade} (null: no
     * lower bound) and below {@code belowGrade} (null: no upper bound).
     */
    private record PendingOutcome(Outcome outcome, Grade minGrade, Grade belowGrade) {
        boolean keptFor(Grade grade) {
            return (minGrade == null || grade.compareTo(minGrade) >= 0) && (belowGrade == null || grade.compareTo(belowGrade) < 0);
        }
    }

    /** @param metas the rule metadata of the KieBase the rules come from; @param display how values read in messages */
    public Ledger(RuleMetas metas, Display display) {
        this.metas = metas;
        this.display = display;
    }

    // ---- consequences and the parameters they read ----------------------------------------------------------

    /** A rule's consequence starts: the parameters read from now on are its own. */
    public void firingStarts() {
        reads = null;
        firing = true;
    }

    /** The consequence ended: reads after it (a condition's) belong to no reason. */
    public void firingEnds() {
        reads = null;
        firing = false;
    }

    /** A parameter value read (the listener of the rules' {@link io.kaohe.internal.params.ParameterSet#recording recording view}). */
    public void read(Parameter p, DatedValue v) {
        if (reads == null) reads = new LinkedHashMap<>();
        if (!reads.containsKey(p.name())) reads.put(p.name(), use(p, v));
    }

    /**
     * The same, with the provenance made once per parameter and date for every evaluation reading {@code from}, or once
     * per dated value of the KieBase's parameters when reasons are made once ({@link ReasonCache#use}) (a
     * {@link ParameterUse} scrubs its reference and value: not something to redo for each dossier).
     */
    public void read(io.kaohe.internal.params.ParameterSet from, Parameter p, DatedValue v) {
        if (reads == null) reads = new LinkedHashMap<>();
        if (reads.containsKey(p.name())) return;
        ReasonCache cache = metas.reasons();
        reads.put(p.name(), cache.on() ? cache.use(p, v) : from.derived(p.name(), n -> use(p, v)));
    }

    static ParameterUse use(Parameter p, DatedValue v) {
        return new ParameterUse(p.name(), written(v.value()), p.unit().name(), v.effective(), p.clause(), v.reference(),
                p.fromSource());
    }

    /** A parameter value as written: numbers exact (0.50 → 0.5), maps value by value. */
    private static Object written(Object v) {
        if (v instanceof BigDecimal b) return Format.exact(b);
        if (v instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(k, written(x)));
            return out;
        }
        return v;
    }

    // ---- recording ------------------------------------------------------------------------------------------

    RuleMeta meta(RuleContext ctx) { return metas.of(ctx.getRule()); }

    /**
     * Records a requirement of the rule in {@code ctx}: its messages rendered from {@code shown}, {@code params}
     * (the parameters its message is about) and {@code values} written as JSON values. The maps become the ledger's
     * ({@link Checks} makes them for this one reason): {@code params} and {@code values} are rewritten in place.
     */
    RuleMeta record(RuleContext ctx, boolean met, Map<String, Object> params, Map<String, Object> values,
                    Map<String, Object> shown) {
        return record(ctx, met, params, values, null, shown);
    }

    /** The same, the reason's values being {@code values} but the one named {@code leftOut} (null: none). */
    RuleMeta record(RuleContext ctx, boolean met, Map<String, Object> params, Map<String, Object> values, String leftOut,
                    Map<String, Object> shown) {
        RuleMeta m = meta(ctx);
        // null when the cache is off or cannot key these values: rendered for this reason alone
        ReasonCache.Rendered kept = metas.reasons().lookup(m, met, display, params, values, leftOut, shown);
        ReasonCache.Rendered made = kept != null ? kept : render(m, met, display, params, values, leftOut, shown);
        if (reads == null) reads = new LinkedHashMap<>();
        entries.add(new Entry(m, met, made.zh, made.en, made.params, made.values, reads, kept));
        if (!firing) reads = null; // no session: the next reason lists the reads after this one
        return m;
    }

    /** The messages rendered from {@code shown}, then the maps' values as written to JSON (in place). */
    static ReasonCache.Rendered render(RuleMeta m, boolean met, Display display, Map<String, Object> params,
                                       Map<String, Object> values, String leftOut, Map<String, Object> shown) {
        String zh = m.zh(met).render(shown, display, Messages.ZH);
        String en = m.en(met).render(shown, display, Messages.EN);
        return new ReasonCache.Rendered(m, met, zh, en, ReasonCache.frozen(json(params, null)),
                ReasonCache.frozen(json(values, leftOut)));
    }

    /** Attaches an outcome of the rule in {@code ctx} to the verdict, for grades from {@code minGrade} to below {@code belowGrade}. */
    void outcome(RuleContext ctx, String flag, Grade minGrade, Grade belowGrade, Map<String, Object> shown) {
        RuleMeta m = meta(ctx);
        outcomes.add(new PendingOutcome(new Outcome(m.clause(), flag, m.zhTemplate().render(shown, display, Messages.ZH),
                m.enTemplate().render(shown, display, Messages.EN)), minGrade, belowGrade));
    }

    /** {@code m} without {@code leftOut}, its values as written to JSON: in place (the messages are rendered already). */
    private static Map<String, Object> json(Map<String, Object> m, String leftOut) {
        if (leftOut != null) m.remove(leftOut);
        m.replaceAll((k, v) -> Format.json(v));
        return m;
    }

    // ---- results --------------------------------------------------------------------------------------------

    /** Every reason recorded, ordered by decision, clause, rule, then values. */
    public List<Reason> reasons() {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(BY_RULE);
        // reasons of one rule (a rule firing once per record, per ability…) by their values, each written out once
        for (int from = 0; from < sorted.size(); ) {
            int to = from + 1;
            while (to < sorted.size() && BY_RULE.compare(sorted.get(from), sorted.get(to)) == 0) to++;
            if (to - from > 1) {
                List<Entry> same = sorted.subList(from, to);
                Map<Entry, String> keys = new java.util.IdentityHashMap<>();
                for (Entry e : same) keys.put(e, e.valuesText());
                same.sort(Comparator.comparing(keys::get));
            }
            from = to;
        }
        List<Reason> out = new ArrayList<>(sorted.size());
        for (Entry e : sorted) out.add(e.reason());
        return List.copyOf(out);
    }

    private static final Comparator<Entry> BY_RULE = Comparator.comparing((Entry e) -> e.meta().decision().ordinal())
            .thenComparing(e -> e.meta().clause())
            .thenComparing(e -> e.meta().rule());

    /** Whether no requirement has been recorded yet. */
    public boolean isEmpty() { return entries.isEmpty(); }

    /** Clause IDs of unmet requirements listed in a verdict ({@link GradingPolicy#listedWhenUnmet}): sorted, no duplicates. */
    public List<String> unmet() {
        TreeSet<String> out = new TreeSet<>();
        for (Entry e : entries) {
            if (!e.met() && GradingPolicy.listedWhenUnmet(e.meta().decision())) out.add(e.meta().clause());
        }
        return List.copyOf(out);
    }

    /** Whether a requirement of this decision (ELIGIBILITY, GRADING, …) recorded so far is unmet. */
    public boolean anyUnmet(Decision d) {
        return entries.stream().anyMatch(e -> e.meta().decision() == d && !e.met());
    }

    /** Whether requirements of this decision were recorded and every one is met. */
    public boolean allMet(Decision d) {
        return entries.stream().anyMatch(e -> e.meta().decision() == d)
                && entries.stream().noneMatch(e -> e.meta().decision() == d && !e.met());
    }

    /** Outcomes for a verdict with the given final grade, in a stable order. */
    public List<Outcome> outcomes(Grade grade) {
        return outcomes.stream().filter(o -> o.keptFor(grade))
                .map(PendingOutcome::outcome)
                .sorted(Comparator.comparing(Outcome::clause).thenComparing(Outcome::flag)).toList();
    }
}
