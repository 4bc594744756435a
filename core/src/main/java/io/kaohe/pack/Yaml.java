package io.kaohe.pack;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.kaohe.params.Names;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads the YAML files of a pack (descriptor, parameters, clauses, catalogs) keeping the line of each top-level entry. */
public final class Yaml {
    private Yaml() {}

    public static final YAMLMapper MAPPER = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** A top-level entry of a YAML mapping, with the line it starts on. */
    public record Entry(String key, JsonNode value, int line) {}

    /** The top-level entries of a YAML mapping, in file order. */
    public static List<Entry> entries(String file, String text) {
        List<Entry> out = new ArrayList<>();
        try (JsonParser p = MAPPER.createParser(text)) {
            if (p.nextToken() == null) return out;
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw new RulesException(List.of(new Problem(file, 1, 1, "expected a mapping of names to entries / 应为键值映射")));
            }
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String key = p.currentName();
                int line = (int) p.currentTokenLocation().getLineNr();
                p.nextToken();
                JsonNode value = p.readValueAsTree();
                out.add(new Entry(key, value, line));
            }
        } catch (tools.jackson.core.JacksonException e) {
            var loc = e.getLocation();
            throw new RulesException(List.of(new Problem(file, loc == null ? 0 : loc.getLineNr(),
                    loc == null ? 0 : loc.getColumnNr(), "YAML cannot be read / YAML 格式错误: " + e.getOriginalMessage())));
        }
        return out;
    }

    /** Adds a problem for each key of {@code node} not in {@code allowed}, suggesting the nearest allowed key. */
    public static void unknownKeys(JsonNode node, Collection<String> allowed, String file, int line, String where,
                                   List<Problem> problems) {
        if (node == null || !node.isObject()) return;
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (!allowed.contains(e.getKey())) {
                problems.add(new Problem(file, line, 1, where + ": unknown key '" + e.getKey() + "' / 未知的键"
                        + Names.suggestion(e.getKey(), allowed)));
            }
        }
    }
}
