package io.kaohe.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.util.List;

/**
 * The garbage collections of the JVM so far, summed over its collectors (ManagementFactory's beans, fetched once by the
 * caller: {@link Tail} reads the count around every assessment).
 */
final class Gc {
    private Gc() {}

    /** How many collections there have been. */
    static long collections(List<GarbageCollectorMXBean> gcs) {
        long c = 0;
        for (GarbageCollectorMXBean g : gcs) c += Math.max(0, g.getCollectionCount());
        return c;
    }

    /** How many milliseconds the collections took. */
    static long millis(List<GarbageCollectorMXBean> gcs) {
        long t = 0;
        for (GarbageCollectorMXBean g : gcs) t += Math.max(0, g.getCollectionTime());
        return t;
    }
}
