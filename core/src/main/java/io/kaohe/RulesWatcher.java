package io.kaohe;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Hot reload for long-running services: watches a rules directory and, when its content has changed and
 * then stayed the same for a quiet period, builds the new rules on its own thread (never on a request),
 * runs the scenarios against them, and swaps them in atomically only if they compile and every case
 * passes. Otherwise the engine keeps serving the old rules; the problems go to SLF4J, the listener and
 * {@link #status()}. An assessment already running finishes on the rules it started with .
 *
 * <p>A service always comes up: when the directory's rules fail at start, it serves the shipped rules, reports
 * why, and switches as soon as the directory is fixed. The directory (and the office's own scenarios, when
 * {@link Options#scenarios()} names them) is checked whole once quiet, so a threshold changed together with its
 * scenarios is one change.
 *
 * <p>The directory is polled (content hashes, not timestamps): reliable on every file system, including
 * the network and container mounts where {@code WatchService} misses events. Create it with
 * {@link Kaohe#watch}; close it to stop the thread.
 */
public interface RulesWatcher extends AutoCloseable {
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

    /** What serves now and whether the directory's latest content is in use. */
    Status status();

    /** The engine whose rules this watcher replaces: share it with the request path. */
    Engine engine();

    /** Stops watching; the engine keeps serving the rules it has. */
    @Override
    void close();
}
