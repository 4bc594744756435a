package io.kaohe.internal.pack;

/** A rule of a pack, with the clause it cites, what it decides and the DRL file it is in. */
public record RuleInfo(String name, String clause, String decision, String file, int line) {}
