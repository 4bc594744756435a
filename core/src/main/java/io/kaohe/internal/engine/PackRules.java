package io.kaohe.internal.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

import io.kaohe.internal.pack.AbilityCatalog;
import io.kaohe.internal.pack.ClauseRegister;
import io.kaohe.internal.pack.PackConfig;
import io.kaohe.internal.pack.PackDescriptor;
import io.kaohe.Problem;
import io.kaohe.internal.pack.RuleInfo;
import io.kaohe.RulesException;
import io.kaohe.internal.params.ParameterTable;
import io.kaohe.internal.rules.RuleMeta;

/**
 * One immutable, loaded version of a pack: its KieBase, parameters, clauses and catalog. Shared by
 * every evaluation; a reload builds a new one and swaps it in.
 *
 * @param precompiled true when the KieBase is the pack's precompiled executable model, false when
 *                    compiled at run time from (edited) DRL
 * @param config      the typed configuration (form items, progress plan; {@link PackConfig#NONE} when the pack has none)
 * @param sessions    the sessions of {@code kieBase} (one per evaluation, from its pool)
 */
public record PackRules(PackDescriptor descriptor, KieBase kieBase, ParameterTable parameters, ClauseRegister clauses,
                        AbilityCatalog catalog, PackConfig config, RuleFiles files, String policyVersion, boolean precompiled,
                        List<RuleInfo> rules, Sessions sessions) {

    /** Loads the pack as shipped: the precompiled executable model of the pack's own kjar (refused if it has none). */
    public static PackRules shipped(PackDescriptor d, ClassLoader cl) {
        return assemble(d, ShippedModel.load(d, cl), RuleFiles.shipped(d, cl), true);
    }

    /** Loads the pack with an override directory: DRL compiled at run time. Throws, listing problems, if anything is wrong. */
    public static PackRules compiled(PackDescriptor d, RuleFiles files) {
        List<Problem> problems = new ArrayList<>(files.unused());
        ClauseRegister clauses = null;
        try {
            clauses = ClauseRegister.load(d.clauses(), files.text(d.clauses()));
        } catch (RulesException e) {
            problems.addAll(e.problems());
        }
        KieBase kb = null;
        try {
            kb = DrlCompiler.build(d, files.drl());
        } catch (RulesException e) {
            problems.addAll(e.problems());
        }
        if (clauses != null) {
            try {
                ParameterTable params = ParameterTable.load(files.parameterFiles(), clauses.ids());
                config(d, files, params, clauses);
            } catch (RulesException e) {
                problems.addAll(e.problems());
            }
            try {
                AbilityCatalog.load(d.catalog(), files.text(d.catalog()));
            } catch (RulesException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) throw new RulesException(problems);
        return assemble(d, kb, files, false);
    }

    private static PackRules assemble(PackDescriptor d, KieBase kb, RuleFiles files, boolean precompiled) {
        ClauseRegister clauses = ClauseRegister.load(d.clauses(), files.text(d.clauses()));
        ParameterTable params = ParameterTable.load(files.parameterFiles(), clauses.ids());
        AbilityCatalog catalog = AbilityCatalog.load(d.catalog(), files.text(d.catalog()));
        PackConfig config = config(d, files, params, clauses);
        List<Problem> problems = new ArrayList<>();
        if (d.catalogRules() != null) problems.addAll(d.catalogRules().check(d.catalog(), files.text(d.catalog()), catalog));
        List<RuleInfo> rules = ruleInfo(kb, clauses, files, problems);
        if (rules.isEmpty()) problems.add(Problem.of(d.name(), 0, 0, "规则包中没有规则", "the pack has no rules"));
        if (!problems.isEmpty()) throw new RulesException(problems);
        String version = d.name() + "-" + d.version() + "+" + files.hash();
        return new PackRules(d, kb, params, clauses, catalog, config, files, version, precompiled, rules, new Sessions(kb, rules));
    }

    /** The pack's typed configuration, checked against its parameters and clauses; NONE when the descriptor names none. */
    private static PackConfig config(PackDescriptor d, RuleFiles files, ParameterTable params, ClauseRegister clauses) {
        return d.config() == null ? PackConfig.NONE : PackConfig.load(d.config(), files.text(d.config()), params, clauses.ids());
    }

    /** Every rule with its clause; a rule without valid metadata or citing an unknown clause is a problem. */
    static List<RuleInfo> ruleInfo(KieBase kb, ClauseRegister clauses, RuleFiles files, List<Problem> problems) {
        List<RuleInfo> out = new ArrayList<>();
        Map<String, Loc> where = ruleLocations(files);
        for (KiePackage p : kb.getKiePackages()) {
            for (Rule r : p.getRules()) {
                Loc loc = where.getOrDefault(r.getName(), new Loc(r.getPackageName(), 0));
                String file = loc.file();
                int line = loc.line();
                try {
                    RuleMeta m = RuleMeta.of(r.getName(), r.getMetaData());
                    if (!clauses.ids().contains(m.clause())) {
                        String meant = clauseMeant(r.getName(), m.clause(), clauses.ids());
                        problems.add(Problem.of(file, line, 1, "规则 '" + r.getName() + "' 引用了未知条款 " + m.clause()
                                + (meant == null ? "" : "（是否应为 '" + meant + "'？）"), "rule '" + r.getName()
                                + "' cites unknown clause " + m.clause() + (meant == null ? "" : " (did you mean '" + meant + "'?)")));
                    } else if (!r.getName().startsWith(m.clause())) {
                        problems.add(Problem.of(file, line, 1, "规则名 '" + r.getName() + "' 须以条款编号 " + m.clause() + " 开头",
                                "rule '" + r.getName() + "' must start with its clause ID " + m.clause()));
                    }
                    out.add(new RuleInfo(r.getName(), m.clause(), m.decision().key(), file, line));
                } catch (RuntimeException e) {
                    problems.add(new Problem(file, line, 1, e.getMessage()));
                }
            }
        }
        out.sort(Comparator.comparing(RuleInfo::clause).thenComparing(RuleInfo::name));
        return List.copyOf(out);
    }

    /** The clause a mistyped {@code @clause} meant: the one the rule's own name starts with, else the nearest ID. */
    static String clauseMeant(String rule, String clause, java.util.Set<String> known) {
        String first = rule.split("\\s+", 2)[0];
        return known.contains(first) ? first : io.kaohe.internal.i18n.Names.nearest(clause, known);
    }

    private static final java.util.regex.Pattern RULE_LINE = java.util.regex.Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"");

    record Loc(String file, int line) {}

    /** rule name → file and line of its {@code rule "…"} line (the executable model keeps no source positions). */
    static Map<String, Loc> ruleLocations(RuleFiles files) {
        return ruleLocations(files.drl());
    }

    /** rule name → file and line of its {@code rule "…"} line, in DRL texts by file name. */
    static Map<String, Loc> ruleLocations(Map<String, String> drl) {
        Map<String, Loc> out = new java.util.HashMap<>();
        drl.forEach((file, text) -> {
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                java.util.regex.Matcher m = RULE_LINE.matcher(lines[i]);
                if (m.find()) out.putIfAbsent(m.group(1), new Loc(file, i + 1));
            }
        });
        return out;
    }
}
