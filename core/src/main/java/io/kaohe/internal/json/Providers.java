package io.kaohe.internal.json;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

import io.kaohe.internal.i18n.Messages;
import io.kaohe.internal.pack.PackDescriptor;
import io.kaohe.spi.RulePack;

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

    /** The installed pack of a descriptor (by its home directory); {@link RulePack#NONE} when none is. */
    public static RulePack of(PackDescriptor d) {
        for (RulePack p : all()) {
            if (home(p.descriptor()).equals(d.home())) return p;
        }
        return RulePack.NONE;
    }

    private static String home(String descriptor) {
        return descriptor.contains("/") ? descriptor.substring(0, descriptor.lastIndexOf('/')) : "";
    }
}
