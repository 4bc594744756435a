package io.kaohe.internal.pack;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kaohe.Problem;
import io.kaohe.RulesException;
import io.kaohe.model.Environment;
import io.kaohe.model.MicroAbility;
import io.kaohe.model.Role;
import io.kaohe.model.Stage;
import io.kaohe.internal.yaml.Yaml;
import tools.jackson.databind.JsonNode;

/**
 * A catalog of assessable abilities (national micro-abilities CN-01, or a province's evaluation /
 * focus points), loaded from a data file so staff can correct names without a code change.
 * Rules use codes and environments only; names are for people, and are never invented.
 */
public final class AbilityCatalog {
    private static final List<String> KEYS = List.of("environment", "dimension", "name", "verified", "stages", "audiences");

    private final Map<String, MicroAbility> entries;

    private AbilityCatalog(Map<String, MicroAbility> entries) { this.entries = Collections.unmodifiableMap(entries); }

    public static AbilityCatalog load(String file, String text) {
        List<Problem> problems = new ArrayList<>();
        Map<String, MicroAbility> out = new LinkedHashMap<>();
        for (Yaml.Entry e : Yaml.entries(file, text)) {
            JsonNode n = e.value();
            Yaml.unknownKeys(n, KEYS, file, e.line(), "ability " + e.key(), problems);
            Environment env = null;
            String envText = n.path("environment").asString(null);
            try {
                env = envText == null ? null : Environment.valueOf(envText);
            } catch (IllegalArgumentException x) {
                problems.add(new Problem(file, e.line(), 1, "ability " + e.key() + ": unknown environment '" + envText + "' / 未知环境"));
            }
            List<Stage> stages = new ArrayList<>();
            for (JsonNode s : n.path("stages")) {
                try {
                    stages.add(Stage.valueOf(s.asString()));
                } catch (IllegalArgumentException x) {
                    problems.add(new Problem(file, e.line(), 1, "ability " + e.key() + ": unknown stage '" + s.asString() + "' / 未知学段"));
                }
            }
            List<Role> audiences = new ArrayList<>();
            for (JsonNode a : n.path("audiences")) {
                try {
                    audiences.add(Role.valueOf(a.asString()));
                } catch (IllegalArgumentException x) {
                    problems.add(new Problem(file, e.line(), 1, "ability " + e.key() + ": unknown audience '" + a.asString() + "' / 未知对象"));
                }
            }
            String name = n.path("name").asString(null);
            boolean verified = n.path("verified").asBoolean(false);
            if (verified && name == null) {
                problems.add(new Problem(file, e.line(), 1, "ability " + e.key() + ": verified without a name / 标记已核实但无名称"));
            }
            out.put(e.key(), new MicroAbility(e.key(), env, n.path("dimension").asString(null), name, verified, stages, audiences));
        }
        if (!problems.isEmpty()) throw new RulesException(problems);
        return new AbilityCatalog(out);
    }

    public Optional<MicroAbility> get(String code) { return Optional.ofNullable(entries.get(code)); }

    public boolean contains(String code) { return entries.containsKey(code); }

    public Map<String, MicroAbility> all() { return entries; }
}
