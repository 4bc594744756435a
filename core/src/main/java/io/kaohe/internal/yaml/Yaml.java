package io.kaohe.internal.yaml;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import io.kaohe.Problem;
import io.kaohe.RulesException;
import io.kaohe.internal.i18n.Names;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the YAML files of a pack (descriptor, parameters, clauses, catalogs, scenarios) keeping where every
 * key and list item is written, so a problem deep inside an entry points at its own line.
 */
public final class Yaml {
    private Yaml() {}

    /**
     * The largest rule or parameter file read (characters; bytes for a file on disk): the largest shipped file is
     * far below it. A larger one is refused before it is parsed.
     */
    public static final int MAX_CHARS = 2 << 20;

    /** The YAML mapper: made on first need, as a shipped pack loads from its precompiled trees without it (start-up time). */
    public static YAMLMapper mapper() { return Parser.MAPPER; }

    private static final class Parser {
        static final YAMLMapper MAPPER = YAMLMapper.builder(tools.jackson.dataformat.yaml.YAMLFactory.builder()
                        .loadSettings(org.snakeyaml.engine.v2.api.LoadSettings.builder().setCodePointLimit(MAX_CHARS).build()).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    /** The problem of a file over {@link #MAX_CHARS}. */
    public static Problem tooLarge(String file, long size) {
        return Problem.of(file, 1, 1, "文件过大（" + size + "，上限 " + MAX_CHARS + "）", "file too large (" + size + ", at most " + MAX_CHARS + ")");
    }

    /** A top-level entry of a YAML mapping, with the line it starts on. */
    public record Entry(String key, JsonNode value, int line) {}

    /** Line and column (1-based) of a place in a file. */
    public record Pos(int line, int column) {
        static final Pos NONE = new Pos(0, 0);
    }

    /**
     * A parsed YAML document with the position of every key and list item, by JSON pointer
     * ({@code /cases/3/dossier/records/0}).
     */
    public static final class Doc {
        private final String file;
        private final String text;
        private final JsonNode root;
        private final Map<String, Pos> top;
        /** Every key and item, found on first need: a file that loads cleanly is read once (start-up time). */
        private Map<String, Pos> positions;

        Doc(String file, String text, JsonNode root, Map<String, Pos> top) {
            this.file = file;
            this.text = text;
            this.root = root;
            this.top = top;
        }

        public JsonNode root() { return root; }

        /** Where each top-level key is written, by JSON pointer. */
        Map<String, Pos> top() { return top; }

        /** Where {@code pointer} is written, else its nearest written ancestor (0:0 when none). */
        public Pos at(String pointer) {
            Pos known = top.get(pointer);
            if (known != null) return known;
            synchronized (this) {
                if (positions == null) positions = positions(file, text);
            }
            String p = pointer;
            while (true) {
                Pos pos = positions.get(p);
                if (pos != null) return pos;
                int slash = p.lastIndexOf('/');
                if (slash < 0) return Pos.NONE;
                p = p.substring(0, slash);
            }
        }

        /** The top-level entries, in file order (the root must be a mapping). */
        public List<Entry> entries(String file) {
            List<Entry> out = new ArrayList<>();
            if (root == null || root.isMissingNode() || root.isNull()) return out;
            if (!root.isObject()) {
                throw new RulesException(List.of(Problem.of(file, 1, 1, "应为键值映射", "expected a mapping of names to entries")));
            }
            for (Map.Entry<String, JsonNode> e : root.properties()) {
                Pos p = top.get(pointer("", e.getKey()));
                out.add(new Entry(e.getKey(), e.getValue(), p == null ? 0 : p.line()));
            }
            return out;
        }
    }

    /** {@code base} extended by one key or index, escaped as RFC 6901 says. */
    public static String pointer(String base, Object segment) {
        return base + "/" + String.valueOf(segment).replace("~", "~0").replace("/", "~1");
    }

    /**
     * Parses a YAML text keeping the line of each top-level key (the positions of deeper keys are found when
     * first asked for); a syntax error is a problem at its line and column. A text a pack ships unchanged is read
     * from the tree the build made of it ({@link PrecompiledYaml}), without the YAML parser.
     */
    public static Doc document(String file, String text) {
        PrecompiledYaml.Tree tree = PrecompiledYaml.find(text);
        if (tree != null) return new Doc(file, text, tree.root().deepCopy(), tree.top());
        return parse(file, text);
    }

    /** {@link #document}, always with the YAML parser. */
    public static Doc parse(String file, String text) {
        if (text.length() > MAX_CHARS) throw new RulesException(List.of(tooLarge(file, text.length())));
        Map<String, Pos> top = new HashMap<>();
        YAMLMapper mapper = mapper();
        try (JsonParser p = mapper.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) return new Doc(file, text, mapper.readTree(text), top);
            tools.jackson.databind.node.ObjectNode root = mapper.createObjectNode();
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String key = p.currentName();
                top.put(pointer("", key), pos(p.currentTokenLocation()));
                p.nextToken();
                root.set(key, p.readValueAsTree());
            }
            return new Doc(file, text, root, top);
        } catch (tools.jackson.core.JacksonException e) {
            throw syntax(file, e);
        }
    }

    /** Every key and list item of a (readable) YAML text, by JSON pointer. */
    private static Map<String, Pos> positions(String file, String text) {
        Map<String, Pos> positions = new HashMap<>();
        try (JsonParser p = mapper().createParser(text)) {
            Deque<Frame> stack = new ArrayDeque<>();
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                Pos pos = pos(p.currentTokenLocation());
                Frame top = stack.peek();
                if (t == JsonToken.PROPERTY_NAME) {
                    top.segment = p.currentName();
                    positions.putIfAbsent(path(stack), pos);
                    continue;
                }
                if (top != null && top.array) {
                    top.segment = String.valueOf(++top.index);
                    positions.putIfAbsent(path(stack), pos);
                }
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    Frame f = new Frame();
                    f.array = t == JsonToken.START_ARRAY;
                    stack.push(f);
                } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    stack.pop();
                }
            }
        } catch (tools.jackson.core.JacksonException e) {
            throw syntax(file, e);
        }
        return positions;
    }

    private static final class Frame {
        boolean array;
        int index = -1;
        String segment;
    }

    private static String path(Deque<Frame> stack) {
        StringBuilder sb = new StringBuilder();
        for (Iterator<Frame> it = stack.descendingIterator(); it.hasNext(); ) {
            Frame f = it.next();
            if (f.segment != null) sb.append(pointer("", f.segment));
        }
        return sb.toString();
    }

    private static Pos pos(TokenStreamLocation loc) {
        return loc == null ? Pos.NONE : new Pos(Math.max(loc.getLineNr(), 0), Math.max(loc.getColumnNr(), 0));
    }

    private static RulesException syntax(String file, tools.jackson.core.JacksonException e) {
        var loc = e.getLocation();
        return new RulesException(List.of(Problem.of(file, loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(),
                "YAML 格式错误", "YAML cannot be read: " + String.valueOf(e.getOriginalMessage()).replace('\n', ' '))));
    }

    /** The top-level entries of a YAML mapping, in file order. */
    public static List<Entry> entries(String file, String text) {
        return document(file, text).entries(file);
    }

    /** Adds a problem for each key of {@code node} not in {@code allowed}, suggesting the nearest allowed key. */
    public static void unknownKeys(JsonNode node, Collection<String> allowed, String file, int line, String where,
                                   List<Problem> problems) {
        if (node == null || !node.isObject()) return;
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (!allowed.contains(e.getKey())) problems.add(unknownKey(file, new Pos(line, 1), where, e.getKey(), allowed));
        }
    }

    /** As above, each unknown key reported at its own line: {@code pointer} is where {@code node} is in {@code doc}. */
    public static void unknownKeys(Doc doc, String pointer, JsonNode node, Collection<String> allowed, String file, String where,
                                   List<Problem> problems) {
        if (node == null || !node.isObject()) return;
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (!allowed.contains(e.getKey())) {
                problems.add(unknownKey(file, doc.at(pointer(pointer, e.getKey())), where, e.getKey(), allowed));
            }
        }
    }

    private static Problem unknownKey(String file, Pos at, String where, String key, Collection<String> allowed) {
        return Problem.of(file, at.line(), at.column(),
                where + "：未知的键 '" + key + "'" + Names.hintZh(key, allowed),
                where + ": unknown key '" + key + "'" + Names.hintEn(key, allowed) + "; allowed: " + String.join(", ", allowed));
    }
}
