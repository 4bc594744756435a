package io.kaohe;

import java.util.List;


/** Told of every reload attempt of a {@link RulesWatcher}; called on the watcher's thread, so keep it short. */
@FunctionalInterface
public interface ReloadListener {
    void onReload(Event event);

    /**
     * One reload attempt.
     *
     * @param applied       true when the new rules are now in use; false when they were refused and the old ones kept
     * @param policyVersion the policy version in use after the attempt
     * @param problems      why the new rules were refused (compile problems, failed scenario cases), each
     *                      {@code file:line:column: message}; empty when applied
     */
    record Event(String pack, boolean applied, String policyVersion, List<Problem> problems) {
        public Event {
            problems = List.copyOf(problems);
        }
    }
}
