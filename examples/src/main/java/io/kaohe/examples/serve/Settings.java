package io.kaohe.examples.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

import io.kaohe.RulesWatcher;

/**
 * How a decision service runs ({@code kaohe serve}'s options).
 *
 * @param rulesDir       hot rules laid over the pack's; null: the shipped rules, never reloaded
 * @param port           0: any free port ({@link DecisionService#port()} says which)
 * @param token          the bearer token every endpoint but the health checks needs; null: no authentication
 * @param decisionLog    where each decision goes as one JSON line; null: no decision log
 * @param logDossiers    also log the whole dossier (masked) with each decision
 * @param threads        request workers (the bounded pool)
 * @param maxBody        largest body of a single-dossier request (bytes); larger: 413
 * @param maxBatchBody   largest body of a batch, schools or progress request (bytes); larger: 413
 * @param requestTimeout how long a client may take to send a request, and to read its response: then it is cut off
 * @param logQueue       decisions waiting to be written; when full, a decision is counted as dropped, never waited for
 * @param grace          how long a shutdown waits for requests in flight
 */
public record Settings(String pack, Path rulesDir, String bind, int port, String token, Path decisionLog, boolean logDossiers,
                       int threads, long maxBody, long maxBatchBody, Duration requestTimeout, int logQueue, Duration grace,
                       RulesWatcher.Options watch) {
    public Settings {
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(bind, "bind");
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
        if (logQueue < 1) throw new IllegalArgumentException("the decision log queue must hold at least 1");
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0 to 65535, was " + port);
        if (maxBody < 1 || maxBatchBody < 1) throw new IllegalArgumentException("body limits must be at least 1 byte");
        if (requestTimeout.isNegative() || requestTimeout.isZero()) throw new IllegalArgumentException("the request timeout must be positive");
        if (grace.isNegative()) throw new IllegalArgumentException("the grace period cannot be negative");
    }

    // the defaults, written once: `kaohe serve`'s options start from these
    public static final String BIND = "127.0.0.1";
    public static final int PORT = 8080;
    public static final long MAX_BODY = 1L << 20;
    public static final long MAX_BATCH_BODY = 64L << 20;
    public static final long REQUEST_TIMEOUT_SECONDS = 30;
    public static final long GRACE_SECONDS = 10;

    /** Safe defaults: loopback, no token, 1 MiB per dossier, 64 MiB per batch, 30 s to send a request. */
    public static Settings defaults(String pack) {
        return new Settings(pack, null, BIND, PORT, null, null, false, Math.max(4, 2 * Runtime.getRuntime().availableProcessors()),
                MAX_BODY, MAX_BATCH_BODY, Duration.ofSeconds(REQUEST_TIMEOUT_SECONDS), 10_000, Duration.ofSeconds(GRACE_SECONDS),
                RulesWatcher.Options.defaults());
    }

    public Settings withPort(int p) {
        return new Settings(pack, rulesDir, bind, p, token, decisionLog, logDossiers, threads, maxBody, maxBatchBody, requestTimeout, logQueue, grace, watch);
    }

    public Settings withRulesDir(Path dir, RulesWatcher.Options w) {
        return new Settings(pack, dir, bind, port, token, decisionLog, logDossiers, threads, maxBody, maxBatchBody, requestTimeout, logQueue, grace, w);
    }

    public Settings withToken(String t) {
        return new Settings(pack, rulesDir, bind, port, t, decisionLog, logDossiers, threads, maxBody, maxBatchBody, requestTimeout, logQueue, grace, watch);
    }

    public Settings withDecisionLog(Path file, boolean dossiers, int queue) {
        return new Settings(pack, rulesDir, bind, port, token, file, dossiers, threads, maxBody, maxBatchBody, requestTimeout, queue, grace, watch);
    }

    public Settings withLimits(long body, long batchBody, Duration timeout, Duration graceful) {
        return new Settings(pack, rulesDir, bind, port, token, decisionLog, logDossiers, threads, body, batchBody, timeout, logQueue, graceful, watch);
    }
}
