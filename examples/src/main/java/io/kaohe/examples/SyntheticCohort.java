package io.kaohe.examples;

import java.util.Optional;
import java.util.TreeSet;

import io.kaohe.pack.Providers;
import io.kaohe.spi.CohortGenerator;

/**
 * Teacher dossiers for {@code kaohe generate}, from the generator the pack offers ({@link io.kaohe.pack.RulePack#generator()}):
 * the same spread of hours, attempts, grades and profiles as its bundled sample, any seed. The command line knows
 * no pack by name: a pack without a generator has no cohort.
 */
final class SyntheticCohort {
    private SyntheticCohort() {}

    /** The generator of an installed pack; empty for a pack with none, or no such pack. */
    static Optional<CohortGenerator> of(String pack) { return Providers.generator(pack); }

    /** The installed packs that offer a generator, sorted. */
    static TreeSet<String> packs() {
        TreeSet<String> out = new TreeSet<>();
        Providers.installed().forEach((name, i) -> {
            if (i.pack().generator().isPresent()) out.add(name);
        });
        return out;
    }
}
