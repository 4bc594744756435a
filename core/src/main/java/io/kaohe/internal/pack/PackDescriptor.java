package io.kaohe.internal.pack;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.kaohe.Problem;
import io.kaohe.RulesException;
import io.kaohe.model.RecordKind;
import io.kaohe.model.Unit;
import io.kaohe.internal.yaml.Yaml;
import tools.jackson.databind.JsonNode;

/**
 * A pack's {@code pack.yaml}: its name, kbase, and the files that make it up. Paths are relative to
 * {@code home}, the resource folder that holds the pack's DRL (e.g. {@code io/kaohe/shandong}).
 *
 * @param units the record kinds the pack's policy uses, each with the units it accepts: a record of such a
 *              kind in another unit is an input error; a record of a kind not listed is accepted and not
 *              counted (the verdict says how many were left out)
 * @param conversions optional {@code conversions:} the policy defines (e.g. {@code HOUR: {MINUTE: 60}}); a kind's
 *              amounts are summed in the first unit {@code units:} lists for it
 * @param catalogRules optional checks of the catalog's shape (size, entries per stage), run whenever the pack
 *                     loads, so a replaced catalog file of the wrong shape fails loudly; null when none
 * @param display   how values read in the pack's messages: optional {@code names:} gives the pack's own
 *                  codes (batches, plan keys, …) as code → {@code {zh: 中文, en: English}} ({@link io.kaohe.internal.i18n.Display})
 * @param config    optional {@code config:} the typed configuration file ({@code config.yaml}: the school form's items and
 *                  the progress plan, {@link PackConfig}); null when the pack has none
 * @param scenarios the pack's scenario files ({@code scenarios/….yaml}), shipped in the jar so a reloading
 *                  service can run them against new rules; empty when none
 */
public record PackDescriptor(String name, String title, String version, String kbase, String home,
                             List<String> rules, List<String> parameters, String clauses, String catalog, String config,
                             Map<RecordKind, Set<Unit>> units, UnitConversions conversions, CatalogRules catalogRules,
                             List<String> scenarios, io.kaohe.internal.i18n.Display display) {

    private static final List<String> KEYS = List.of("name", "title", "version", "kbase", "rules", "parameters",
            "clauses", "catalog", "config", "units", "conversions", "catalogRules", "scenarios", "names");

    /** The YAML files the descriptor names (parameters, clauses, catalog, config): what a pack loads besides its DRL. */
    public List<String> yamlFiles() {
        List<String> out = new ArrayList<>(parameters);
        out.add(clauses);
        out.add(catalog);
        if (config != null) out.add(config);
        return out;
    }

    public static PackDescriptor load(String resource, String text) {
        List<Problem> problems = new ArrayList<>();
        Map<String, JsonNode> keys = new java.util.HashMap<>();
        Map<String, Integer> lines = new java.util.HashMap<>();
        for (Yaml.Entry e : Yaml.entries(resource, text)) {
            lines.put(e.key(), e.line());
            if (!KEYS.contains(e.key())) {
                problems.add(new Problem(resource, e.line(), 1, "unknown key '" + e.key() + "'"
                        + io.kaohe.internal.i18n.Names.suggestion(e.key(), KEYS)));
            }
            keys.put(e.key(), e.value());
        }
        for (String required : List.of("name", "kbase", "rules", "parameters", "clauses", "catalog", "units")) {
            if (!keys.containsKey(required)) problems.add(new Problem(resource, 1, 1, "'" + required + "' is required"));
        }
        if (!problems.isEmpty()) throw new RulesException(problems);
        Map<RecordKind, Set<Unit>> units = new EnumMap<>(RecordKind.class);
        Map<RecordKind, List<Unit>> listed = new EnumMap<>(RecordKind.class);
        for (Map.Entry<String, JsonNode> u : keys.get("units").properties()) {
            java.util.EnumSet<Unit> set = java.util.EnumSet.noneOf(Unit.class);
            List<Unit> order = new ArrayList<>();
            for (JsonNode n : u.getValue()) {
                set.add(Unit.valueOf(n.asString()));
                order.add(Unit.valueOf(n.asString()));
            }
            units.put(RecordKind.valueOf(u.getKey()), set);
            listed.put(RecordKind.valueOf(u.getKey()), order);
        }
        Map<Unit, Map<Unit, java.math.BigDecimal>> factors = new EnumMap<>(Unit.class);
        if (keys.containsKey("conversions")) {
            for (Map.Entry<String, JsonNode> from : keys.get("conversions").properties()) {
                Map<Unit, java.math.BigDecimal> to = new EnumMap<>(Unit.class);
                for (Map.Entry<String, JsonNode> t : from.getValue().properties()) {
                    if (!t.getValue().isNumber() || !Double.isFinite(t.getValue().doubleValue()) || t.getValue().decimalValue().signum() <= 0) {
                        problems.add(new Problem(resource, 1, 1, "conversions." + from.getKey() + "." + t.getKey()
                                + ": must be a positive number"));
                        continue;
                    }
                    to.put(Unit.valueOf(t.getKey()), t.getValue().decimalValue());
                }
                factors.put(Unit.valueOf(from.getKey()), to);
            }
        }
        if (!problems.isEmpty()) throw new RulesException(problems);
        UnitConversions conversions = UnitConversions.of(listed, factors, resource);
        CatalogRules catalogRules = keys.containsKey("catalogRules")
                ? CatalogRules.parse(resource, keys.get("catalogRules"), lines.get("catalogRules")) : null;
        String home = resource.contains("/") ? resource.substring(0, resource.lastIndexOf('/')) : "";
        return new PackDescriptor(keys.get("name").asString(), keys.getOrDefault("title", keys.get("name")).asString(),
                keys.containsKey("version") ? keys.get("version").asString() : "0",
                keys.get("kbase").asString(), home, strings(keys.get("rules")), strings(keys.get("parameters")),
                keys.get("clauses").asString(), keys.get("catalog").asString(),
                keys.containsKey("config") ? keys.get("config").asString() : null, units, conversions, catalogRules,
                keys.containsKey("scenarios") ? strings(keys.get("scenarios")) : List.of(), io.kaohe.internal.i18n.Display.of(names(keys.get("names"), resource)));
    }

    /**
     * {@code names:} code → its name in each language, {@code {zh: 中文, en: English}}, or one text for both
     * (taken whole: a '|' in it is just a character); in file order.
     */
    private static Map<String, io.kaohe.internal.i18n.Display.Label> names(JsonNode n, String resource) {
        if (n == null) return Map.of();
        Map<String, io.kaohe.internal.i18n.Display.Label> out = new java.util.LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : n.properties()) {
            JsonNode v = e.getValue();
            String zh = v.isString() ? v.asString() : v.isObject() ? v.path("zh").asString("") : "";
            String en = v.isString() ? v.asString() : v.isObject() ? v.path("en").asString("") : "";
            boolean onlyLanguages = !v.isObject() || v.properties().stream().allMatch(p -> p.getKey().equals("zh") || p.getKey().equals("en"));
            if (zh.isBlank() || en.isBlank() || !onlyLanguages) {
                problems.add(new Problem(resource, 1, 1, "names." + e.getKey() + ": must be {zh: 中文, en: English} (or one text for both)"));
            } else {
                out.put(e.getKey(), new io.kaohe.internal.i18n.Display.Label(e.getKey(), zh, en));
            }
        }
        if (!problems.isEmpty()) throw new RulesException(problems);
        return java.util.Collections.unmodifiableMap(out);
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        for (JsonNode s : n) out.add(s.asString());
        return List.copyOf(out);
    }
}
