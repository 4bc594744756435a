package io.kaohe.liaoning;

import java.util.List;
import java.util.Optional;

import io.kaohe.model.SchoolDossier;
import io.kaohe.internal.pack.AbilityCatalog;
import io.kaohe.spi.RulePack;
import io.kaohe.internal.rules.SchoolFacts;
import io.kaohe.spi.DossierPart;
import io.kaohe.spi.CohortGenerator;

/**
 * The Liaoning pack (LN clauses): everything is in {@code io/kaohe/liaoning/pack.yaml} and the files it names,
 * but the school's {@code funds} (LN-07), which only Liaoning reads.
 */
public final class LiaoningPack implements RulePack {
    @Override
    public String descriptor() { return "io/kaohe/liaoning/pack.yaml"; }

    @Override
    public List<DossierPart<?>> parts() { return List.of(Funds.PART); }

    @Override
    public List<Object> schoolFacts(SchoolDossier dossier, SchoolFacts facts, AbilityCatalog catalog) {
        return List.of(new FundsFacts(dossier));
    }

    @Override
    public Optional<CohortGenerator> generator() { return Optional.of(LiaoningTeachers.generator()); }
}
