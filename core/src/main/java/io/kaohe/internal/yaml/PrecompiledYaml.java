package io.kaohe.internal.yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A pack's YAML files as the trees the YAML parser makes of them, written at build time (each pack's pom runs
 * {@code io.kaohe.internal.engine.PrecompilePack}) and read at start with the JSON parser already loaded: a shipped
 * pack starts without SnakeYAML and without parsing YAML. A tree is found by the SHA-256 of the file's text, so
 * only a text exactly as shipped uses it; an edited file (rules directory, {@code kaohe check}, hot reload) is
 * parsed as YAML, with the same problems at the same lines.
 *
 * <p>Resources beside the pack's {@code pack.yaml}: {@code precompiled/index.properties} (SHA-256 → tree file) and
 * one tree file per YAML file, {@code {"top": {"/key": [line, column], …}, "root": …}}.
 */
public final class PrecompiledYaml {
    private PrecompiledYaml() {}

    static final String DIR = "precompiled/";
    static final String INDEX = DIR + "index.properties";

    /** A parsed file: its root and where each top-level key is written. */
    record Tree(JsonNode root, Map<String, Yaml.Pos> top) {}

    private record Source(ClassLoader loader, String resource) {}

    private static final Map<String, Source> SOURCES = new ConcurrentHashMap<>();
    private static final Map<String, Tree> TREES = new ConcurrentHashMap<>();

    /** Makes the trees of the pack whose files are under {@code home} known; none when its jar has no index. */
    public static void register(ClassLoader loader, String home) {
        String base = home.isEmpty() ? "" : home + "/";
        try (InputStream in = loader.getResourceAsStream(base + INDEX)) {
            if (in == null) return;
            Properties index = new Properties();
            index.load(in);
            for (String sha : index.stringPropertyNames()) {
                SOURCES.putIfAbsent(sha, new Source(loader, base + DIR + index.getProperty(sha)));
            }
        } catch (IOException e) {
            // no trees: the pack's YAML is parsed instead
        }
    }

    /** Whether the build made a tree of exactly this text (it then loads without the YAML parser). */
    public static boolean has(String text) { return find(text) != null; }

    /** The tree made at build time of exactly this text, or null. */
    static Tree find(String text) {
        if (SOURCES.isEmpty()) return null;
        String sha = sha256(text);
        Source s = SOURCES.get(sha);
        return s == null ? null : TREES.computeIfAbsent(sha, k -> read(s));
    }

    private static Tree read(Source s) {
        try (InputStream in = s.loader().getResourceAsStream(s.resource())) {
            if (in == null) return null;
            JsonNode tree = JsonMapper.shared().readTree(in);
            Map<String, Yaml.Pos> top = new HashMap<>();
            for (Map.Entry<String, JsonNode> e : tree.get("top").properties()) {
                top.put(e.getKey(), new Yaml.Pos(e.getValue().get(0).intValue(), e.getValue().get(1).intValue()));
            }
            return new Tree(tree.get("root"), Map.copyOf(top));
        } catch (IOException | RuntimeException e) {
            return null; // the YAML is parsed instead
        }
    }

    /**
     * Writes the trees of these files (name → text; the names only name the tree files) under {@code dir}
     * ({@code <home>/precompiled/}), as {@link #register} reads them. The same texts give the same bytes.
     */
    public static void write(Path home, Map<String, String> files) {
        Path dir = home.resolve(DIR);
        Map<String, String> index = new TreeMap<>();
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, String> f : files.entrySet()) {
                Yaml.Doc doc = Yaml.parse(f.getKey(), f.getValue());
                ObjectNode out = JsonMapper.shared().createObjectNode();
                ObjectNode top = out.putObject("top");
                new TreeMap<>(doc.top()).forEach((pointer, pos) -> top.putArray(pointer).add(pos.line()).add(pos.column()));
                out.set("root", doc.root());
                String name = f.getKey().replace('/', '_') + ".json";
                Files.write(dir.resolve(name), JsonMapper.shared().writeValueAsBytes(out));
                index.put(sha256(f.getValue()), name);
            }
            StringBuilder sb = new StringBuilder("# SHA-256 of a shipped YAML file's text = its tree (PrecompiledYaml)\n");
            index.forEach((sha, name) -> sb.append(sha).append('=').append(name).append('\n'));
            Files.writeString(dir.resolve("index.properties"), sb, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
