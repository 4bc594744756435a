package io.kaohe.internal.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.KaoheException;
import io.kaohe.ReloadListener;
import io.kaohe.RulesWatcher;
import io.kaohe.SmokeCohort;
import io.kaohe.UnknownPackException;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.internal.pack.PackDescriptor;
import io.kaohe.internal.yaml.PrecompiledYaml;
import io.kaohe.Problem;
import io.kaohe.spi.RulePack;
import io.kaohe.RulesException;
import io.kaohe.Scenario;
import io.kaohe.internal.scenario.Scenarios;
import io.kaohe.InvalidInputException;

/**
 * What {@link Kaohe}'s static methods do: the installed packs (found with {@link ServiceLoader}) and their engines.
 * The engine of a shipped pack is created once and shared: one KieBase per pack. {@link Provider} is the
 * {@link Kaohe.Backend} core registers; internal callers (the CLI, tests) may call these methods for the
 * implementation types.
 */
public final class Packs {
    private Packs() {}

    /** The implementation behind {@link Kaohe} (META-INF/services/io.kaohe.Kaohe$Backend). */
    public static final class Provider implements Kaohe.Backend {
        @Override public List<String> packs() { return Packs.packs(); }
        @Override public Engine pack(String name) { return Packs.pack(name); }
        @Override public Engine pack(String name, Path rulesDir) { return Packs.pack(name, rulesDir); }
        @Override public List<Scenario> scenarios(String name, Path rulesDir) { return Packs.scenarios(name, rulesDir); }
        @Override public Map<String, String> files(String name) { return Packs.files(name); }
        @Override public Map<String, String> scenarioTexts(String name, Path rulesDir) { return Packs.scenarioTexts(name, rulesDir); }
        @Override public RulesWatcher watch(String name, Path rulesDir, RulesWatcher.Options options, ReloadListener listener) {
            return Packs.watch(name, rulesDir, options, listener);
        }
        @Override public List<Problem> check(String name, Path rulesDir, SmokeCohort smoke) { return Packs.check(name, rulesDir, smoke); }
        @Override public io.kaohe.CohortReader readCohort(java.io.InputStream in) { return new io.kaohe.internal.json.CohortParser(in); }
        @Override public Map<String, io.kaohe.model.CohortStats> cohortStats(Engine engine, List<io.kaohe.model.TeacherDossier> dossiers,
                                                                           List<io.kaohe.model.TeacherVerdict> verdicts) {
            return CohortCounts.stats(engine, dossiers, verdicts);
        }
        @Override public String writeJson(Object value, boolean pretty) {
            return pretty ? KaoheJson.PRETTY.writeValueAsString(value) : KaoheJson.line(value);
        }
        @Override public <T> T readJson(String json, Class<T> type) {
            try {
                return KaoheJson.read(json, type);
            } catch (tools.jackson.core.JacksonException e) {
                throw new InvalidInputException(List.of(KaoheJson.describe(e)));
            }
        }
    }

    private static final Map<String, PackEngine> SHIPPED = new ConcurrentHashMap<>();
    private static volatile Map<String, Installed> installed;

    private record Installed(PackDescriptor descriptor, RulePack pack) {
        ClassLoader classLoader() { return pack.classLoader(); }
    }

    /** Names of the installed packs, sorted. */
    public static List<String> packs() { return new ArrayList<>(installed().keySet()); }

    /**
     * The engine of an installed pack, with its shipped (precompiled) rules.
     *
     * @throws UnknownPackException naming the installed packs
     */
    public static PackEngine pack(String name) {
        Installed i = find(name);
        return SHIPPED.computeIfAbsent(name, n ->
                new PackEngine(i.descriptor(), i.classLoader(), PackRules.shipped(i.descriptor(), i.classLoader())));
    }

    /**
     * An engine of an installed pack with the files of {@code rulesDir} laid over the shipped ones
     * (same relative path replaces, new files add); its DRL is compiled now. Rules are read only from the
     * classpath or a local directory the caller names, never from a URL: hence a {@link Path}, and a path of
     * another file system (zip, remote) is refused. DRL is code: {@code rulesDir} must be writable only by
     * trusted staff (docs/authoring.md).
     *
     * @throws RulesException listing every problem, file and line, when the rules do not build
     */
    public static PackEngine pack(String name, Path rulesDir) {
        Installed i = find(name);
        RuleFiles files = RuleFiles.shipped(i.descriptor(), i.classLoader()).overlay(rulesDir);
        return new PackEngine(i.descriptor(), i.classLoader(), PackRules.compiled(i.descriptor(), files));
    }

    /**
     * The pack's scenario files (listed in its pack.yaml, shipped in its jar), with the files of
     * {@code rulesDir}/scenarios/ laid over them by file name (null: only the shipped ones). Sorted by file name.
     *
     * @throws RulesException listing the problems of any file that does not read
     */
    public static List<Scenario> scenarios(String name, Path rulesDir) {
        return Scenarios.parseAll(scenarioTexts(name, rulesDir));
    }

    /**
     * The pack's editable files by the path a rules directory gives them: its DRL, parameters, clauses, catalog and
     * scenarios (under {@code scenarios/}), in the order of its pack.yaml. What {@code kaohe init} writes; the same
     * files laid over the pack change nothing.
     */
    public static Map<String, String> files(String name) {
        Installed i = find(name);
        Map<String, String> out = new java.util.LinkedHashMap<>(RuleFiles.shipped(i.descriptor(), i.classLoader()).texts());
        scenarioTexts(name, null).forEach((file, text) -> out.put(RuleFiles.SCENARIOS + file, text));
        return out;
    }

    /** File name → text of the scenarios {@link #scenarios} reads. `kaohe test --update` rewrites them. */
    public static Map<String, String> scenarioTexts(String name, Path rulesDir) {
        Installed i = find(name);
        Map<String, String> texts = new TreeMap<>();
        for (String f : i.descriptor().scenarios()) {
            texts.put(f.substring(f.lastIndexOf('/') + 1), resource(i.classLoader(), i.descriptor().home() + "/" + f));
        }
        if (rulesDir != null) {
            Path dir = rulesDir.resolve(RuleFiles.SCENARIOS);
            if (java.nio.file.Files.isDirectory(dir)) {
                try (var files = java.nio.file.Files.list(dir)) {
                    for (Path p : files.filter(p -> p.toString().matches(".*\\.(ya?ml|json)$")).sorted().toList()) {
                        texts.put(p.getFileName().toString(), java.nio.file.Files.readString(p, java.nio.charset.StandardCharsets.UTF_8));
                    }
                } catch (java.io.IOException e) {
                    throw KaoheException.of(e, "pack.read", dir, e.getMessage());
                }
            }
        }
        return texts;
    }

    /**
     * A hot-reloading engine for a long-running service: the pack with {@code rulesDir} laid over it, checked
     * against the pack's scenarios (shipped ones with {@code rulesDir}/scenarios/ laid over them) before use,
     * and rebuilt, checked and swapped in whenever the directory changes (see {@link RulesWatcher}). Share
     * {@code watcher.engine()} with the request path; close the watcher when the service stops.
     *
     * <p>The service always comes up: when the rules in {@code rulesDir} do not build or fail a scenario, the shipped
     * rules serve, the listener is told why and {@link RulesWatcher#status()} shows it, and the directory's rules take
     * over as soon as they are fixed.
     *
     * @throws KaoheException when {@code rulesDir} is missing or not on the local file system (a wrong path, not an edit)
     */
    public static RulesWatcher watch(String name, Path rulesDir, RulesWatcher.Options options, ReloadListener listener) {
        Installed i = find(name);
        try {
            RuleFiles.shipped(i.descriptor(), i.classLoader()).overlay(rulesDir); // refuses a non-local or missing directory first
        } catch (RulesException e) {
            // a file that does not read (not UTF-8): the watcher reports it and starts on the shipped rules
        }
        PackEngine engine = new PackEngine(i.descriptor(), i.classLoader(), PackRules.shipped(i.descriptor(), i.classLoader()));
        return Watcher.start(engine, rulesDir, options, dir -> scenarios(name, dir), listener);
    }

    /**
     * Every problem of the pack's files with {@code rulesDir} laid over them (null: the shipped files): DRL that
     * does not compile, rule metadata, parameter files (keys, units, dates, clause IDs), parameter names the rules use
     * that no parameter file defines (which would otherwise fail at run time), files of {@code rulesDir} nothing
     * reads, and the scenario files of
     * {@code rulesDir}/scenarios/ (keys, dossiers, clause IDs). Empty when all is well.
     */
    public static List<Problem> check(String name, Path rulesDir) { return check(name, rulesDir, null); }

    /**
     * {@link #check(String, Path)}, then, when the rules build, a run of every scenario of the pack (shipped ones with
     * {@code rulesDir}/scenarios/ laid over them) and of the {@code smoke} records on the built rules: a rule that
     * throws is a problem at its file and line, once, however many records it failed on. Whether cases pass is
     * {@code kaohe test}'s business, not this one's. The rules are compiled once for both.
     *
     * @param smoke records to run the rules on besides the scenarios; null: the static checks only
     */
    public static List<Problem> check(String name, Path rulesDir, SmokeCohort smoke) {
        Installed i = find(name);
        RuleFiles files = RuleFiles.shipped(i.descriptor(), i.classLoader());
        try {
            if (rulesDir != null) files = files.overlay(rulesDir);
        } catch (RulesException e) {
            return e.problems();
        }
        List<Problem> out = new ArrayList<>();
        PackRules rules = null;
        try {
            rules = PackRules.compiled(i.descriptor(), files);
        } catch (RulesException e) {
            out.addAll(e.problems());
        }
        if (rules != null) out.addAll(RuleParameters.unknown(files.drl(), rules.parameters().all().keySet()));
        if (rulesDir != null && java.nio.file.Files.isDirectory(rulesDir.resolve(RuleFiles.SCENARIOS))) {
            Map<String, String> own = new TreeMap<>(scenarioTexts(name, rulesDir));
            scenarioTexts(name, null).forEach((k, v) -> own.remove(k, v)); // edited or new files only: shipped ones are tested with the pack
            List<Problem> problems = new ArrayList<>();
            List<Scenario> cases = new ArrayList<>();
            own.forEach((file, text) -> cases.addAll(Scenarios.parse(RuleFiles.SCENARIOS + file, text, problems)));
            out.addAll(problems);
            if (rules != null) {
                java.util.Set<String> known = rules.clauses().ids();
                for (Scenario s : cases) {
                    for (String c : s.clauses()) {
                        if (!known.contains(c)) {
                            out.add(Problem.of(s.file(), s.line(), 0, "用例 '" + s.name() + "' 引用了未知条款 " + c
                                    + io.kaohe.internal.i18n.Names.hintZh(c, known), "case '" + s.name() + "' cites unknown clause " + c
                                    + io.kaohe.internal.i18n.Names.hintEn(c, known)));
                        }
                    }
                }
            }
        }
        if (smoke != null && rules != null && out.isEmpty()) {
            out.addAll(RuleRun.failures(new PackEngine(i.descriptor(), i.classLoader(), rules),
                    Scenarios.parseAll(scenarioTexts(name, rulesDir)), smoke));
        }
        return out;
    }

    /** The cohort generator of the installed pack of this name; empty when there is no such pack or it has none. */
    public static java.util.Optional<io.kaohe.spi.CohortGenerator> generator(String name) {
        Installed i = installed().get(name);
        return i == null ? java.util.Optional.empty() : i.pack().generator();
    }

    /** The installed packs that offer a cohort generator, sorted. */
    public static List<String> withGenerator() {
        return installed().entrySet().stream().filter(e -> e.getValue().pack().generator().isPresent()).map(Map.Entry::getKey).toList();
    }

    private static Installed find(String name) {
        Installed i = installed().get(name);
        if (i == null) throw new UnknownPackException(name, packs());
        return i;
    }

    private static Map<String, Installed> installed() {
        Map<String, Installed> m = installed;
        if (m == null) {
            synchronized (Packs.class) {
                if (installed == null) {
                    Map<String, Installed> found = new TreeMap<>();
                    for (RulePack p : io.kaohe.internal.json.Providers.all()) {
                        ClassLoader cl = p.classLoader();
                        String descriptor = p.descriptor();
                        PrecompiledYaml.register(cl, descriptor.contains("/") ? descriptor.substring(0, descriptor.lastIndexOf('/')) : "");
                        String text = resource(cl, descriptor);
                        PackDescriptor d = PackDescriptor.load(descriptor, text);
                        found.put(d.name(), new Installed(d, p));
                    }
                    installed = found;
                }
                m = installed;
            }
        }
        return m;
    }

    private static String resource(ClassLoader cl, String path) {
        try (var in = cl.getResourceAsStream(path)) {
            if (in == null) throw KaoheException.of("pack.descriptor.missing", path);
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw KaoheException.of(e, "pack.descriptor.unreadable", path);
        }
    }
}
