package io.kaohe.internal.engine;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.drools.base.base.ObjectType;
import org.drools.core.impl.InternalRuleBase;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.api.runtime.rule.ConsequenceException;

import io.kaohe.RuleFailureException;
import io.kaohe.internal.i18n.Display;
import io.kaohe.internal.pack.RuleInfo;
import io.kaohe.internal.params.ParameterSet;
import io.kaohe.internal.rules.Checks;
import io.kaohe.internal.rules.Firings;
import io.kaohe.internal.rules.RuleMeta;
import io.kaohe.internal.rules.RuleMetas;

/**
 * The sessions of one KieBase, and the only place a session is made. Each run gets a stateless
 * session whose working memory comes from this KieBase's pool and is reset after the execution, so
 * every run starts empty and sees only its own facts, without paying for building a working memory
 * (measured: about a quarter of the per-dossier time of a Shandong teacher, bench/RESULTS.md). The
 * pool lives exactly as long as its {@link PackRules}: a reload drops both together.
 */
public final class Sessions {
    /** Every pack's DRL declares {@code global io.kaohe.internal.rules.Checks check}. */
    static final String CHECK_GLOBAL = "check";

    private final KieSessionsPool pool;
    /** rule name → where it is written: the executable model keeps no source positions. */
    private final Map<String, RuleInfo> rules;
    /** which rules a failing condition belongs to */
    private final Conditions conditions;
    /** this KieBase's rule metadata (@clause, @decision, messages), read once per rule */
    private final RuleMetas metas = new RuleMetas();
    /** the types the network's patterns match (a class, a supertype, an interface); null: unknown, every fact goes in */
    private final List<ObjectType> patternTypes;
    /** fact class → whether a pattern of this KieBase matches it, worked out once per class */
    private final Map<Class<?>, Boolean> matched = new ConcurrentHashMap<>();

    Sessions(KieBase kb, List<RuleInfo> rules) {
        this.pool = kb.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        this.rules = rules.stream().collect(Collectors.toUnmodifiableMap(RuleInfo::name, Function.identity(), (a, b) -> a));
        this.conditions = new Conditions(kb);
        this.patternTypes = kb instanceof InternalRuleBase rb
                ? rb.getRete().getObjectTypeNodes().stream().map(n -> n.getObjectType()).toList() : null;
    }

    /**
     * Adds to {@code input} those of {@code facts} a pattern of these rules can match. A fact of a type no pattern
     * matches (no rule, {@code exists}, {@code not} or {@code accumulate} over it or a supertype) changes no rule's
     * outcome, but Drools still gives it a handle and a store for its class in every session (measured: about a tenth
     * of a Shandong session's time went to inserting, bench/RESULTS.md). Edited DRL that matches such a type gets it.
     */
    void addMatched(List<Object> input, Collection<?> facts) {
        for (Object f : facts) if (matches(f.getClass())) input.add(f);
    }

    /** Whether a pattern of this KieBase matches facts of {@code type}. */
    boolean matches(Class<?> type) {
        if (patternTypes == null) return true;
        Boolean m = matched.get(type);
        if (m == null) {
            m = patternTypes.stream().anyMatch(t -> t.isAssignableFrom(type));
            matched.put(type, m);
        }
        return m;
    }

    /** A new record of one evaluation by these rules, reading {@code params}. */
    public Checks checks(ParameterSet params, Display display) { return new Checks(params, display, metas); }

    /**
     * Runs the rules over {@code facts}.
     *
     * @throws RuleFailureException naming the rule, its clause and file, when a rule throws
     */
    void run(Checks checks, List<Object> facts) {
        StatelessKieSession s = pool.newStatelessKieSession();
        s.setGlobal(CHECK_GLOBAL, checks);
        s.addEventListener(Firings.of(checks)); // the parameters each consequence reads are its reasons'
        try {
            s.execute(facts);
        } catch (RuntimeException e) {
            throw failure(e);
        }
    }

    /** What a rule threw, as a {@link RuleFailureException}: the rule from Drools' consequence exception, if any. */
    RuleFailureException failure(RuntimeException e) {
        if (e instanceof RuleFailureException r) return r;
        ConsequenceException ce = find(e, ConsequenceException.class);
        Rule rule = ce == null ? null : ce.getRule();
        if (rule == null) return conditionFailure(e);
        RuleInfo at = rules.get(rule.getName());
        Object clause = rule.getMetaData().get("clause");
        String cited = clause != null ? RuleMeta.str(clause) : at != null ? at.clause() : null;
        return new RuleFailureException(rule.getName(), cited, at == null ? null : at.file(),
                at == null ? -1 : at.line(), cause(ce));
    }

    /**
     * A condition threw: the rule(s) holding it, each with its clause, at the first one's file and line; the cause is
     * what the condition threw, not Drools' wrapper (its message shows Drools' internal object names).
     */
    private RuleFailureException conditionFailure(RuntimeException e) {
        Throwable thrown = Conditions.thrown(e);
        io.kaohe.KaoheException k = find(e, io.kaohe.KaoheException.class);
        Throwable cause = k != null ? k : thrown;
        List<String> names = conditions.rulesOf(e);
        if (names.isEmpty()) return new RuleFailureException(null, null, null, -1, cause);
        RuleInfo at = rules.get(names.get(0));
        String clauses = names.stream().map(n -> rules.get(n) != null ? rules.get(n).clause()
                : conditions.clause(n) != null ? conditions.clause(n) : "?").distinct()
                .collect(Collectors.joining(", "));
        return new RuleFailureException(String.join(" / ", names), clauses, at == null ? null : at.file(),
                at == null ? -1 : at.line(), cause);
    }

    /** The exception a rule threw, under Drools' wrappers: a Kaohe exception if there is one, else the deepest cause. */
    private static Throwable cause(Throwable e) {
        io.kaohe.KaoheException k = find(e, io.kaohe.KaoheException.class);
        if (k != null) return k;
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t;
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) return type.cast(t);
        }
        return null;
    }
}
