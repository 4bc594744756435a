package io.kaohe.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.kaohe.Kaohe;
import io.kaohe.KaoheException;
import io.kaohe.Problem;
import io.kaohe.internal.pack.Clause;
import io.kaohe.Problem;
import io.kaohe.internal.pack.RuleInfo;

/**
 * The contract every shipped pack must keep, checked the same way for all of them (a test runs it for
 * every installed pack, and so can a release script):
 * <ul>
 *   <li>it runs the precompiled executable model (the two silent kjar traps leave a pack without it);</li>
 *   <li>its KieBase has exactly the rules its DRL text declares, and each rule's recorded line is its
 *       {@code rule "…"} line;</li>
 *   <li>every clause of its register is cited by a rule, implemented by named data ({@code implementedBy}),
 *       or out of scope with a reason ({@code outOfScope});</li>
 *   <li>its shipped files check clean ({@link Kaohe#check});</li>
 *   <li>the scenario files its pack.yaml lists are in its jar and read cleanly (a reloading service runs them).</li>
 * </ul>
 */
public final class PackAudit {
    private PackAudit() {}

    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);

    /** Everything wrong with the installed pack; empty when it keeps the contract. */
    public static List<String> findings(String pack) {
        List<String> out = new ArrayList<>();
        PackEngine engine = (PackEngine) Kaohe.pack(pack);
        PackInfo info = PackEngine.info(engine);
        if (!info.precompiled()) out.add(pack + ": the shipped pack does not run the precompiled executable model");

        Set<String> declared = new TreeSet<>();
        info.origins().keySet().stream().filter(f -> f.endsWith(".drl")).forEach(f -> {
            Matcher m = RULE.matcher(engine.rules().files().text(f));
            while (m.find()) declared.add(m.group(1));
        });
        Set<String> loaded = info.rules().stream().map(RuleInfo::name).collect(Collectors.toCollection(TreeSet::new));
        if (declared.isEmpty()) out.add(pack + ": no rule declared in its DRL files");
        if (!declared.equals(loaded)) {
            out.add(pack + ": the KieBase's rules " + loaded + " differ from the rules its DRL declares " + declared);
        }
        for (RuleInfo r : info.rules()) {
            String[] lines = engine.rules().files().text(r.file()).split("\n", -1);
            if (r.line() < 1 || r.line() > lines.length || !lines[r.line() - 1].contains("rule \"" + r.name() + "\"")) {
                out.add(pack + ": rule '" + r.name() + "' is not at " + r.file() + ":" + r.line());
            }
        }

        Set<String> cited = info.rules().stream().map(RuleInfo::clause).collect(Collectors.toSet());
        for (Clause c : info.clauses().all().values()) {
            boolean explained = (c.outOfScope() != null && !c.outOfScope().isBlank())
                    || (c.implementedBy() != null && !c.implementedBy().isBlank());
            if (!cited.contains(c.id()) && !explained) {
                out.add(pack + ": clause " + c.id() + " is cited by no rule and has neither implementedBy nor outOfScope");
            }
            if (cited.contains(c.id()) && c.outOfScope() != null) {
                out.add(pack + ": clause " + c.id() + " is marked outOfScope but rules cite it");
            }
        }
        for (Problem p : Kaohe.check(pack, null)) out.add(pack + ": " + p);
        try {
            if (Kaohe.scenarios(pack, null).isEmpty()) out.add(pack + ": no scenario files listed under scenarios: in pack.yaml");
        } catch (io.kaohe.RulesException e) {
            e.problems().forEach(p -> out.add(pack + ": " + p));
        } catch (KaoheException e) {
            out.add(pack + ": its scenario files do not read: " + e.getMessage());
        }
        return out;
    }
}
