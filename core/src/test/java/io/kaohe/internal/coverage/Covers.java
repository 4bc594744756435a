package io.kaohe.internal.coverage;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The clauses a property test exercises, for the clause coverage ({@code COVERAGE.md}). Convention, checked
 * by each pack's {@code CoverageTest}: every test method of a class whose name ends in {@code PropertiesTest}
 * carries it. {@code @Covers({})} says the property is about no clause (determinism, JSON round trips).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Covers {
    /** Clause IDs, e.g. {@code "SD-03"}. */
    String[] value();
}
