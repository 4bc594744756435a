package io.kaohe.internal.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.EvalConditionNode;
import org.drools.core.reteoo.LeftTupleSource;
import org.drools.core.reteoo.TerminalNode;
import org.kie.api.KieBase;

/**
 * Which rules a failing condition belongs to. Drools reports an {@code eval} that throws with a message that names
 * only its expression object ({@code LambdaEvalExpression@1a2b : …}), not the rule; this finds the rules whose left
 * side holds that expression by walking each rule's path in the network once, when the KieBase is loaded. An
 * {@code eval} shared by several rules (Drools shares equal nodes) names them all.
 */
final class Conditions {
    /** the text Drools prefixes to what an {@code eval} threw → the rules holding it, by name, sorted */
    private final Map<String, List<String>> byEval;
    /** every rule of the KieBase → the clause it cites (its {@code @clause}), for a rule the caller does not know */
    private final Map<String, String> clauses;

    Conditions(KieBase kb) {
        Map<String, Set<String>> found = new LinkedHashMap<>();
        if (kb instanceof InternalRuleBase rb) {
            for (Map.Entry<String, TerminalNode[]> e : rb.getReteooBuilder().getTerminalNodes().entrySet()) {
                for (TerminalNode t : e.getValue()) {
                    Map<LeftTupleSource, Boolean> seen = new IdentityHashMap<>();
                    for (LeftTupleSource n = t.getLeftTupleSource(); n != null && seen.put(n, true) == null; n = n.getLeftTupleSource()) {
                        if (n instanceof EvalConditionNode ec && ec.getCondition() != null) {
                            found.computeIfAbsent(String.valueOf(ec.getCondition().getEvalExpression()) + " : ",
                                    k -> new TreeSet<>()).add(t.getRule().getName());
                        }
                    }
                }
            }
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        found.forEach((k, v) -> out.put(k, List.copyOf(v)));
        this.byEval = Collections.unmodifiableMap(out);
        Map<String, String> cited = new LinkedHashMap<>();
        kb.getKiePackages().forEach(p -> p.getRules().forEach(r -> {
            Object c = r.getMetaData().get("clause");
            cited.put(r.getName(), c == null ? null : io.kaohe.internal.rules.RuleMeta.str(c));
        }));
        this.clauses = Collections.unmodifiableMap(cited);
    }

    /** The clause rule {@code name} cites; null when it cites none or is not in the KieBase. */
    String clause(String name) { return clauses.get(name); }

    /**
     * The rules whose condition threw {@code e}: those holding the {@code eval} its message names, else those whose
     * name Drools quotes in it (a constraint: {@code … in [Rule "name" …]}); empty when unknown.
     */
    List<String> rulesOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String msg = t.getMessage();
            if (msg == null) continue;
            for (Map.Entry<String, List<String>> c : byEval.entrySet()) {
                if (msg.startsWith(c.getKey())) return c.getValue();
            }
        }
        List<String> named = new ArrayList<>();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String msg = t.getMessage();
            if (msg == null) continue;
            for (String r : new TreeSet<>(clauses.keySet())) {
                if (msg.contains("\"" + r + "\"") && !named.contains(r)) named.add(r);
            }
        }
        return named;
    }

    /**
     * What a condition threw, without Drools' wrappers (whose messages carry its internal object names): the deepest
     * cause.
     */
    static Throwable thrown(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t;
    }
}
