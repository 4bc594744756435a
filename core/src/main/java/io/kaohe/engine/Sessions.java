package io.kaohe.engine;

import java.util.List;

import org.kie.api.KieBase;
import org.kie.api.runtime.StatelessKieSession;

import io.kaohe.rules.Checks;

/** Runs facts through a fresh stateless session: the only place a session is made. */
final class Sessions {
    private Sessions() {}

    /** Every pack's DRL declares {@code global io.kaohe.rules.Checks check}. */
    static final String CHECK_GLOBAL = "check";

    static void run(KieBase kb, Checks checks, List<Object> facts) {
        StatelessKieSession s = kb.newStatelessKieSession();
        s.setGlobal(CHECK_GLOBAL, checks);
        s.execute(facts);
    }
}
