package io.kaohe.examples.serve;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The decision log: one JSON line per decision, written by its own thread from a bounded queue, so a slow disk never
 * slows a request. When the queue is full the line is not written and not waited for: it is counted (the
 * {@code kaohe_decision_log_dropped_total} metric, {@link #dropped()}) and a warning is logged, never silently lost.
 */
final class DecisionLog implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DecisionLog.class);
    /** Sentinel that tells the writer thread to stop once everything before it is written. */
    private static final String END = new String("end");

    private final BlockingQueue<String> queue;
    private final Writer out;
    private final Runnable onDrop;
    private final AtomicLong dropped = new AtomicLong();
    private final Thread writer;
    private volatile boolean closed;

    /**
     * @param out    where the lines go (a file opened for append); written by the log's thread only
     * @param onDrop told of each line the full queue refused (the metric)
     */
    DecisionLog(Writer out, int capacity, Runnable onDrop) {
        this.queue = new ArrayBlockingQueue<>(capacity + 1);   // one slot more for END
        this.out = out;
        this.onDrop = onDrop;
        this.writer = new Thread(this::drain, "kaohe-decision-log");
        writer.setDaemon(true);
        writer.start();
    }

    /** Queues one line (no line break); never blocks. */
    void add(String line) {
        // the last slot is kept for END, so a full log never blocks its own close
        if (closed || queue.remainingCapacity() <= 1 || !queue.offer(line)) {
            drop();
            long n = dropped.get();
            if (n == 1 || n % 1000 == 0) LOG.warn("decision log: queue full, {} decisions not logged so far (kaohe_decision_log_dropped_total)", n);
        }
    }

    /** Lines not written: refused because the queue was full, or lost to a failed write. */
    long dropped() { return dropped.get(); }

    private void drop() {
        dropped.incrementAndGet();
        onDrop.run();
    }

    /** Counts the lines still queued, which nobody will write now, as dropped. */
    private void dropQueued() {
        for (String l; (l = queue.poll()) != null; ) if (l != END) drop();
    }

    private void drain() {
        String line = null;
        try {
            while (true) {
                line = null;
                line = queue.take();
                if (line == END) break;
                out.write(line);
                out.write('\n');
                if (queue.isEmpty()) out.flush();   // written in bursts, flushed when caught up
            }
            out.flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            LOG.error("decision log: cannot write ({}); this and later decisions are counted as dropped", e.toString());
            closed = true;
            if (line != null && line != END) drop();   // the line whose write failed
            dropQueued();
        }
    }

    /** Writes what is queued, then closes the file (at most {@code waitMillis} for the writer to catch up). */
    void close(long waitMillis) {
        closed = true;
        try {
            if (!queue.offer(END, waitMillis, TimeUnit.MILLISECONDS)) writer.interrupt();
            writer.join(waitMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!writer.isAlive()) dropQueued();   // a line queued as the writer failed: counted, not lost
        try {
            out.close();
        } catch (IOException e) {
            LOG.warn("decision log: {}", e.toString());
        }
    }

    @Override
    public void close() { close(TimeUnit.SECONDS.toMillis(10)); }
}
