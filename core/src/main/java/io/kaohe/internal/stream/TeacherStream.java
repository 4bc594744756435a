package io.kaohe.internal.stream;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.kaohe.Engine;
import io.kaohe.KaoheException;
import io.kaohe.RuleFailureException;
import io.kaohe.internal.json.ByteLines;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.internal.json.LineParser;
import io.kaohe.internal.json.Parsed;
import io.kaohe.internal.json.SeenIds;
import io.kaohe.model.TeacherDossier;
import io.kaohe.FieldError;
import io.kaohe.InvalidInputException;

/**
 * Assesses a JSON Lines stream of teacher dossiers, writing verdicts as it goes: memory stays flat
 * whatever the input size (a bounded number of lines in flight, plus the teacher IDs seen, to reject
 * duplicates, held compactly: {@link SeenIds}). Every input line ends in exactly one of the two outputs.
 *
 * <p>With more than one thread, lines are parsed, assessed and rendered by a bounded worker pool in
 * chunks; the calling thread reads the input and writes the results in input order, and it alone
 * decides duplicates, so the output is byte-identical whatever the number of threads.
 */
public final class TeacherStream {
    private static final Logger LOG = LoggerFactory.getLogger(TeacherStream.class);

    /** Lines per worker task: large enough that handing work over costs little, small enough to keep memory flat. */
    static final int CHUNK = 128;
    /** Chunks in flight per thread: keeps every worker busy while the writer catches up. */
    private static final int IN_FLIGHT_PER_THREAD = 4;
    /**
     * At most this many chunks in flight, and so at most this many workers, whatever {@code threads} asks: with
     * {@code --threads 5000} the whole file was once in flight (2.3 GB). Memory is bounded by the queue, not the pool.
     */
    static final int MAX_IN_FLIGHT = 64;
    /** A chunk is handed over at {@link #CHUNK} lines or this many bytes of input, whichever comes first. */
    static final int CHUNK_BYTES = 1 << 20;

    /** Chunks in flight for {@code threads} workers. */
    static int inFlight(int threads) { return (int) Math.min((long) threads * IN_FLIGHT_PER_THREAD, MAX_IN_FLIGHT); }

    private TeacherStream() {}

    /**
     * Lines read, verdicts written, rejects written: {@code lines == verdicts + rejects}.
     *
     * @param ruleFailures how many of the rejects are records a rule failed on ({@link io.kaohe.RuleFailureException}):
     *                     a fault of the rules, not of the input
     */
    public record Counts(long lines, long verdicts, long rejects, long ruleFailures) {
        /** Counts without rule failures. */
        public Counts(long lines, long verdicts, long rejects) { this(lines, verdicts, rejects, 0); }
    }

    /** The default worker count: one per available processor. */
    public static int defaultThreads() { return Runtime.getRuntime().availableProcessors(); }

    /** Assesses with {@link #defaultThreads()} workers. */
    public static Counts assess(Engine engine, InputStream in, Writer verdicts, Writer rejects) {
        return assess(engine, in, verdicts, rejects, defaultThreads());
    }

    /** Assesses with {@link #defaultThreads()} workers. */
    public static Counts assess(Engine engine, InputStream in, LineOutput verdicts, LineOutput rejects) {
        return assess(engine, in, verdicts, rejects, defaultThreads());
    }

    /**
     * Assesses with {@code threads} workers (1: all on the calling thread). The output does not depend on it.
     *
     * @throws IllegalArgumentException when {@code threads < 1}
     */
    public static Counts assess(Engine engine, InputStream in, Writer verdicts, Writer rejects, int threads) {
        return assess(engine, in, LineOutput.of(verdicts), LineOutput.of(rejects), threads);
    }

    /**
     * As {@link #assess(Engine, InputStream, Writer, Writer, int)}, the lines written as UTF-8 bytes: each verdict is
     * encoded once, by the thread that assessed it.
     */
    public static Counts assess(Engine engine, InputStream in, LineOutput verdicts, LineOutput rejects, int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        LineParser<TeacherDossier> parser = LineParser.teachers();
        Sink sink = new Sink(parser, verdicts, rejects);
        try (ByteLines reader = new ByteLines(in)) {
            if (threads == 1) {
                ByteLines.Line line;
                while ((line = reader.next()) != null) sink.accept(evaluate(engine, parser, line));
            } else {
                inPool(engine, parser, reader, sink, threads);
            }
            verdicts.flush();
            rejects.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LOG.info("pack {}: {} lines, {} verdicts, {} rejects ({} rule failures)", engine.pack(), sink.lines, sink.ok, sink.bad,
                sink.failed);
        return new Counts(sink.lines, sink.ok, sink.bad, sink.failed);
    }

    private static void inPool(Engine engine, LineParser<TeacherDossier> parser, ByteLines reader, Sink sink, int threads)
            throws IOException {
        int limit = inFlight(threads);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, limit), daemons());
        ArrayDeque<Future<List<Outcome>>> inFlight = new ArrayDeque<>();
        try {
            List<ByteLines.Line> chunk = new ArrayList<>(CHUNK);
            long bytes = 0;
            ByteLines.Line line;
            while ((line = reader.next()) != null) {
                chunk.add(line);
                bytes += line.length();
                if (chunk.size() == CHUNK || bytes >= CHUNK_BYTES) {
                    inFlight.add(submit(pool, engine, parser, chunk));
                    chunk = new ArrayList<>(CHUNK);
                    bytes = 0;
                    if (inFlight.size() >= limit) sink.acceptAll(join(inFlight.poll()));
                }
            }
            if (!chunk.isEmpty()) inFlight.add(submit(pool, engine, parser, chunk));
            while (!inFlight.isEmpty()) sink.acceptAll(join(inFlight.poll()));
        } finally {
            inFlight.forEach(f -> f.cancel(true));
            pool.shutdownNow();
        }
    }

    private static Future<List<Outcome>> submit(ExecutorService pool, Engine engine, LineParser<TeacherDossier> parser,
                                                List<ByteLines.Line> chunk) {
        return pool.submit(() -> {
            List<Outcome> out = new ArrayList<>(chunk.size());
            for (ByteLines.Line l : chunk) out.add(evaluate(engine, parser, l));
            return out;
        });
    }

    private static List<Outcome> join(Future<List<Outcome>> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KaoheException("interrupted while assessing", e);
        } catch (ExecutionException e) {
            // a bug, not bad input: surface it as the single-threaded path would
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new KaoheException("assessment failed", e.getCause());
        }
    }

    private static java.util.concurrent.ThreadFactory daemons() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "kaohe-assess-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** What became of one line, before the duplicate check: a rendered verdict (UTF-8), or a reject. */
    private record Outcome(Parsed<TeacherDossier> parsed, String id, byte[] verdict) {}

    /** Parse, validate, assess and render one line; independent of every other line, so any thread may run it. */
    private static Outcome evaluate(Engine engine, LineParser<TeacherDossier> parser, ByteLines.Line line) {
        Parsed<TeacherDossier> p = parser.parse(line);
        if (!p.ok()) return new Outcome(p, null, null);
        TeacherDossier d = p.value();
        String id = d.teacher() == null ? null : d.teacher().id();
        // assess validates once; field errors come before the duplicate check, as a bad line's id proves nothing
        try {
            return new Outcome(p, id, KaoheJson.bytes(engine.assess(d)));
        } catch (InvalidInputException e) {
            return new Outcome(parser.reject(p.line(), id, e.errors()), id, null);
        } catch (RuleFailureException e) {
            // a rule failed for this dossier: it alone is rejected, naming the rule; the run goes on
            LOG.warn("line {}: {}", p.line(), e.getMessage());
            return new Outcome(parser.ruleFailure(p.line(), id, e), id, null);
        } catch (KaoheException e) {
            LOG.warn("line {}: {}", p.line(), e.getMessage());
            return new Outcome(parser.reject(p.line(), id, "$: " + e.getMessage()), id, null);
        }
    }

    /** Writes outcomes in input order; the first assessed line of a teacher wins, later ones are rejected. */
    private static final class Sink {
        private final LineParser<TeacherDossier> parser;
        private final LineOutput verdicts;
        private final LineOutput rejects;
        private final SeenIds seen = new SeenIds();
        long lines, ok, bad, failed;

        Sink(LineParser<TeacherDossier> parser, LineOutput verdicts, LineOutput rejects) {
            this.parser = parser;
            this.verdicts = verdicts;
            this.rejects = rejects;
        }

        void acceptAll(List<Outcome> outcomes) throws IOException {
            for (Outcome o : outcomes) accept(o);
        }

        void accept(Outcome o) throws IOException {
            lines++;
            Parsed<TeacherDossier> p = o.parsed();
            if (o.verdict() != null) {
                long first = seen.putIfAbsent(o.id(), p.line());
                if (first < 0) {
                    verdicts.line(o.verdict());
                    ok++;
                    return;
                }
                p = parser.reject(p.line(), o.id(), duplicate(first));
            }
            bad++;
            if (p.reject().ruleFailed()) failed++;
            rejects.line(KaoheJson.bytes(p.reject()));
        }
    }

    private static String duplicate(long firstLine) {
        return "teacher.id: duplicate of line " + firstLine + " (each teacher once per file)";
    }

    /**
     * Reads a whole file of dossiers (for small inputs and tests) and validates each as {@link #assess} does: a line
     * is {@link Parsed#ok() ok} only if {@code engine} would assess it, and every other line is a reject with the same
     * error text {@code assess} writes (bad JSON, every bad field against interchange v1 and the pack's catalog and
     * units, a teacher seen on an earlier line). Only a rule failing while assessing is left to {@link Engine#assess}.
     */
    public static List<Parsed<TeacherDossier>> readAll(Engine engine, InputStream in) {
        LineParser<TeacherDossier> parser = LineParser.teachers();
        SeenIds seen = new SeenIds();
        List<Parsed<TeacherDossier>> out = new ArrayList<>();
        for (Parsed<TeacherDossier> p : parseAll(in)) {
            if (p.ok()) {
                TeacherDossier d = p.value();
                String id = d.teacher() == null ? null : d.teacher().id();
                // field errors before the duplicate check, as in assess: a bad line's id proves nothing
                List<FieldError> errors = engine.validate(d);
                if (!errors.isEmpty()) {
                    p = parser.reject(p.line(), id, errors);
                } else {
                    long first = seen.putIfAbsent(id, p.line());
                    if (first >= 0) p = parser.reject(p.line(), id, duplicate(first));
                }
            }
            out.add(p);
        }
        return out;
    }

    /**
     * Reads a whole file as JSON only: a line that reads as a dossier is {@link Parsed#ok() ok} even when its values
     * are invalid (a negative amount, an unknown ability). To know what {@link Engine#assess} accepts, use
     * {@link #readAll(Engine, InputStream)}.
     */
    public static List<Parsed<TeacherDossier>> parseAll(InputStream in) {
        List<Parsed<TeacherDossier>> out = new ArrayList<>();
        LineParser<TeacherDossier> parser = LineParser.teachers();
        try (ByteLines reader = new ByteLines(in)) {
            ByteLines.Line line;
            while ((line = reader.next()) != null) out.add(parser.parse(line));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
