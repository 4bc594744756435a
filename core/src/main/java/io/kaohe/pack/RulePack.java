package io.kaohe.pack;

/**
 * Service-provider interface of a rule pack, found with {@link java.util.ServiceLoader}. A pack jar
 * lists its implementation in {@code META-INF/services/io.kaohe.pack.RulePack}; the implementation
 * only says where its descriptor ({@code pack.yaml}) is. Everything else is data and DRL.
 */
public interface RulePack {
    /** Classpath resource of the pack's descriptor, e.g. {@code io/kaohe/shandong/pack.yaml}. */
    String descriptor();

    /** The class loader that sees the pack's resources and kjar. */
    default ClassLoader classLoader() { return getClass().getClassLoader(); }
}
