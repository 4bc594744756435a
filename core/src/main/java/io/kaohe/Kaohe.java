package io.kaohe;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;


/**
 * Entry point: find an installed pack and get its engine.
 * <pre>
 * Engine shandong = Kaohe.pack("shandong");
 * TeacherVerdict v = shandong.assess(dossier);
 * </pre>
 * Packs are found with {@link ServiceLoader} (add a pack jar as a dependency). The engine of a
 * shipped pack is created once and shared: one KieBase per pack.
 *
 * <p>These methods delegate to core's implementation ({@link Backend}), which lives in {@code io.kaohe.internal}
 * and is found with {@link ServiceLoader} as well: the public packages never name an internal type, so the
 * implementation can change without breaking an application, and no package depends on one that depends on it.
 */
public final class Kaohe {
    private Kaohe() {}

    /**
     * What the static methods of {@link Kaohe} call. Implemented once, by kaohe-core itself
     * ({@code META-INF/services/io.kaohe.Kaohe$Backend}); not for applications or packs to implement.
     */
    public interface Backend {
        List<String> packs();

        Engine pack(String name);

        Engine pack(String name, Path rulesDir);

        List<Scenario> scenarios(String name, Path rulesDir);

        Map<String, String> files(String name);

        Map<String, String> scenarioTexts(String name, Path rulesDir);

        RulesWatcher watch(String name, Path rulesDir, RulesWatcher.Options options, ReloadListener listener);

        List<Problem> check(String name, Path rulesDir, SmokeCohort smoke);

        /** {@link Json#write} and {@link Json#writePretty}. */
        String writeJson(Object value, boolean pretty);

        /** {@link Cohorts#read}. */
        CohortReader readCohort(java.io.InputStream in);

        /** {@link Cohorts#stats}. */
        Map<String, io.kaohe.model.CohortStats> cohortStats(Engine engine, List<io.kaohe.model.TeacherDossier> dossiers,
                                                            List<io.kaohe.model.TeacherVerdict> verdicts);

        /** {@link Json#read}. */
        <T> T readJson(String json, Class<T> type);
    }

    private static final class Holder {
        static final Backend BACKEND = load();

        private static Backend load() {
            Iterator<Backend> found = ServiceLoader.load(Backend.class, Kaohe.class.getClassLoader()).iterator();
            if (!found.hasNext()) throw new KaoheException("kaohe-core's implementation (io.kaohe.Kaohe$Backend) is not installed");
            return found.next();
        }
    }

    private static volatile boolean annotationsChecked;

    static Backend backend() {
        if (!annotationsChecked) {
            requireJacksonAnnotations();
            annotationsChecked = true;
        }
        return Holder.BACKEND;
    }

    /**
     * Jackson 3 reads the 2.x {@code jackson-annotations} jar and needs 2.20 or later. An application's Jackson 2 BOM
     * imported before {@code kaohe-bom} pins an older one, and Jackson would then fail deep inside with a
     * {@code NoClassDefFoundError}: say what is wrong and how to fix it instead (README, "Maven").
     */
    static void requireJacksonAnnotations() {
        ClassLoader loader = Kaohe.class.getClassLoader();
        try {
            Class.forName("com.fasterxml.jackson.annotation.JsonSerializeAs", false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            String found;
            try {
                Class<?> any = Class.forName("com.fasterxml.jackson.annotation.JsonProperty", false, loader);
                found = "version " + any.getPackage().getImplementationVersion() + " from "
                        + any.getProtectionDomain().getCodeSource().getLocation();
            } catch (ClassNotFoundException | LinkageError | SecurityException | NullPointerException none) {
                found = "none";
            }
            throw new KaoheException("jackson-annotations on the class path is too old for Jackson 3 (found: " + found
                    + "; Kaohe needs 2.20 or later, kaohe-bom manages 2.23). Import io.kaohe:kaohe-bom before any Jackson 2 BOM, "
                    + "or declare com.fasterxml.jackson.core:jackson-annotations:2.23 in your <dependencyManagement> (README, Maven). "
                    + "类路径上的 jackson-annotations 版本过旧：请先导入 kaohe-bom，或在 dependencyManagement 中声明 2.23。");
        }
    }

    /** Names of the installed packs, sorted. */
    public static List<String> packs() { return backend().packs(); }

    /**
     * The engine of an installed pack, with its shipped (precompiled) rules.
     *
     * @throws UnknownPackException naming the installed packs
     */
    public static Engine pack(String name) { return backend().pack(name); }

    /**
     * An engine of an installed pack with the files of {@code rulesDir} laid over the shipped ones
     * (same relative path replaces, new files add); its DRL is compiled now. Rules are read only from the
     * classpath or a local directory the caller names, never from a URL: hence a {@link Path}, and a path of
     * another file system (zip, remote) is refused. DRL is code: {@code rulesDir} must be writable only by
     * trusted staff (docs/authoring.md).
     *
     * @throws RulesException listing every problem, file and line, when the rules do not build
     */
    public static Engine pack(String name, Path rulesDir) { return backend().pack(name, rulesDir); }

    /**
     * The pack's scenario files (listed in its pack.yaml, shipped in its jar), with the files of
     * {@code rulesDir}/scenarios/ laid over them by file name (null: only the shipped ones). Sorted by file name.
     *
     * @throws RulesException listing the problems of any file that does not read
     */
    public static List<Scenario> scenarios(String name, Path rulesDir) { return backend().scenarios(name, rulesDir); }

    /**
     * The pack's editable files by the path a rules directory gives them: its DRL, parameters, clauses, catalog and
     * scenarios (under {@code scenarios/}), in the order of its pack.yaml. What {@code kaohe init} writes; the same
     * files laid over the pack change nothing.
     */
    public static Map<String, String> files(String name) { return backend().files(name); }

    /** File name → text of the scenarios {@link #scenarios} reads. `kaohe test --update` rewrites them. */
    public static Map<String, String> scenarioTexts(String name, Path rulesDir) { return backend().scenarioTexts(name, rulesDir); }

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
        return backend().watch(name, rulesDir, options, listener);
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
    public static List<Problem> check(String name, Path rulesDir, SmokeCohort smoke) { return backend().check(name, rulesDir, smoke); }
}
