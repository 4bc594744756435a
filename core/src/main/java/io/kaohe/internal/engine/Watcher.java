package io.kaohe.internal.engine;

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
import io.kaohe.ReloadListener;
import io.kaohe.RulesWatcher;
import io.kaohe.Problem;
import io.kaohe.RulesException;
import io.kaohe.Scenario;
import io.kaohe.ScenarioResult;
import io.kaohe.internal.scenario.Scenarios;

/** The {@link RulesWatcher} of a pack: polls the directory, rebuilds off the request path, swaps in what passes. */
public final class Watcher implements RulesWatcher {
    private static final Logger LOG = LoggerFactory.getLogger(Watcher.class);

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
    private Watcher(PackEngine engine, Path dir, Options options, Function<Path, List<Scenario>> scenarios,
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
        Watcher w = new Watcher(engine, dir, options, cases, listener);
        Map<String, String> seen = w.fingerprint(); // before building: an edit meanwhile is seen later
        w.built = seen;
        w.pending = seen;
        w.reload(true);
        long ms = options.poll().toMillis();
        w.thread.scheduleWithFixedDelay(w::poll, ms, ms, TimeUnit.MILLISECONDS);
        return w;
    }

    @Override
    public Status status() { return status; }

    @Override
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

    private Map<String, String> fingerprint() { return fingerprint(dir, options.scenarios()); }

    /**
     * The directory's content, with that of the office's own scenarios when they live elsewhere: their directory, or
     * their one file alone (not the directory it sits in, which could be a home directory walked at every poll).
     */
    static Map<String, String> fingerprint(Path dir, Path own) {
        Map<String, String> out = new java.util.TreeMap<>(DirectoryFingerprint.of(dir));
        if (own != null && !own.toAbsolutePath().normalize().startsWith(dir.toAbsolutePath().normalize())) {
            Map<String, String> theirs = java.nio.file.Files.isDirectory(own) ? DirectoryFingerprint.of(own) : DirectoryFingerprint.file(own);
            theirs.forEach((k, v) -> out.put("(scenarios) " + k, v));
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
