package io.kaohe.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.kaohe.Engine;
import io.kaohe.pack.Problem;
import io.kaohe.pack.RulesException;
import io.kaohe.scenario.Scenario;
import io.kaohe.scenario.ScenarioResult;
import io.kaohe.scenario.Scenarios;

/**
 * Hot reload for long-running services: watches a rules directory and, when its content has changed and
 * then stayed the same for a quiet period, builds the new rules on its own thread (never on a request),
 * runs the scenarios against them, and swaps them in atomically only if they compile and every case
 * passes. Otherwise the engine keeps serving the old rules; the problems go to SLF4J, the listener and
 * {@link #status()}. An assessment already running finishes on the rules it started with ({@link PackEngine}).
 *
 * <p>A service always comes up: when the directory's rules fail at start, it serves the shipped rules, reports
 * why, and switches as soon as the directory is fixed. The directory (and the office's own scenarios, when
 * {@link Options#scenarios()} names them) is checked whole once quiet, so a threshold changed together with its
 * scenarios is one change.
 *
 * <p>The directory is polled (content hashes, not timestamps): reliable on every file system, including
 * the network and container mounts where {@code WatchService} misses events. Create it with
 * {@code Kaohe.watch(…)}; close it to stop the thread.
 */
public final class RulesWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RulesWatcher.class);

    /**
     * @param poll  how often the directory is looked at
     * @param quiet how long its content must stay unchanged before a reload (an editor saving several
     *              files, or a copy in progress, is not half-applied)
     * @param scenarios the office's own scenario files (a file or directory) the new rules must pass; null: the
     *                  pack's shipped scenarios with those of {@code DIR/scenarios/} laid over them by file name.
     *                  The shipped scenarios pin the shipped thresholds: an office that changes a threshold gives
     *                  its own scenarios here (docs/authoring.md)
     */
    public record Options(Duration poll, Duration quiet, Path scenarios) {
        public Options {
            Objects.requireNonNull(poll);
            Objects.requireNonNull(quiet);
            if (poll.isNegative() || poll.isZero()) throw new IllegalArgumentException("poll must be positive");
        }

        /** Poll every second; reload once the directory has been quiet for two seconds. */
        public static Options defaults() { return new Options(Duration.ofSeconds(1), Duration.ofSeconds(2), null); }

        /** These options with the office's own scenario file or directory. */
        public Options withScenarios(Path scenarios) { return new Options(poll, quiet, scenarios); }
    }

    /** Which rules serve: the pack's shipped ones (the directory's were refused at start) or the directory's. */
    public enum Source { SHIPPED, RULES_DIR }

    /**
     * What the service runs and whether the directory's latest content is in use; immutable, safe to read from any
     * thread (a health page, an admin endpoint).
     *
     * @param policyVersion the version of the rules serving now
     * @param source        shipped rules, or the rules directory's
     * @param activatedAt   when those rules began to serve
     * @param checkedAt     when the directory was last built and checked
     * @param problems      why its latest content was refused, each {@code file:line:column: message}; empty when that
     *                      content is in use
     * @param pending       a change was seen and is waiting for the directory to be quiet, or being checked
     */
    public record Status(String pack, Path dir, String policyVersion, Source source, Instant activatedAt, Instant checkedAt,
                         List<Problem> problems, boolean pending) {
        public Status {
            problems = List.copyOf(problems);
        }

        /** True when the directory's latest content is what serves. */
        public boolean upToDate() { return problems.isEmpty() && !pending && source == Source.RULES_DIR; }
    }

    private final PackEngine engine;
    private final Path dir;
    private final Options options;
    private final Function<Path, List<Scenario>> scenarios;
    private final ReloadListener listener;
    private final ScheduledExecutorService thread;

    /** The content last built (applied or refused): not built again until it changes. */
    private Map<String, String> built;
    private Map<String, String> pending;
    private long pendingSince;
    private volatile Status status;

    /**
     * @param scenarios the scenario cases new rules must pass, read afresh for each reload (they may be edited too)
     */
    private RulesWatcher(PackEngine engine, Path dir, Options options, Function<Path, List<Scenario>> scenarios,
                         ReloadListener listener) {
        this.engine = engine;
        this.dir = dir;
        this.options = options;
        this.scenarios = scenarios;
        this.listener = listener;
        Instant now = Instant.now();
        this.status = new Status(engine.pack(), dir, engine.rules().policyVersion(), Source.SHIPPED, now, now, List.of(), true);
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kaohe-rules-watcher-" + engine.pack());
            t.setDaemon(true); // never keeps a service's JVM alive
            return t;
        });
    }

    /**
     * Starts watching {@code dir} for {@code engine} (serving its shipped rules): builds and checks the directory's
     * rules now and puts them in use if they pass; if they do not, the shipped rules keep serving, the listener is
     * told and {@link #status()} says why. Then watches.
     */
    public static RulesWatcher start(PackEngine engine, Path dir, Options options, Function<Path, List<Scenario>> scenarios,
                                     ReloadListener listener) {
        Function<Path, List<Scenario>> cases = options.scenarios() == null ? scenarios : d -> Scenarios.load(options.scenarios());
        RulesWatcher w = new RulesWatcher(engine, dir, options, cases, listener);
        Map<String, String> seen = w.fingerprint(); // before building: an edit meanwhile is seen later
        w.built = seen;
        w.pending = seen;
        w.reload(true);
        long ms = options.poll().toMillis();
        w.thread.scheduleWithFixedDelay(w::poll, ms, ms, TimeUnit.MILLISECONDS);
        return w;
    }

    /** What serves now and whether the directory's latest content is in use. */
    public Status status() { return status; }

    /** The engine whose rules this watcher replaces: share it with the request path. */
    public Engine engine() { return engine; }

    private void poll() {
        try {
            Map<String, String> now = fingerprint();
            long t = System.nanoTime();
            if (!now.equals(pending)) {
                pending = now;
                pendingSince = t;
                if (!now.equals(built) && !status.pending()) status = withPending(status, true);
                return;
            }
            if (now.equals(built)) {
                if (status.pending()) status = withPending(status, false); // changed and changed back
                return;
            }
            if (t - pendingSince < options.quiet().toNanos()) return;
            built = now;
            reload(false);
        } catch (RuntimeException e) {
            // the thread must survive anything: a dead watcher would silently stop reloading
            LOG.error("pack {}: rules watcher failed on {}", engine.pack(), dir, e);
        }
    }

    /** The directory's content, with that of the office's own scenarios when they live elsewhere. */
    private Map<String, String> fingerprint() {
        Map<String, String> out = new java.util.TreeMap<>(DirectoryFingerprint.of(dir));
        Path own = options.scenarios();
        if (own != null && !own.toAbsolutePath().normalize().startsWith(dir.toAbsolutePath().normalize())) {
            Path base = java.nio.file.Files.isDirectory(own) ? own : own.getParent();
            DirectoryFingerprint.of(base).forEach((k, v) -> {
                if (base.equals(own) || k.equals(own.getFileName().toString())) out.put("(scenarios) " + k, v);
            });
        }
        return out;
    }

    private static Status withPending(Status s, boolean pending) {
        return new Status(s.pack(), s.dir(), s.policyVersion(), s.source(), s.activatedAt(), s.checkedAt(), s.problems(), pending);
    }

    /** Builds and checks the directory whole; swaps it in if it passes. {@code first}: at start, told only when refused. */
    private void reload(boolean first) {
        PackRules before = engine.rules();
        List<Problem> problems;
        PackRules next = null;
        try {
            next = engine.compile(dir);
            problems = failures(next, scenarios.apply(dir));
        } catch (RulesException e) {
            problems = e.problems();
        } catch (io.kaohe.KaoheException e) { // the directory vanished or cannot be read: say so, keep the rules
            problems = List.of(Problem.of(dir.toString(), 0, 0, "规则目录无法读取", e.getMessage()));
        } catch (RuntimeException e) { // a rule that throws while the scenarios run, a bug: the service still comes up
            problems = List.of(Problem.of(dir.toString(), 0, 0, "规则无法构建", "the rules cannot be built: " + e));
        }
        if (problems.isEmpty() && !engine.replace(before, next)) {
            problems = List.of(Problem.of(dir.toString(), 0, 0, "规则已被其他方式替换", "the rules were replaced by someone else meanwhile"));
        }
        Instant now = Instant.now();
        boolean waiting = !java.util.Objects.equals(pending, built);
        if (problems.isEmpty()) {
            LOG.info("pack {}: rules from {} now in use: {} (was {})", engine.pack(), dir, next.policyVersion(), before.policyVersion());
            status = new Status(engine.pack(), dir, next.policyVersion(), Source.RULES_DIR, now, now, List.of(), waiting);
            if (!first) notify(new ReloadListener.Event(engine.pack(), true, next.policyVersion(), List.of()));
        } else {
            LOG.warn("pack {}: edited rules in {} refused, {} {}:\n  {}", engine.pack(), dir, first ? "starting on the shipped rules" : "still using",
                    before.policyVersion(), String.join("\n  ", problems.stream().map(Problem::toString).toList()));
            Status s = status;
            status = new Status(engine.pack(), dir, before.policyVersion(), s.source(), s.activatedAt(), now, problems, waiting);
            notify(new ReloadListener.Event(engine.pack(), false, before.policyVersion(), problems));
        }
    }

    private void notify(ReloadListener.Event e) {
        try {
            listener.onReload(e);
        } catch (RuntimeException x) {
            LOG.error("pack {}: reload listener failed", engine.pack(), x);
        }
    }

    /** Every failing scenario case under {@code rules}, one problem each at the case's line. */
    static List<Problem> failures(PackRules rules, List<Scenario> cases) {
        Engine candidate = new PackEngine(rules.descriptor(), null, rules);
        List<Problem> out = new ArrayList<>();
        for (Scenario s : cases) {
            ScenarioResult r;
            try {
                r = Scenarios.run(candidate, s);
            } catch (RuntimeException e) {
                out.add(Problem.of(s.file(), s.line(), 0, "用例 '" + s.name() + "' 运行出错", "case '" + s.name() + "' failed to run: " + e.getMessage()));
                continue;
            }
            if (!r.passed()) {
                out.add(Problem.of(s.file(), s.line(), 0, "用例 '" + s.name() + "' 未通过",
                        "case '" + s.name() + "' fails: " + String.join("; ", r.differences())));
            }
        }
        return out;
    }

    /** Stops watching and waits for a reload in progress to end; the engine keeps its current rules. */
    @Override
    public void close() {
        thread.shutdownNow();
        try {
            if (!thread.awaitTermination(30, TimeUnit.SECONDS)) LOG.warn("pack {}: rules watcher did not stop in 30 s", engine.pack());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
