package io.kaohe.examples;

import java.util.List;
import java.util.Optional;

import io.kaohe.internal.engine.Packs;
import io.kaohe.spi.CohortGenerator;

/**
 * Teacher dossiers for {@code kaohe generate}, from the generator the pack offers ({@link io.kaohe.spi.RulePack#generator()}):
 * the same spread of hours, attempts, grades and profiles as its bundled sample, any seed. The command line knows
 * no pack by name: a pack without a generator has no cohort.
 */
final class SyntheticCohort {
    private SyntheticCohort() {}

    /** The generator of an installed pack; empty for a pack with none, or no such pack. */
    static Optional<CohortGenerator> of(String pack) { return Packs.generator(pack); }

    /** The installed packs that offer a generator, sorted. */
    static List<String> packs() { return Packs.withGenerator(); }
}
