package io.kaohe.spi;

import java.util.Objects;
import java.util.function.LongFunction;

import io.kaohe.model.TeacherDossier;

/**
 * Invents teacher dossiers of a pack's province for {@code kaohe generate}: synthetic cohorts of any size for
 * benchmarks and trials, with the spread of hours, attempts and grades of the pack's bundled sample. A pack offers
 * one through {@link io.kaohe.spi.RulePack#generator()}; core and the command line know no province's.
 * Only the seed decides anything: the same seed gives the same teachers, in the same order.
 *
 * @param idPrefix the start of every teacher ID ({@code T-}, {@code LN-}); the command line numbers the rest
 * @param start    a fresh stream of teachers for a seed
 */
public record CohortGenerator(String idPrefix, LongFunction<Teachers> start) {
    public CohortGenerator {
        Objects.requireNonNull(idPrefix);
        Objects.requireNonNull(start);
    }

    /** One cohort being invented: each call gives the next teacher, with the ID given. */
    @FunctionalInterface
    public interface Teachers {
        TeacherDossier next(String teacherId);
    }

    /** The teachers of a cohort of this seed. */
    public Teachers start(long seed) { return start.apply(seed); }
}
