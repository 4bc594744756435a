package io.kaohe.internal.rules;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Tells an evaluation's {@link Ledger} where each rule's consequence starts and ends, so the parameters read in
 * between are listed on that consequence's reasons. Added by the session that runs the rules, never by a rule.
 */
public final class Firings extends DefaultAgendaEventListener {
    private final Ledger ledger;

    private Firings(Ledger ledger) { this.ledger = ledger; }

    /** The listener for the evaluation recorded by {@code checks}. */
    public static Firings of(Checks checks) { return new Firings(checks.ledger()); }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) { ledger.firingStarts(); }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) { ledger.firingEnds(); }
}
