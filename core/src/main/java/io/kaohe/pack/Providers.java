package io.kaohe.pack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.ServiceLoader;

import io.kaohe.KaoheException;
import io.kaohe.i18n.Messages;
import io.kaohe.spi.CohortGenerator;

/**
 * The {@link RulePack}s on the class path, found once with {@link ServiceLoader}: the packs {@link io.kaohe.Kaohe}
 * offers, the dossier parts every reader knows, and the facts an engine's pack builds.
 */
public final class Providers {
    private Providers() {}

    private static volatile List<RulePack> all;

    /** Every pack on the class path, in the order the service loader found them. */
    public static List<RulePack> all() {
        List<RulePack> m = all;
        if (m == null) {
            synchronized (Providers.class) {
                if (all == null) {
                    List<RulePack> found = new ArrayList<>();
                    ServiceLoader.load(RulePack.class, Providers.class.getClassLoader()).forEach(found::add);
                    for (RulePack p : found) {
                        // the pack's own texts, beside its descriptor: looked up after core's (Messages.engine)
                        String base = home(p.descriptor()) + "/messages";
                        if (p.classLoader().getResource(base + "_en.properties") != null) {
                            Messages.addPackBundle(base.replace('/', '.'), p.classLoader());
                        }
                    }
                    all = List.copyOf(found);
                }
                m = all;
            }
        }
        return m;
    }

    /** An installed pack with its descriptor read. */
    public record Installed(PackDescriptor descriptor, RulePack pack) {
        public ClassLoader classLoader() { return pack.classLoader(); }
    }

    private static volatile Map<String, Installed> installed;

    /** The installed packs by the name their descriptor gives them, sorted by name. */
    public static Map<String, Installed> installed() {
        Map<String, Installed> m = installed;
        if (m == null) {
            synchronized (Providers.class) {
                if (installed == null) {
                    Map<String, Installed> found = new TreeMap<>();
                    for (RulePack p : all()) {
                        PackDescriptor d = PackDescriptor.load(p.descriptor(), resource(p.classLoader(), p.descriptor()));
                        found.put(d.name(), new Installed(d, p));
                    }
                    installed = java.util.Collections.unmodifiableMap(found);
                }
                m = installed;
            }
        }
        return m;
    }

    /** The cohort generator of the installed pack of this name; empty when there is no such pack or it has none. */
    public static Optional<CohortGenerator> generator(String pack) {
        Installed i = installed().get(pack);
        return i == null ? Optional.empty() : i.pack().generator();
    }

    /** The text of a resource of a pack (its descriptor, a scenario file), read as UTF-8. */
    public static String resource(ClassLoader cl, String path) {
        try (var in = cl.getResourceAsStream(path)) {
            if (in == null) throw KaoheException.of("pack.descriptor.missing", path);
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw KaoheException.of(e, "pack.descriptor.unreadable", path);
        }
    }

    private static String home(String descriptor) {
        return descriptor.contains("/") ? descriptor.substring(0, descriptor.lastIndexOf('/')) : "";
    }

    /** The installed pack of a descriptor (by its home directory); {@link RulePack#NONE} when none is. */
    public static RulePack of(PackDescriptor d) {
        for (RulePack p : all()) {
            if (home(p.descriptor()).equals(d.home())) return p;
        }
        return RulePack.NONE;
    }
}
