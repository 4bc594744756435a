package io.kaohe.engine;

import java.util.List;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.StatelessKieSession;

import io.kaohe.rules.Checks;

/**
 * The sessions of one KieBase, and the only place a session is made. Each run gets a stateless
 * session whose working memory comes from this KieBase's pool and is reset after the execution, so
 * every run starts empty and sees only its own facts, without paying for building a working memory
 * (measured: about a quarter of the per-dossier time of a Shandong teacher, bench/RESULTS.md). The
 * pool lives exactly as long as its {@link PackRules}: a reload drops both together.
 */
public final class Sessions {
    /** Every pack's DRL declares {@code global io.kaohe.rules.Checks check}. */
    static final String CHECK_GLOBAL = "check";

    private final KieSessionsPool pool;

    Sessions(KieBase kb) {
        this.pool = kb.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
    }

    void run(Checks checks, List<Object> facts) {
        StatelessKieSession s = pool.newStatelessKieSession();
        s.setGlobal(CHECK_GLOBAL, checks);
        s.execute(facts);
    }
}
