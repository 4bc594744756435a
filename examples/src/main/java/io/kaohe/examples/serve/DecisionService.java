package io.kaohe.examples.serve;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.Problem;
import io.kaohe.ReloadListener;
import io.kaohe.RulesWatcher;
import io.kaohe.internal.engine.PackEngine;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.internal.privacy.Mask;
import io.kaohe.model.SchoolVerdict;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.TeacherVerdict;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import io.prometheus.metrics.exporter.httpserver.MetricsHandler;

/**
 * {@code kaohe serve}: a pack behind HTTP on the JDK's own server ({@code com.sun.net.httpserver}), with a bounded pool
 * of request workers, hot rules ({@link RulesWatcher}), Prometheus metrics and a decision log. Listens first, then loads
 * the rules: {@code /health/live} answers at once, {@code /health/ready} once rules serve. docs/serve.md is the
 * operator's guide.
 */
public final class DecisionService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DecisionService.class);

    final Settings settings;
    final Metrics metrics = new Metrics();
    private final DecisionLog log;
    private final HttpServer server;
    private final ThreadPoolExecutor workers;
    private final Decisions decisions = new Decisions(this);
    private final MetricsHandler metricsHandler;
    private final byte[] expectedAuth;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Instant startedAt = Instant.now();

    private volatile RulesWatcher watcher;
    private volatile Engine engine;
    private volatile boolean draining;
    private volatile Map<String, Object> lastReloadError;
    private volatile boolean closed;

    private DecisionService(Settings settings) throws IOException {
        this.settings = settings;
        this.expectedAuth = settings.token() == null ? null : ("Bearer " + settings.token()).getBytes(UTF_8);
        this.log = settings.decisionLog() == null ? null
                : new DecisionLog(new OutputStreamWriter(Files.newOutputStream(settings.decisionLog(), StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND, StandardOpenOption.WRITE), UTF_8), settings.logQueue(), metrics.logDropped::inc);
        this.metricsHandler = metrics.handler();
        timeouts(settings.requestTimeout());   // before the first server is made: the JDK reads them once per JVM
        try {
            this.server = listen(settings);
        } catch (IOException | RuntimeException e) {   // a port in use: the log's file and thread must not outlive the failure
            if (log != null) log.close(1000);
            throw e;
        }
        AtomicInteger n = new AtomicInteger();
        // bounded: as many workers as asked, a queue of 16 requests each; beyond that the server closes the connection
        this.workers = new ThreadPoolExecutor(settings.threads(), settings.threads(), 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(16 * settings.threads()), r -> {
                    Thread t = new Thread(r, "kaohe-serve-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        server.setExecutor(workers);
        server.createContext("/", this::handle);
    }

    private static HttpServer listen(Settings settings) throws IOException {
        return HttpServer.create(new InetSocketAddress(settings.bind(), settings.port()), 128);
    }

    /**
     * The JDK server's own timers cut off a client that takes longer than {@code t} to send its request, and a response
     * not taken within 4 t (at least a minute: it includes the time to decide a batch), so slow clients hold no worker
     * for ever. They are JVM-wide properties read once, when the first server starts: an operator's own
     * -Dsun.net.httpserver.maxReqTime/maxRspTime (seconds) win.
     */
    private static void timeouts(Duration t) {
        long seconds = Math.max(1, t.toSeconds());
        // TCP_NODELAY: the server writes headers and body apart, and Nagle's algorithm with the client's delayed ACK then
        // holds every small answer about 40 ms (seen in bench/serve-load.sh: p50 45 ms for one dossier)
        if (System.getProperty("sun.net.httpserver.nodelay") == null) System.setProperty("sun.net.httpserver.nodelay", "true");
        if (System.getProperty("sun.net.httpserver.maxReqTime") == null) System.setProperty("sun.net.httpserver.maxReqTime", Long.toString(seconds));
        if (System.getProperty("sun.net.httpserver.maxRspTime") == null) {
            System.setProperty("sun.net.httpserver.maxRspTime", Long.toString(Math.max(60, 4 * seconds)));
        }
    }

    /** Listens, then loads the pack's rules (a rules directory: watched, checked, swapped in when good). */
    public static DecisionService start(Settings settings) throws IOException { return start(settings, null); }

    /** {@link #start(Settings)} serving {@code given} instead of the pack's engine (tests: an engine that fails). */
    static DecisionService start(Settings settings, Engine given) throws IOException {
        // an unknown pack is a usage error before anything listens (it names the installed packs)
        if (!Kaohe.packs().contains(settings.pack())) Kaohe.pack(settings.pack());
        DecisionService s = new DecisionService(settings);
        s.server.start();
        LOG.info("kaohe serve: listening on http://{}:{} (pack {}), loading the rules", settings.bind(), s.port(), settings.pack());
        try {
            if (given != null) s.engine = given;
            else s.load();
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
        return s;
    }

    /** Starts, then waits until the JVM is told to stop (SIGTERM, Ctrl-C): then closes gracefully. */
    public static void runUntilStopped(Settings settings, java.io.PrintStream err) throws IOException, InterruptedException {
        DecisionService service = start(settings);
        java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.close();
            stopped.countDown();
        }, "kaohe-serve-shutdown"));
        err.println("kaohe serve: http://" + settings.bind() + ":" + service.port() + " (pack " + settings.pack() + "); Ctrl-C stops");
        stopped.await();
    }

    private void load() {
        if (settings.rulesDir() == null) {
            engine = Kaohe.pack(settings.pack());
        } else {
            watcher = Kaohe.watch(settings.pack(), settings.rulesDir(), settings.watch(), this::reloaded);
            engine = watcher.engine();
        }
        RulesWatcher.Status s = status();
        metrics.rules(settings.pack(), s.policyVersion(), s.source().name());
        LOG.info("kaohe serve: ready, rules {} ({})", s.policyVersion(), s.source());
    }

    private void reloaded(ReloadListener.Event e) {
        if (e.applied()) {
            metrics.rules(e.pack(), e.policyVersion(), RulesWatcher.Source.RULES_DIR.name());
            LOG.info("kaohe serve: rules {} now serve", e.policyVersion());
        } else {
            metrics.reloadFailures.inc();
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("at", Instant.now().toString());
            error.put("problems", e.problems().stream().map(Problem::toString).toList());
            lastReloadError = error;
            LOG.warn("kaohe serve: rules edit refused, {} keep serving: {}", e.policyVersion(), e.problems());
        }
    }

    /** The port listened on (the free one chosen for port 0). */
    public int port() { return server.getAddress().getPort(); }

    /** What serves now: the watcher's status, or the shipped rules since start. */
    RulesWatcher.Status status() {
        RulesWatcher w = watcher;
        if (w != null) return w.status();
        Engine e = engine;
        return new RulesWatcher.Status(settings.pack(), null, e == null ? null : e.policyVersion(), RulesWatcher.Source.SHIPPED,
                startedAt, startedAt, List.of(), false);
    }

    // ---- what the decision endpoints report

    void decided(String id, TeacherVerdict v, TeacherDossier dossier) {
        metrics.decisions.labelValues(v.pack(), v.grade().name()).inc();
        if (log != null) {
            log.add(Http.object("decisionId", id, "time", Instant.now().toString(), "pack", v.pack(), "revision", v.policyVersion(),
                    "teacherId", Mask.scrub(v.teacherId()), "grade", v.grade(), "unmet", v.unmet(),
                    "dossier", settings.logDossiers() ? scrubbed(KaoheJson.MAPPER.valueToTree(dossier)) : null));
        }
    }

    /**
     * A dossier as the log keeps it: written as every output writes it (national ID and phone masked), and every text
     * in it scrubbed as reasons and rejects are, so an ID or mobile typed into a name or note is masked too.
     */
    private static JsonNode scrubbed(JsonNode n) {
        if (n.isString()) return KaoheJson.MAPPER.getNodeFactory().stringNode(Mask.scrub(n.asString()));
        if (n instanceof ObjectNode o) for (String name : List.copyOf(o.propertyNames())) o.set(name, scrubbed(o.get(name)));
        if (n instanceof ArrayNode a) for (int i = 0; i < a.size(); i++) a.set(i, scrubbed(a.get(i)));
        return n;
    }

    void decided(String id, SchoolVerdict v) {
        metrics.decisions.labelValues(v.pack(), v.grade().name()).inc();
        if (log != null) {
            log.add(Http.object("decisionId", id, "time", Instant.now().toString(), "pack", v.pack(), "revision", v.policyVersion(),
                    "schoolId", Mask.scrub(v.schoolId()), "grade", v.grade()));
        }
    }

    void rejected(String pack, long n) {
        if (n > 0) metrics.rejects.labelValues(pack).inc(n);
    }

    void logged(String line) {
        if (log != null) log.add(line);
    }

    // ---- requests

    private void handle(HttpExchange x) throws IOException {
        inFlight.incrementAndGet();
        try {
            String path = x.getRequestURI().getPath();
            x.getResponseHeaders().set("Kaohe-Pack", settings.pack());
            Engine live = engine;
            if (live != null) x.getResponseHeaders().set("Kaohe-Policy-Version", live.policyVersion());
            if (path.equals("/health/live")) {
                Http.send(x, 200, Http.object("status", "live"));
            } else if (path.equals("/health/ready")) {
                boolean ready = live != null && !draining;
                Http.send(x, ready ? 200 : 503, Http.object("status", ready ? "ready" : draining ? "shutting down" : "loading rules"));
            } else if (!authorized(x)) {
                x.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"kaohe\"");
                Http.error(x, 401, "a bearer token is required (Authorization: Bearer …)");
            } else if (path.equals("/metrics")) {
                if (method(x, "GET")) metricsHandler.handle(x);
            } else if (live == null || draining) {
                x.getResponseHeaders().set("Retry-After", "1");
                x.getResponseHeaders().set("Connection", "close");
                Http.error(x, 503, draining ? "shutting down" : "the rules are loading");
            } else if (path.equals("/v1/status")) {
                if (method(x, "GET")) Http.send(x, 200, statusJson());
            } else if (path.equals("/v1/packs")) {
                if (method(x, "GET")) Http.send(x, 200, packsJson(live));
            } else if (path.equals("/v1/assess") || path.equals("/v1/assess/batch") || path.equals("/v1/schools")
                    || path.equals("/v1/progress")) {
                if (method(x, "POST")) decide(x, path, live);
            } else {
                Http.error(x, 404, "no such endpoint: " + Mask.echo(path)
                        + " (POST /v1/assess, /v1/assess/batch, /v1/schools, /v1/progress; GET /v1/packs, /v1/status, /health/live, /health/ready, /metrics)");
            }
            x.close();
        } catch (Http.TooLarge e) {
            failed(x, 413, e.getMessage() + " (kaohe serve --max-body / --max-batch-body)", decisionId(x), null);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof Http.TooLarge t) failed(x, 413, t.getMessage(), decisionId(x), null);
            else failed(x, 0, null, null, e);
        } catch (IOException e) {
            failed(x, 0, null, null, e);   // the client went away or was cut off: nothing to answer
        } catch (RuntimeException e) {
            String id = decisionId(x);
            if (id == null) id = Decisions.newId();
            if (x.getResponseCode() == -1) x.getResponseHeaders().set("Kaohe-Decision-Id", id);
            LOG.error("decision {}: internal error: {}", id, Mask.stackTrace(e));
            failed(x, 500, "internal error; the server log names decision " + id, id, e);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    /** A decision request, on the rules serving now: they decide the whole request, whatever reload comes meanwhile. */
    private void decide(HttpExchange x, String path, Engine live) throws IOException {
        Engine pinned = live instanceof PackEngine p ? p.pinned() : live;
        String id = Decisions.newId();
        x.getResponseHeaders().set("Kaohe-Policy-Version", pinned.policyVersion());
        x.getResponseHeaders().set("Kaohe-Decision-Id", id);
        switch (path) {
            case "/v1/assess" -> decisions.assess(x, pinned, id);
            case "/v1/assess/batch" -> decisions.batch(x, pinned, id);
            case "/v1/schools" -> decisions.schools(x, pinned, id);
            default -> decisions.progress(x, pinned, id);
        }
    }

    /**
     * Answers {@code status} when the response has not begun; when it has (a batch streaming), the connection is cut
     * instead (the exception goes back to the server), so a client never takes a truncated stream for a whole one.
     */
    private static void failed(HttpExchange x, int status, String message, String id, Exception cause) throws IOException {
        if (status == 0 || x.getResponseCode() != -1) {
            if (cause instanceof IOException io) throw io;
            throw new IOException("response cut off: " + (message != null ? message : String.valueOf(cause)));
        }
        // what is left of an oversized body is read and dropped first (at most 64 MiB more, within the request timeout)
        if (status == 413) Http.drain(x, 64L << 20);
        x.getResponseHeaders().set("Connection", "close");
        Http.error(x, status, message, "decisionId", id);
        x.close();
    }

    /** The decision ID the request was given, if it got that far. */
    private static String decisionId(HttpExchange x) { return x.getResponseHeaders().getFirst("Kaohe-Decision-Id"); }

    private boolean authorized(HttpExchange x) {
        if (expectedAuth == null) return true;
        String given = x.getRequestHeaders().getFirst("Authorization");
        return given != null && MessageDigest.isEqual(expectedAuth, given.trim().getBytes(UTF_8));
    }

    /** False (after answering 405) when the request's method is not {@code allowed}. */
    private static boolean method(HttpExchange x, String allowed) throws IOException {
        if (x.getRequestMethod().equals(allowed)) return true;
        x.getResponseHeaders().set("Allow", allowed);
        Http.error(x, 405, x.getRequestURI().getPath() + " takes " + allowed);
        return false;
    }

    private String statusJson() {
        RulesWatcher.Status s = status();
        return Http.object("pack", s.pack(), "revision", s.policyVersion(), "source", s.source().name(),
                "rulesDir", s.dir() == null ? null : s.dir().toString(),
                "activatedAt", s.activatedAt().toString(), "checkedAt", s.checkedAt() == null ? null : s.checkedAt().toString(),
                "upToDate", watcher == null || s.upToDate(), "pending", s.pending(),
                "problems", s.problems().stream().map(Problem::toString).toList(),
                "lastReloadError", lastReloadError,
                "reloadFailures", (long) metrics.reloadFailures.get(),
                "decisionLogDropped", log == null ? 0 : log.dropped(),
                "startedAt", startedAt.toString());
    }

    private String packsJson(Engine live) {
        List<Object> packs = new ArrayList<>();
        for (String name : Kaohe.packs()) {
            Engine e = name.equals(settings.pack()) ? live : Kaohe.pack(name);
            var info = PackEngine.info(e);
            packs.add(Http.map("pack", name, "title", info.title(), "policyVersion", e.policyVersion(), "serving", e == live,
                    "clauses", info.clauses().ids().stream().sorted().toList()));
        }
        return Http.object("packs", packs);
    }

    // ---- shutdown

    /**
     * Graceful: readiness goes to 503 at once, new decision requests are refused, requests in flight finish (up to the
     * grace period), then the server stops, the watcher stops, and the decision log writes what it holds.
     */
    @Override
    public void close() {
        if (closed) return;
        closed = true;
        draining = true;
        long deadline = System.nanoTime() + settings.grace().toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        server.stop(0);
        workers.shutdown();
        try {
            workers.awaitTermination(Math.max(1, (deadline - System.nanoTime()) / 1_000_000), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        RulesWatcher w = watcher;
        if (w != null) w.close();
        if (log != null) log.close();
        LOG.info("kaohe serve: stopped");
    }
}
