package io.kaohe.engine;

import java.nio.file.Path;
import java.time.Duration;
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
 * passes. Otherwise the engine keeps serving the old rules; the problems go to SLF4J and the listener.
 * An assessment already running finishes on the rules it started with ({@link PackEngine}).
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

    /**
     * @param scenarios the scenario cases new rules must pass, read afresh for each reload (they may be edited too)
     */
    private RulesWatcher(PackEngine engine, Path dir, Options options, Function<Path, List<Scenario>> scenarios,
                         ReloadListener listener, Map<String, String> built) {
        this.engine = engine;
        this.dir = dir;
        this.options = options;
        this.scenarios = scenarios;
        this.listener = listener;
        this.built = built;
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kaohe-rules-watcher-" + engine.pack());
            t.setDaemon(true); // never keeps a service's JVM alive
            return t;
        });
        long ms = options.poll().toMillis();
        thread.scheduleWithFixedDelay(this::poll, ms, ms, TimeUnit.MILLISECONDS);
    }

    /**
     * Starts watching {@code dir} for {@code engine}: builds the rules now (throwing {@link RulesException}
     * if they do not compile or pass), puts them in use, then watches.
     */
    public static RulesWatcher start(PackEngine engine, Path dir, Options options, Function<Path, List<Scenario>> scenarios,
                                     ReloadListener listener) {
        Map<String, String> seen = DirectoryFingerprint.of(dir); // before building: an edit meanwhile is seen later
        Function<Path, List<Scenario>> cases = options.scenarios() == null ? scenarios : d -> Scenarios.load(options.scenarios());
        PackRules first = engine.compile(dir);
        List<Problem> failed = failures(first, cases.apply(dir));
        if (!failed.isEmpty()) throw new RulesException(failed);
        engine.replace(engine.rules(), first);
        return new RulesWatcher(engine, dir, options, cases, listener, seen);
    }

    /** The engine whose rules this watcher replaces: share it with the request path. */
    public Engine engine() { return engine; }

    private void poll() {
        try {
            Map<String, String> now = DirectoryFingerprint.of(dir);
            long t = System.nanoTime();
            if (!now.equals(pending)) {
                pending = now;
                pendingSince = t;
                return;
            }
            if (now.equals(built) || t - pendingSince < options.quiet().toNanos()) return;
            built = now;
            reload();
        } catch (RuntimeException e) {
            // the thread must survive anything: a dead watcher would silently stop reloading
            LOG.error("pack {}: rules watcher failed on {}", engine.pack(), dir, e);
        }
    }

    private void reload() {
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
        }
        if (problems.isEmpty() && !engine.replace(before, next)) {
            problems = List.of(Problem.of(dir.toString(), 0, 0, "规则已被其他方式替换", "the rules were replaced by someone else meanwhile"));
        }
        if (problems.isEmpty()) {
            LOG.info("pack {}: rules from {} now in use: {} (was {})", engine.pack(), dir, next.policyVersion(), before.policyVersion());
            notify(new ReloadListener.Event(engine.pack(), true, next.policyVersion(), List.of()));
        } else {
            LOG.warn("pack {}: edited rules in {} refused, still using {}:\n  {}", engine.pack(), dir, before.policyVersion(),
                    String.join("\n  ", problems.stream().map(Problem::toString).toList()));
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
