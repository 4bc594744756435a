package io.kaohe.internal.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/**
 * The reproducible draw of schools to re-check (Shandong SD-15): ⌈share × schools⌉ schools, drawn
 * from the school IDs sorted, shuffled with {@code java.util.Random(seed)} and
 * {@link Collections#shuffle(List, Random)}. The same IDs (in any order) and seed always draw the
 * same schools, on any machine (both algorithms are specified by the JDK).
 */
public final class Recheck {
    private Recheck() {}

    /** How many schools a share of {@code schools} needs, rounded up. */
    public static int size(BigDecimal share, int schools) {
        return share.multiply(BigDecimal.valueOf(schools)).setScale(0, RoundingMode.CEILING).intValueExact();
    }

    /** The drawn school IDs, sorted. */
    public static List<String> draw(Collection<String> schoolIds, BigDecimal share, long seed) {
        List<String> ids = new ArrayList<>(new TreeSet<>(schoolIds));
        int n = Math.min(size(share, ids.size()), ids.size());
        Collections.shuffle(ids, new Random(seed));
        List<String> drawn = new ArrayList<>(ids.subList(0, n));
        Collections.sort(drawn);
        return List.copyOf(drawn);
    }
}
