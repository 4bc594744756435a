package io.kaohe.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Gc sums the collectors' figures: a collection asked for is counted, and time never goes back. */
class GcTest {
    @Test
    void aCollectionIsCounted() {
        List<GarbageCollectorMXBean> gcs = ManagementFactory.getGarbageCollectorMXBeans();
        long count = Gc.collections(gcs), millis = Gc.millis(gcs);
        System.gc();
        assertTrue(Gc.collections(gcs) > count, "System.gc() is a collection");
        assertTrue(Gc.millis(gcs) >= millis && millis >= 0);
    }
}
