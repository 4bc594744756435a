package io.kaohe.pack;

import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;

/** The installed {@link RulePack} of a descriptor (by its home directory), for the facts it builds; {@link RulePack#NONE} when none is. */
public final class Providers {
    private Providers() {}

    private static volatile Map<String, RulePack> byHome;

    public static RulePack of(PackDescriptor d) {
        Map<String, RulePack> m = byHome;
        if (m == null) {
            synchronized (Providers.class) {
                if (byHome == null) {
                    Map<String, RulePack> found = new HashMap<>();
                    for (RulePack p : ServiceLoader.load(RulePack.class, Providers.class.getClassLoader())) {
                        String r = p.descriptor();
                        found.putIfAbsent(r.contains("/") ? r.substring(0, r.lastIndexOf('/')) : "", p);
                    }
                    byHome = Map.copyOf(found);
                }
                m = byHome;
            }
        }
        return m.getOrDefault(d.home(), RulePack.NONE);
    }
}
