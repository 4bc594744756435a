package io.kaohe.internal.json;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

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
            String r = p.descriptor();
            if ((r.contains("/") ? r.substring(0, r.lastIndexOf('/')) : "").equals(d.home())) return p;
        }
        return RulePack.NONE;
    }
}
