package io.kaohe.hunan;

import java.util.Optional;

import io.kaohe.spi.CohortGenerator;
import io.kaohe.spi.RulePack;

/** The Hunan pack (HN clauses): everything is in {@code io/kaohe/hunan/pack.yaml} and the files it names. */
public final class HunanPack implements RulePack {
    @Override
    public String descriptor() { return "io/kaohe/hunan/pack.yaml"; }

    @Override
    public Optional<CohortGenerator> generator() { return Optional.of(HunanTeachers.generator()); }
}
