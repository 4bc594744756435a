package io.kaohe.internal.pack;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import io.kaohe.Problem;
import io.kaohe.RulesException;
import io.kaohe.internal.yaml.Yaml;

/** The clauses a pack answers for (its {@code clauses.yaml}): every rule and parameter must cite one of them. */
public final class ClauseRegister {
    private static final List<String> KEYS = List.of("kind", "text", "where", "outOfScope", "implementedBy");
    private static final Pattern ID = Pattern.compile("[A-Z]{2}-\\d{2}");
    private static final Set<String> KINDS = Set.of("E", "G", "S", "B", "D", "O");

    private final Map<String, Clause> clauses;

    private ClauseRegister(Map<String, Clause> clauses) { this.clauses = Collections.unmodifiableMap(clauses); }

    public static ClauseRegister load(String file, String text) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Clause> out = new LinkedHashMap<>();
        for (Yaml.Entry e : Yaml.entries(file, text)) {
            JsonNode n = e.value();
            if (!ID.matcher(e.key()).matches()) {
                problems.add(Problem.of(file, e.line(), 1, "条款编号 '" + e.key() + "' 格式错误（应如 SD-01）", "clause ID '" + e.key() + "' is not like SD-01"));
            }
            Yaml.unknownKeys(n, KEYS, file, e.line(), "clause " + e.key(), problems);
            String kind = n.path("kind").asString(null);
            if (kind == null || !KINDS.contains(kind)) {
                problems.add(Problem.of(file, e.line(), 1, "条款 " + e.key() + "：类别 kind 须为 " + KINDS + " 之一", "clause " + e.key() + ": kind must be one of " + KINDS));
            }
            String t = n.path("text").asString(null);
            if (t == null) problems.add(Problem.of(file, e.line(), 1, "条款 " + e.key() + "：缺少条款内容 text", "clause " + e.key() + ": 'text' is required"));
            out.put(e.key(), new Clause(e.key(), kind, t, n.path("where").asString(null), n.path("outOfScope").asString(null),
                    n.path("implementedBy").asString(null)));
        }
        if (!problems.isEmpty()) throw new RulesException(problems);
        return new ClauseRegister(out);
    }

    public Set<String> ids() { return clauses.keySet(); }

    public Clause get(String id) { return clauses.get(id); }

    public Map<String, Clause> all() { return clauses; }
}
