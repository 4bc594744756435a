package io.kaohe.pack;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.kaohe.model.RecordKind;
import io.kaohe.model.Unit;
import tools.jackson.databind.JsonNode;

/**
 * A pack's {@code pack.yaml}: its name, kbase, and the files that make it up. Paths are relative to
 * {@code home}, the resource folder that holds the pack's DRL (e.g. {@code io/kaohe/shandong}).
 *
 * @param units the units the pack accepts for each record kind; a record in any other unit is an input error
 * @param catalogRules optional checks of the catalog's shape (size, entries per stage), run whenever the pack
 *                     loads, so a replaced catalog file of the wrong shape fails loudly; null when none
 */
public record PackDescriptor(String name, String title, String version, String kbase, String home,
                             List<String> rules, List<String> parameters, String clauses, String catalog,
                             Map<RecordKind, Set<Unit>> units, CatalogRules catalogRules) {

    private static final List<String> KEYS = List.of("name", "title", "version", "kbase", "rules", "parameters",
            "clauses", "catalog", "units", "catalogRules");

    public PackDescriptor(String name, String title, String version, String kbase, String home, List<String> rules,
                          List<String> parameters, String clauses, String catalog, Map<RecordKind, Set<Unit>> units) {
        this(name, title, version, kbase, home, rules, parameters, clauses, catalog, units, null);
    }

    public static PackDescriptor load(String resource, String text) {
        List<Problem> problems = new ArrayList<>();
        Map<String, JsonNode> keys = new java.util.HashMap<>();
        Map<String, Integer> lines = new java.util.HashMap<>();
        for (Yaml.Entry e : Yaml.entries(resource, text)) {
            lines.put(e.key(), e.line());
            if (!KEYS.contains(e.key())) {
                problems.add(new Problem(resource, e.line(), 1, "unknown key '" + e.key() + "'"
                        + io.kaohe.params.Names.suggestion(e.key(), KEYS)));
            }
            keys.put(e.key(), e.value());
        }
        for (String required : List.of("name", "kbase", "rules", "parameters", "clauses", "catalog", "units")) {
            if (!keys.containsKey(required)) problems.add(new Problem(resource, 1, 1, "'" + required + "' is required"));
        }
        if (!problems.isEmpty()) throw new RulesException(problems);
        Map<RecordKind, Set<Unit>> units = new EnumMap<>(RecordKind.class);
        for (Map.Entry<String, JsonNode> u : keys.get("units").properties()) {
            java.util.EnumSet<Unit> set = java.util.EnumSet.noneOf(Unit.class);
            for (JsonNode n : u.getValue()) set.add(Unit.valueOf(n.asString()));
            units.put(RecordKind.valueOf(u.getKey()), set);
        }
        CatalogRules catalogRules = keys.containsKey("catalogRules")
                ? CatalogRules.parse(resource, keys.get("catalogRules"), lines.get("catalogRules")) : null;
        String home = resource.contains("/") ? resource.substring(0, resource.lastIndexOf('/')) : "";
        return new PackDescriptor(keys.get("name").asString(), keys.getOrDefault("title", keys.get("name")).asString(),
                keys.containsKey("version") ? keys.get("version").asString() : "0",
                keys.get("kbase").asString(), home, strings(keys.get("rules")), strings(keys.get("parameters")),
                keys.get("clauses").asString(), keys.get("catalog").asString(), units, catalogRules);
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        for (JsonNode s : n) out.add(s.asString());
        return List.copyOf(out);
    }
}
