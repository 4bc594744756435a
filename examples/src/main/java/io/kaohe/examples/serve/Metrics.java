package io.kaohe.examples.serve;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.core.metrics.Info;
import io.prometheus.metrics.exporter.httpserver.MetricsHandler;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/** The service's metrics, in a registry of its own (two services in one JVM, as in the tests, do not share counts). */
final class Metrics {
    final PrometheusRegistry registry = new PrometheusRegistry();
    /** {@code kaohe_decisions_total{pack,grade}}: verdicts given. */
    final Counter decisions = Counter.builder().name("kaohe_decisions_total").help("verdicts given, by pack and grade")
            .labelNames("pack", "grade").register(registry);
    /** {@code kaohe_rejects_total{pack}}: records refused (bad input, or a rule that failed on them). */
    final Counter rejects = Counter.builder().name("kaohe_rejects_total").help("input records rejected").labelNames("pack")
            .register(registry);
    /** {@code kaohe_decision_seconds{pack,endpoint}}: time to answer a decision request, body read to response written. */
    final Histogram seconds = Histogram.builder().name("kaohe_decision_seconds").help("time to answer a decision request")
            .labelNames("pack", "endpoint").classicOnly()
            .classicUpperBounds(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30).register(registry);
    /** {@code kaohe_rules_info{pack,revision,source}}: the rules serving now (one series). */
    final Info rules = Info.builder().name("kaohe_rules_info").help("the rules serving now").labelNames("pack", "revision", "source")
            .register(registry);
    /** {@code kaohe_rules_reload_failures_total}: edits of the rules directory refused (the old rules kept). */
    final Counter reloadFailures = Counter.builder().name("kaohe_rules_reload_failures_total")
            .help("edits of the rules directory refused; the old rules kept serving").register(registry);
    /** {@code kaohe_decision_log_dropped_total}: decisions not logged because the log's queue was full. */
    final Counter logDropped = Counter.builder().name("kaohe_decision_log_dropped_total")
            .help("decisions not written to the decision log because its queue was full").register(registry);

    MetricsHandler handler() { return new MetricsHandler(registry); }

    void rules(String pack, String revision, String source) { rules.setLabelValues(pack, revision, source); }
}
