package io.kaohe.internal.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.kaohe.internal.engine.PackInfo;
import io.kaohe.internal.pack.Clause;
import io.kaohe.internal.pack.RuleInfo;
import io.kaohe.Scenario;

/**
 * Clause coverage of a pack: for every clause of its register, the rules that implement it, the scenario
 * cases and property tests that exercise it, or the recorded reason it is out of scope (or what data
 * implements it). Rendered by {@code kaohe coverage} and into each pack's {@code COVERAGE.md}.
 */
public final class Coverage {
    private Coverage() {}

    /** One clause and what covers it; lists sorted. */
    public record Row(Clause clause, List<RuleInfo> rules, List<String> scenarios, List<String> propertyTests) {
        /** Implemented by a rule or by named data, or out of scope with a reason. */
        public boolean explained() {
            return !rules.isEmpty() || !blank(clause.implementedBy()) || !blank(clause.outOfScope());
        }
    }

    /**
     * The coverage rows, in the register's order.
     *
     * @param propertyTests clause ID → property tests ("Class.method") exercising it; empty when not known
     */
    public static List<Row> rows(PackInfo info, List<Scenario> scenarios, Map<String, Set<String>> propertyTests) {
        List<Row> out = new ArrayList<>();
        for (Clause c : info.clauses().all().values()) {
            List<RuleInfo> rules = info.rules().stream().filter(r -> r.clause().equals(c.id())).toList();
            Set<String> cases = new TreeSet<>();
            scenarios.stream().filter(s -> s.clauses().contains(c.id())).forEach(s -> cases.add(s.title()));
            List<String> props = List.copyOf(new TreeSet<>(propertyTests.getOrDefault(c.id(), Set.of())));
            out.add(new Row(c, rules, List.copyOf(cases), props));
        }
        return out;
    }

    /**
     * What must fail the build: a clause with neither rule nor reason, a rule, scenario case or property test
     * citing a clause the register does not know. Empty when the coverage is complete. {@code propertyTests} come
     * from a pack's test classes (their {@code @Covers}, read by core's test support), empty when not known.
     */
    public static List<String> problems(PackInfo info, List<Row> rows, List<Scenario> scenarios,
                                        Map<String, Set<String>> propertyTests) {
        List<String> out = new ArrayList<>();
        Set<String> known = info.clauses().ids();
        for (Row r : rows) {
            if (!r.explained()) {
                out.add(info.name() + ": 条款 " + r.clause().id() + " 既无规则实现，也未说明不实现的理由 — clause " + r.clause().id()
                        + " has neither a rule nor implementedBy / outOfScope in clauses.yaml");
            }
        }
        for (RuleInfo r : info.rules()) {
            if (!known.contains(r.clause())) out.add(r.file() + ":" + r.line() + ": rule '" + r.name() + "' cites unknown clause " + r.clause());
        }
        for (Scenario s : scenarios) {
            for (String c : s.clauses()) {
                if (!known.contains(c)) out.add(s.file() + ":" + s.line() + ": case '" + s.name() + "' cites unknown clause " + c);
            }
        }
        propertyTests.forEach((c, tests) -> {
            if (!known.contains(c)) out.add(tests + ": @Covers cites unknown clause " + c);
        });
        return out;
    }

    /**
     * The Markdown page; byte-identical for the same pack, scenarios and tests. {@code withPropertyTests}: the
     * repository's {@code COVERAGE.md} (property tests listed, with how to regenerate it).
     */
    public static String markdown(PackInfo info, List<Row> rows, boolean withPropertyTests) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(info.title()).append(" — 条款覆盖 Clause coverage\n\n");
        if (withPropertyTests) { // the COVERAGE.md of the repository
            sb.append("<!-- Generated: do not edit. Regenerate with\n")
              .append("     mvn -B -o -pl rules-").append(info.name()).append(" -am verify -Dtest=CoverageTest")
              .append(" -Dsurefire.failIfNoSpecifiedTests=false -Dkaohe.coverage.write=true -->\n\n");
        }
        sb.append("每条条款：实现它的规则 → 检验它的场景用例与性质测试，或不实现的理由。\n")
          .append("Every clause: the rules that implement it → the scenario cases and property tests that exercise it,\n")
          .append("or the recorded reason it is out of scope. See docs/authoring.md.\n\n");
        long ruled = rows.stream().filter(r -> !r.rules().isEmpty()).count();
        long data = rows.stream().filter(r -> r.rules().isEmpty() && !blank(r.clause().implementedBy())).count();
        long out = rows.stream().filter(r -> r.rules().isEmpty() && blank(r.clause().implementedBy()) && !blank(r.clause().outOfScope())).count();
        long unexplained = rows.stream().filter(r -> !r.explained()).count();
        sb.append("| 条款 Clauses | 规则实现 By rules | 数据实现 By data | 不在范围 Out of scope | 未说明 Unexplained |\n")
          .append("|---|---|---|---|---|\n")
          .append("| ").append(rows.size()).append(" | ").append(ruled).append(" | ").append(data).append(" | ")
          .append(out).append(" | ").append(unexplained).append(" |\n");
        for (Row r : rows) {
            Clause c = r.clause();
            sb.append("\n## ").append(c.id()).append(" (").append(c.kind()).append(")\n\n");
            if (c.text() != null) sb.append("> ").append(c.text().strip().replace("\n", " ")).append("\n\n");
            if (!r.rules().isEmpty()) {
                sb.append("- 规则 Rules:\n");
                r.rules().forEach(x -> sb.append("  - `").append(x.name()).append("` (").append(x.file()).append(")\n"));
            }
            if (!blank(c.implementedBy())) sb.append("- 由数据实现 Implemented by: ").append(oneLine(c.implementedBy())).append('\n');
            if (!blank(c.outOfScope())) sb.append("- 不在范围 Out of scope: ").append(oneLine(c.outOfScope())).append('\n');
            if (!r.explained()) sb.append("- **未说明 UNEXPLAINED**: no rule, no implementedBy, no outOfScope\n");
            list(sb, "场景用例 Scenario cases", r.scenarios());
            if (withPropertyTests) list(sb, "性质测试 Property tests", r.propertyTests());
        }
        return sb.toString();
    }

    private static void list(StringBuilder sb, String heading, List<String> items) {
        if (items.isEmpty()) {
            sb.append("- ").append(heading).append(": —\n");
            return;
        }
        sb.append("- ").append(heading).append(":\n");
        items.forEach(i -> sb.append("  - ").append(i).append('\n'));
    }

    private static boolean blank(String s) { return s == null || s.isBlank(); }

    private static String oneLine(String s) { return s.strip().replaceAll("\\s*\\n\\s*", " "); }
}
