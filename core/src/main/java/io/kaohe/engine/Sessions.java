package io.kaohe.engine;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.StatelessKieSession;

import io.kaohe.rules.Checks;

/**
 * Runs facts through a fresh stateless session: the only place a session is made. The session's
 * working memory comes from a pool per KieBase and is reset after every execution, so each run still
 * starts empty and sees only its own facts, but no longer pays for building a working memory
 * (measured: about a quarter of the per-dossier time of a Shandong teacher, bench/RESULTS.md).
 */
final class Sessions {
    private Sessions() {}

    /** Every pack's DRL declares {@code global io.kaohe.rules.Checks check}. */
    static final String CHECK_GLOBAL = "check";

    /**
     * Pools of the KieBases in use. A pool holds its KieBase, so the map is bounded: past the limit
     * (rule bases replaced by reloads, engines compiled from override directories) it starts over,
     * letting old rule bases be collected; a call holding a dropped pool finishes on it.
     */
    private static final Map<KieBase, KieSessionsPool> POOLS = new ConcurrentHashMap<>();
    private static final int MAX_POOLS = 16;

    static void run(KieBase kb, Checks checks, List<Object> facts) {
        KieSessionsPool pool = POOLS.get(kb);
        if (pool == null) {
            if (POOLS.size() >= MAX_POOLS) POOLS.clear();
            pool = POOLS.computeIfAbsent(kb, k -> k.newKieSessionsPool(Runtime.getRuntime().availableProcessors()));
        }
        StatelessKieSession s = pool.newStatelessKieSession();
        s.setGlobal(CHECK_GLOBAL, checks);
        s.execute(facts);
    }
}
