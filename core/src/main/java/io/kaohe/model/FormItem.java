package io.kaohe.model;

import java.math.BigDecimal;

/**
 * One scored item of a school form.
 *
 * @param source COMPUTED (decided from data by a rule) or ASSESSOR (read from the dossier, checked against max)
 */
public record FormItem(String item, String clause, String title, BigDecimal points, BigDecimal max, String source) {}
