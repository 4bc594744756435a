package io.kaohe.internal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import io.kaohe.KaoheException;
import io.kaohe.model.RuleFileRef;
import io.kaohe.internal.pack.PackDescriptor;
import io.kaohe.Problem;

/**
 * The text of every file that makes up a pack (DRL, parameters, clauses, catalog), by path relative to
 * the pack's home, and where each came from. Files of an override directory replace shipped files of
 * the same relative path, or add to them. Rules are read only from the classpath or a directory the
 * caller names.
 */
public final class RuleFiles {
    private final Map<String, String> texts;
    private final Map<String, String> origins;
    /** Override files whose text differs from the shipped one (or that add a file), sorted by name; empty for shipped files. */
    private final List<RuleFileRef> overrides;
    /** The pack's scenario files (relative paths): an override of one of them is used, not misplaced. */
    private final Set<String> scenarioNames;
    /** Files of the override directory that nothing reads, each a problem with a did-you-mean. */
    private final List<Problem> unused;

    private RuleFiles(Map<String, String> texts, Map<String, String> origins, List<RuleFileRef> overrides,
                      Set<String> scenarioNames, List<Problem> unused) {
        this.texts = Collections.unmodifiableMap(texts);
        this.origins = Collections.unmodifiableMap(origins);
        this.overrides = List.copyOf(overrides);
        this.scenarioNames = Set.copyOf(scenarioNames);
        this.unused = List.copyOf(unused);
    }

    /** The shipped files named by the descriptor. */
    public static RuleFiles shipped(PackDescriptor d, ClassLoader cl) {
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, String> origins = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        names.addAll(d.rules());
        names.addAll(d.yamlFiles());
        for (String n : names) {
            texts.put(n, resource(cl, d.home() + "/" + n));
            origins.put(n, "classpath:" + d.home() + "/" + n);
        }
        return new RuleFiles(texts, origins, List.of(), Set.copyOf(d.scenarios()), List.of());
    }

    /**
     * These files with those of {@code dir} laid over them (same relative path replaces; new DRL and YAML files
     * add). Only a directory of the local file system: rules are never fetched from a URL or another file
     * system. Files under {@code scenarios/} are scenario files, not rules: they are left out here. Every other
     * file is either used or listed in {@link #unused()} (a misplaced file must never be silently ignored);
     * files and folders whose name starts with '.' (.git) and editor backups ({@code ~}, {@code #…#}, {@code .bak},
     * {@code .swp}) are skipped.
     */
    public RuleFiles overlay(Path dir) {
        if (dir.getFileSystem() != FileSystems.getDefault()) {
            throw KaoheException.of("pack.rules-dir.not-local", dir);
        }
        if (!Files.isDirectory(dir)) throw KaoheException.of("pack.rules-dir.missing", dir);
        Map<String, String> t = new LinkedHashMap<>(texts);
        Map<String, String> o = new LinkedHashMap<>(origins);
        List<RuleFileRef> changed = new ArrayList<>();
        List<Problem> notUsed = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (skipped(rel)) continue;
                if (!used(rel)) {
                    notUsed.add(notUsed(rel));
                    continue;
                }
                if (rel.startsWith(SCENARIOS)) continue;
                String text = utf8(p, rel);
                String before = t.put(rel, text);
                o.put(rel, p.toString());
                if (before == null || !normalised(before).equals(normalised(text))) changed.add(new RuleFileRef(rel, sha256(text)));
            }
        } catch (IOException e) {
            throw KaoheException.of(e, "pack.rules-dir.unreadable", dir, e.getMessage());
        }
        changed.sort(java.util.Comparator.comparing(RuleFileRef::file));
        return new RuleFiles(t, o, changed, scenarioNames, notUsed);
    }

    /** Hidden files and folders (.git, .swp) and editor backups (teacher.yaml~, #teacher.yaml#, .bak): never meant to be read. */
    private static boolean skipped(String rel) {
        String name = rel.substring(rel.lastIndexOf('/') + 1);
        return ("/" + rel).contains("/.") || name.endsWith("~") || name.endsWith(".bak") || name.endsWith(".swp")
                || (name.startsWith("#") && name.endsWith("#"));
    }

    /**
     * Whether the engine reads a file of an override directory at this path: a shipped file's path, a DRL file
     * (added) at the top of the directory whose name is not a shipped DRL's, a parameter file directly under {@code parameters/}, or a
     * scenario file directly under {@code scenarios/}.
     */
    private boolean used(String rel) {
        if (texts.containsKey(rel) || scenarioNames.contains(rel)) return true;
        String name = rel.substring(rel.lastIndexOf('/') + 1);
        boolean yaml = rel.endsWith(".yaml") || rel.endsWith(".yml");
        // a new rule file is read only at the top of the directory (as the "not used" message says): a DRL under
        // scenarios/ or any other folder would otherwise be compiled, or skipped, without the officer knowing
        if (rel.endsWith(".drl")) return rel.indexOf('/') < 0 && texts.keySet().stream().noneMatch(k -> k.endsWith("/" + name) || k.equals(name));
        if (rel.equals(PARAMETERS + name)) return yaml;
        if (rel.equals(SCENARIOS + name)) return yaml || rel.endsWith(".json");
        return false;
    }

    /** "not used" with where the file was probably meant to go. */
    private Problem notUsed(String rel) {
        String meant = meant(rel);
        return meant != null
                ? Problem.of(rel, 1, 1, "未使用的文件：kaohe 不读取此位置的文件（是否应为 " + meant + "？）",
                        "not used: kaohe does not read a file here (did you mean " + meant + "?)")
                : Problem.of(rel, 1, 1, "未使用的文件：规则（.drl）放在目录顶层，参数放在 parameters/，用例放在 scenarios/",
                        "not used: rules (.drl) go at the top of the directory, parameters in parameters/, scenarios in scenarios/");
    }

    /** The path a misplaced file was probably meant for: a shipped file of the same name, or the folder spelt right. */
    private String meant(String rel) {
        String name = rel.substring(rel.lastIndexOf('/') + 1);
        List<String> known = new ArrayList<>(new TreeMap<>(texts).keySet());
        known.addAll(new java.util.TreeSet<>(scenarioNames));
        for (String k : known) if (!k.equals(rel) && (k.equals(name) || k.endsWith("/" + name))) return k;
        int slash = rel.indexOf('/');
        String folder = slash < 0 ? "" : rel.substring(0, slash);
        String near = io.kaohe.internal.i18n.Names.nearest(folder, List.of(PARAMETERS.substring(0, PARAMETERS.length() - 1),
                SCENARIOS.substring(0, SCENARIOS.length() - 1)));
        boolean data = name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
        if (near != null && data && !rel.equals(near + "/" + name)) return near + "/" + name;
        return null;
    }

    /** Files of the override directory that nothing reads (a problem each; empty for shipped files). */
    public List<Problem> unused() { return unused; }

    /** A file's text: UTF-8 (a Windows editor's byte-order mark is dropped); GBK or other bytes are a problem naming the file. */
    private static String utf8(Path p, String rel) throws IOException {
        // refused on size before reading: a 20 MB YAML scalar once cost a minute and a half of parsing first
        if (Files.size(p) > io.kaohe.internal.yaml.Yaml.MAX_CHARS) throw new io.kaohe.RulesException(List.of(io.kaohe.internal.yaml.Yaml.tooLarge(rel, Files.size(p))));
        try {
            String text = Files.readString(p, StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new io.kaohe.RulesException(List.of(io.kaohe.Problem.of(rel, 1, 1,
                    "文件不是 UTF-8 编码，请以 UTF-8 保存", "the file is not UTF-8 text (GBK?): save it as UTF-8")));
        }
    }

    /** The folder that holds parameter files. */
    public static final String PARAMETERS = "parameters/";

    /** The folder of an override directory that holds scenario files (not rules). */
    public static final String SCENARIOS = "scenarios/";

    /**
     * The override files that decided differently from the shipped text (changed or added), with their SHA-256,
     * sorted by name; null when there are none, so a shipped verdict's JSON stays as it was.
     */
    public List<RuleFileRef> overrides() { return overrides.isEmpty() ? null : overrides; }

    /** Every file, sorted by name, with its origin and SHA-256. */
    public List<PackInfo.PackFile> listing() {
        Set<String> changed = new java.util.HashSet<>();
        overrides.forEach(r -> changed.add(r.file()));
        List<PackInfo.PackFile> out = new ArrayList<>();
        new TreeMap<>(texts).forEach((name, text) ->
                out.add(new PackInfo.PackFile(name, origins.get(name), sha256(text), changed.contains(name))));
        return List.copyOf(out);
    }

    /** SHA-256 (hex) of a text as UTF-8 with line ends normalised to LF: the same on Windows and Linux. */
    public static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(normalised(text).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String normalised(String text) { return text.replace("\r\n", "\n"); }

    public Map<String, String> texts() { return texts; }

    /** Where each file came from: {@code classpath:…} or a file path. */
    public Map<String, String> origins() { return origins; }

    public String text(String name) {
        String s = texts.get(name);
        if (s == null) throw KaoheException.of("pack.file.missing", name);
        return s;
    }

    /** DRL files, in descriptor order then added ones by name. */
    public Map<String, String> drl() { return select(".drl"); }

    /** Parameter files: those under {@code parameters/}. */
    public Map<String, String> parameterFiles() {
        Map<String, String> out = new LinkedHashMap<>();
        texts.forEach((k, v) -> {
            if (k.startsWith("parameters/") && (k.endsWith(".yaml") || k.endsWith(".yml"))) out.put(k, v);
        });
        return out;
    }

    private Map<String, String> select(String suffix) {
        Map<String, String> out = new LinkedHashMap<>();
        texts.forEach((k, v) -> {
            if (k.endsWith(suffix)) out.put(k, v);
        });
        return out;
    }

    /** A short content hash of every file (sorted by name): same text, same hash, on any machine. */
    public String hash() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, String> e : new TreeMap<>(texts).entrySet()) {
                md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(e.getValue().replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether any file differs from the shipped ones (then the precompiled model cannot be used). */
    public boolean differsFrom(RuleFiles other) { return !texts.equals(other.texts); }

    static String resource(ClassLoader cl, String path) {
        try (InputStream in = cl.getResourceAsStream(path)) {
            if (in == null) throw KaoheException.of("pack.resource.missing", path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw KaoheException.of(e, "pack.resource.unreadable", path, e.getMessage());
        }
    }
}
