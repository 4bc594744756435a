package io.kaohe.internal.engine;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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

    Sessions(KieBase kb, List<RuleInfo> rules) {
        this.pool = kb.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        this.rules = rules.stream().collect(Collectors.toUnmodifiableMap(RuleInfo::name, Function.identity(), (a, b) -> a));
        this.conditions = new Conditions(kb);
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
