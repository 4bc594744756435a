package io.kaohe.zhejiang;

import io.kaohe.pack.RulePack;

/** The Zhejiang pack (ZJ clauses): everything is in {@code io/kaohe/zhejiang/pack.yaml} and the files it names. */
public final class ZhejiangPack implements RulePack {
    @Override
    public String descriptor() { return "io/kaohe/zhejiang/pack.yaml"; }
}
