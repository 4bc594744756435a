package io.kaohe.internal.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.kaohe.model.FormItem;

/** The items of one school's form, each scored from data or by an assessor. */
public final class FormScoring {
    /** What decided an item's points. */
    static final String COMPUTED = "COMPUTED";
    static final String ASSESSOR = "ASSESSOR";

    private final List<FormItem> items = new ArrayList<>();

    /** An item decided from data: all its points when met, else none. */
    public static BigDecimal awarded(boolean met, BigDecimal max) { return met ? max : BigDecimal.ZERO; }

    /** Whether an assessor's points are given and lie within 0 … max. */
    public static boolean valid(BigDecimal given, BigDecimal max) {
        return given != null && given.signum() >= 0 && given.compareTo(max) <= 0;
    }

    void add(String item, String clause, String title, BigDecimal points, BigDecimal max, String source) {
        items.add(new FormItem(item, clause, title, points, max, source));
    }

    /** The items scored, by clause and item. */
    public List<FormItem> items() {
        return items.stream().sorted(Comparator.comparing(FormItem::clause).thenComparing(FormItem::item)).toList();
    }
}
