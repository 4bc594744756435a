package io.kaohe.internal.pack;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.kaohe.Problem;
import io.kaohe.RulesException;
import io.kaohe.model.RecordKind;
import io.kaohe.model.Unit;

/**
 * Exact unit conversions a pack's policy defines ({@code pack.yaml} {@code conversions:}, e.g.
 * {@code HOUR: {MINUTE: 60}} = one hour is 60 minutes), applied when a record kind's amounts are summed.
 * A kind's amounts are summed in its <em>base unit</em>: the first unit {@code units:} lists for it.
 * Only direct factors (from → base) are used, so every sum stays exact; a pack that lists a unit with
 * no factor to its kind's base unit does not load.
 */
public final class UnitConversions {
    /** No conversions: every kind accepts one unit (or the rules never mix them). */
    public static final UnitConversions NONE = new UnitConversions(Map.of(), Map.of());

    private final Map<RecordKind, Unit> base;
    private final Map<Unit, Map<Unit, BigDecimal>> factors;

    private UnitConversions(Map<RecordKind, Unit> base, Map<Unit, Map<Unit, BigDecimal>> factors) {
        this.base = base;
        this.factors = factors;
    }

    /**
     * @param units   accepted units per kind, the base unit first
     * @param factors from unit → (to unit → how many of it make one from unit)
     * @throws RulesException when a kind accepts a unit with no factor to its base unit
     */
    public static UnitConversions of(Map<RecordKind, List<Unit>> units, Map<Unit, Map<Unit, BigDecimal>> factors,
                                     String file) {
        Map<RecordKind, Unit> base = new EnumMap<>(RecordKind.class);
        List<Problem> problems = new java.util.ArrayList<>();
        units.forEach((kind, list) -> {
            if (list.isEmpty()) return;
            Unit b = list.get(0);
            base.put(kind, b);
            for (Unit u : list.subList(1, list.size())) {
                if (u != b && factor(factors, u, b) == null) {
                    problems.add(new Problem(file, 1, 1, "units: " + kind + " accepts " + u + " but 'conversions' gives no "
                            + u + " → " + b + " factor (" + b + ", listed first, is the unit amounts are summed in)"));
                }
            }
        });
        if (!problems.isEmpty()) throw new RulesException(problems);
        return new UnitConversions(Collections.unmodifiableMap(base), factors);
    }

    private static BigDecimal factor(Map<Unit, Map<Unit, BigDecimal>> factors, Unit from, Unit to) {
        return factors.getOrDefault(from, Map.of()).get(to);
    }

    /**
     * Whether the pack's policy uses records of this kind (lists it in {@code units:}). {@link #NONE}, which
     * knows no kinds, counts every kind.
     */
    public boolean uses(RecordKind kind) { return this == NONE || base.containsKey(kind); }

    /** The unit a kind's amounts are summed in (null when the pack does not use the kind). */
    public Unit base(RecordKind kind) { return base.get(kind); }

    /** The amount in its kind's base unit, exactly (unchanged when already in it, or when there is no base). */
    public BigDecimal toBase(RecordKind kind, Unit unit, BigDecimal amount) {
        Unit b = base.get(kind);
        if (b == null || b == unit) return amount;
        BigDecimal f = factor(factors, unit, b);
        if (f == null) throw new IllegalArgumentException(unit + " has no conversion to " + b + " for " + kind);
        return amount.multiply(f);
    }

}
