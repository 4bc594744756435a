package io.kaohe.shandong;

import io.kaohe.pack.RulePack;

/** The Shandong pack (SD clauses): everything is in {@code io/kaohe/shandong/pack.yaml} and the files it names. */
public final class ShandongPack implements RulePack {
    @Override
    public String descriptor() { return "io/kaohe/shandong/pack.yaml"; }
}
