package io.kaohe.internal.rules;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.kie.api.definition.rule.Rule;

/**
 * The {@link RuleMeta} of the rules of one KieBase, each read once. Owned by that KieBase's sessions, never
 * static: Drools' rules are equal by package and name, so a cache shared between KieBases would hand an edited
 * pack (another {@code @zh}, another {@code @decision}) the metadata of the shipped one. The reasons made once
 * ({@link ReasonCache}) live here too, for the same reason.
 */
public final class RuleMetas {
    private final Map<Rule, RuleMeta> byRule = new ConcurrentHashMap<>();
    /** the reasons these rules made, by what each rule saw: per KieBase for the same reason as the metadata */
    private final ReasonCache reasons;

    public RuleMetas() { this(new ReasonCache()); }

    RuleMetas(ReasonCache reasons) { this.reasons = reasons; }

    ReasonCache reasons() { return reasons; }

    public RuleMeta of(Rule rule) {
        RuleMeta m = byRule.get(rule);   // read first: computeIfAbsent may lock its bin even when the rule is there
        return m != null ? m : byRule.computeIfAbsent(rule, r -> RuleMeta.of(r.getName(), r.getMetaData()));
    }
}
