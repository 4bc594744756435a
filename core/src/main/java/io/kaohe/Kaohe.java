package io.kaohe;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import io.kaohe.engine.PackEngine;
import io.kaohe.engine.PackRules;
import io.kaohe.engine.RuleFiles;
import io.kaohe.pack.PackDescriptor;
import io.kaohe.pack.Problem;
import io.kaohe.pack.RulePack;
import io.kaohe.pack.RulesException;

/**
 * Entry point: find an installed pack and get its engine.
 * <pre>
 * Engine shandong = Kaohe.pack("shandong");
 * TeacherVerdict v = shandong.assess(dossier);
 * </pre>
 * Packs are found with {@link ServiceLoader} (add a pack jar as a dependency). The engine of a
 * shipped pack is created once and shared: one KieBase per pack.
 */
public final class Kaohe {
    private Kaohe() {}

    private static final Map<String, PackEngine> SHIPPED = new ConcurrentHashMap<>();
    private static volatile Map<String, Installed> installed;

    private record Installed(PackDescriptor descriptor, ClassLoader classLoader) {}

    /** Names of the installed packs, sorted. */
    public static List<String> packs() { return new ArrayList<>(installed().keySet()); }

    /**
     * The engine of an installed pack, with its shipped (precompiled) rules.
     *
     * @throws UnknownPackException naming the installed packs
     */
    public static Engine pack(String name) {
        Installed i = find(name);
        return SHIPPED.computeIfAbsent(name, n ->
                new PackEngine(i.descriptor(), i.classLoader(), PackRules.shipped(i.descriptor(), i.classLoader())));
    }

    /**
     * An engine of an installed pack with the files of {@code rulesDir} laid over the shipped ones
     * (same relative path replaces, new files add); its DRL is compiled now.
     *
     * @throws RulesException listing every problem, file and line, when the rules do not build
     */
    public static PackEngine pack(String name, Path rulesDir) {
        Installed i = find(name);
        RuleFiles files = RuleFiles.shipped(i.descriptor(), i.classLoader()).overlay(rulesDir);
        return new PackEngine(i.descriptor(), i.classLoader(), PackRules.compiled(i.descriptor(), files));
    }

    /** Every problem of the pack's files with {@code rulesDir} laid over them (null: the shipped files); empty when all is well. */
    public static List<Problem> check(String name, Path rulesDir) {
        Installed i = find(name);
        RuleFiles files = RuleFiles.shipped(i.descriptor(), i.classLoader());
        if (rulesDir != null) files = files.overlay(rulesDir);
        try {
            PackRules.compiled(i.descriptor(), files);
            return List.of();
        } catch (RulesException e) {
            return e.problems();
        }
    }

    private static Installed find(String name) {
        Installed i = installed().get(name);
        if (i == null) throw new UnknownPackException(name, packs());
        return i;
    }

    private static Map<String, Installed> installed() {
        Map<String, Installed> m = installed;
        if (m == null) {
            synchronized (Kaohe.class) {
                if (installed == null) {
                    Map<String, Installed> found = new TreeMap<>();
                    for (RulePack p : ServiceLoader.load(RulePack.class, Kaohe.class.getClassLoader())) {
                        ClassLoader cl = p.classLoader();
                        String text = resource(cl, p.descriptor());
                        PackDescriptor d = PackDescriptor.load(p.descriptor(), text);
                        found.put(d.name(), new Installed(d, cl));
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
            throw new KaoheException("cannot read pack descriptor '" + path + "'", e);
        }
    }
}
