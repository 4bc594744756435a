package io.kaohe.examples.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The decision log's queue: a stalled disk never blocks a request, and no decision is lost without being counted. */
class DecisionLogTest {
    /** A writer whose first write waits until released: the disk is stalled. */
    private static final class Stalled extends StringWriter {
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public void write(String s) {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            super.write(s);
        }
    }

    @Test
    void aFullQueueCountsEveryDecisionItCannotHoldAndNeverBlocks() {
        Stalled out = new Stalled();
        AtomicLong counted = new AtomicLong();
        DecisionLog log = new DecisionLog(out, 4, counted::incrementAndGet);
        long start = System.nanoTime();
        for (int i = 0; i < 1000; i++) log.add("{\"decisionId\":\"" + i + "\"}");
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5), "adding never waits for the disk");
        // the writer holds at most one line, the queue four: every other line is counted, by the log and the metric
        assertTrue(log.dropped() >= 1000 - 5, "dropped " + log.dropped());
        assertEquals(log.dropped(), counted.get());
        out.release.countDown();
        log.close();
        long written = out.toString().lines().count();
        assertEquals(1000, written + log.dropped(), "each decision written or counted, none lost silently");
    }

    @Test
    void aFailedWriteCountsTheLineAndEveryLineQueuedBehindIt() {
        StringWriter out = new StringWriter() {   // the disk fills after 3 lines
            int lines;

            @Override
            public void write(String s) {
                if (++lines > 3) throw new java.io.UncheckedIOException(new java.io.IOException("No space left on device"));
                super.write(s);
            }
        };
        AtomicLong counted = new AtomicLong();
        DecisionLog log = new DecisionLog(new java.io.FilterWriter(out) {
            @Override
            public void write(String s, int off, int len) throws java.io.IOException {
                try {
                    out.write(s.substring(off, off + len));
                } catch (java.io.UncheckedIOException e) {
                    throw e.getCause();
                }
            }

            @Override
            public void write(String s) throws java.io.IOException { write(s, 0, s.length()); }
        }, 100, counted::incrementAndGet);
        for (int i = 0; i < 50; i++) log.add("line " + i);
        long start = System.nanoTime();
        log.close();
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5), "close does not wait for a writer that has stopped");
        long written = out.toString().lines().count();
        assertEquals(3, written);
        assertEquals(50, written + log.dropped(), "each decision written or counted, none lost silently");
        assertEquals(log.dropped(), counted.get());
    }

    @Test
    void closeWritesWhatIsQueued() {
        StringWriter out = new StringWriter();
        DecisionLog log = new DecisionLog(out, 100, () -> { throw new AssertionError("nothing dropped"); });
        for (int i = 0; i < 50; i++) log.add("line " + i);
        log.close();
        assertEquals(50, out.toString().lines().count());
        assertTrue(out.toString().startsWith("line 0\nline 1\n"));
    }
}
