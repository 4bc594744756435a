package io.kaohe.liaoning;

import io.kaohe.pack.RulePack;

/** The Liaoning pack (LN clauses): everything is in {@code io/kaohe/liaoning/pack.yaml} and the files it names. */
public final class LiaoningPack implements RulePack {
    @Override
    public String descriptor() { return "io/kaohe/liaoning/pack.yaml"; }
}
