package io.kaohe.internal.pack;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.kaohe.Problem;
import io.kaohe.RulesException;
import io.kaohe.model.Stage;
import io.kaohe.internal.yaml.Yaml;
import tools.jackson.databind.JsonNode;

/**
 * The shape a pack's catalog must have ({@code catalogRules} in {@code pack.yaml}), checked whenever the
 * pack loads, shipped or with an override directory. For a catalog an office may replace (Hunan's
 * evaluation points: exactly 20, of which exactly 17 for kindergartens), a wrong file then fails with
 * {@code file:line} problems instead of quietly assessing against the wrong list.
 * <pre>
 * catalogRules:
 *   size: 20              # exactly this many entries
 *   stages: {PRESCHOOL: 17}   # exactly this many entries fit the stage (an entry without stages fits all)
 * </pre>
 * or, where the source allows more than one reading, shapes of which the catalog must fit one (the
 * catalog then says which reading the office took; problems are those of the nearest shape: the size
 * closest to the catalog's, then the fewest problems):
 * <pre>
 * catalogRules:
 *   oneOf:
 *     - {size: 20, stages: {PRESCHOOL: 17}}               # the 17 kindergarten points are among the 20
 *     - {size: 37, stages: {PRESCHOOL: 17, PRIMARY: 20}}  # 17 kindergarten points besides the 20
 * </pre>
 * Codes are unique by construction: the YAML reader rejects a repeated key with its line.
 */
public record CatalogRules(Integer size, Map<Stage, Integer> stages, List<CatalogRules> oneOf) {
    private static final List<String> KEYS = List.of("size", "stages", "oneOf");

    public CatalogRules {
        stages = stages == null ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(stages));
        oneOf = oneOf == null ? List.of() : List.copyOf(oneOf);
    }

    public CatalogRules(Integer size, Map<Stage, Integer> stages) { this(size, stages, List.of()); }

    static CatalogRules parse(String file, JsonNode n, int line) {
        List<Problem> problems = new ArrayList<>();
        if (!n.isObject()) throw new RulesException(List.of(new Problem(file, line, 1, "catalogRules: expected keys " + KEYS)));
        Yaml.unknownKeys(n, KEYS, file, line, "catalogRules", problems);
        Integer size = null;
        if (n.has("size")) {
            if (n.get("size").canConvertToExactIntegral() && n.get("size").asInt() >= 0) size = n.get("size").asInt();
            else problems.add(new Problem(file, line, 1, "catalogRules.size: expected a whole number ≥ 0"));
        }
        Map<Stage, Integer> stages = new EnumMap<>(Stage.class);
        for (Map.Entry<String, JsonNode> e : n.path("stages").properties()) {
            try {
                JsonNode v = e.getValue();
                if (!v.canConvertToExactIntegral() || v.asInt() < 0) {
                    problems.add(new Problem(file, line, 1, "catalogRules.stages." + e.getKey() + ": expected a whole number ≥ 0"));
                } else {
                    stages.put(Stage.valueOf(e.getKey()), v.asInt());
                }
            } catch (IllegalArgumentException x) {
                problems.add(new Problem(file, line, 1, "catalogRules.stages: unknown stage '" + e.getKey() + "'"
                        + io.kaohe.internal.i18n.Names.suggestion(e.getKey(), java.util.Arrays.stream(Stage.values()).map(Enum::name).toList())));
            }
        }
        List<CatalogRules> oneOf = new ArrayList<>();
        if (n.has("oneOf")) {
            if (!n.get("oneOf").isArray() || n.get("oneOf").isEmpty()) {
                problems.add(new Problem(file, line, 1, "catalogRules.oneOf: expected a list of shapes (size, stages)"));
            } else {
                for (JsonNode alt : n.get("oneOf")) {
                    if (alt.has("oneOf")) problems.add(new Problem(file, line, 1, "catalogRules.oneOf: a shape may not have oneOf itself"));
                    else oneOf.add(parse(file, alt, line));
                }
            }
        }
        if (!problems.isEmpty()) throw new RulesException(problems);
        return new CatalogRules(size, stages, oneOf);
    }

    /** Every way the catalog (file {@code file}, text {@code text}) misses these rules; empty when it fits. */
    public List<Problem> check(String file, String text, AbilityCatalog catalog) {
        List<Problem> out = new ArrayList<>();
        List<Yaml.Entry> entries = Yaml.entries(file, text);
        int last = entries.isEmpty() ? 1 : entries.get(entries.size() - 1).line();
        if (size != null && entries.size() != size) {
            // point at the first entry too many, or at the end when entries are missing
            int line = entries.size() > size ? entries.get(size).line() : last;
            out.add(new Problem(file, line, 1, "the catalog has " + entries.size() + " entries, expected exactly " + size
                    + " (pack.yaml catalogRules.size) / 目录条目数应为 " + size));
        }
        shape(file, entries, catalog, last, out);
        if (!oneOf.isEmpty()) {
            // the nearest shape: the size closest to the catalog's, then the fewest problems
            List<Problem> nearest = null;
            int nearestGap = Integer.MAX_VALUE;
            for (CatalogRules alt : oneOf) {
                List<Problem> p = alt.check(file, text, catalog);
                if (p.isEmpty()) return out;
                int gap = alt.size() == null ? 0 : Math.abs(entries.size() - alt.size());
                if (nearest == null || gap < nearestGap || (gap == nearestGap && p.size() < nearest.size())) {
                    nearest = p;
                    nearestGap = gap;
                }
            }
            for (Problem p : nearest) {
                out.add(new Problem(p.file(), p.line(), p.column(), p.message()
                        + " (the nearest of the " + oneOf.size() + " shapes pack.yaml catalogRules.oneOf allows / 最接近的允许形式)"));
            }
        }
        return out;
    }

    private void shape(String file, List<Yaml.Entry> entries, AbilityCatalog catalog, int last, List<Problem> out) {
        stages.forEach((stage, expected) -> {
            List<Yaml.Entry> fit = entries.stream().filter(e -> catalog.get(e.key()).map(m -> m.fits(stage)).orElse(false)).toList();
            if (fit.size() != expected) {
                int line = fit.size() > expected ? fit.get(expected).line() : last;
                out.add(new Problem(file, line, 1, fit.size() + " entries fit stage " + stage + ", expected exactly " + expected
                        + " (pack.yaml catalogRules.stages." + stage + "; an entry without 'stages' fits every stage): "
                        + String.join(", ", fit.stream().map(Yaml.Entry::key).toList()) + " / 适用于该学段的条目数应为 " + expected));
            }
        });
    }

}
