package io.kaohe.examples;

import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.internal.json.LineParser;

/**
 * Cold start (issue 17): {@code kaohe assess|schools|progress --pack P} builds P's shipped engine on a second thread,
 * started first thing in {@link KaoheCli#main}, while picocli reads the command line and the command checks its options
 * and opens its files on the first; the command then takes that engine ({@link Kaohe#pack} keeps one engine per pack,
 * so it is the very engine the command would have built). The JSON reader of the command's records ({@link LineParser},
 * the next thing it needs and the costliest: finding the records' deserializers) is made by whichever thread is free
 * first: the second thread once the engine is built, or the command's own thread when it asks for the engine before
 * the second thread got to the reader (then it makes it rather than wait idle). On a machine with a free second core
 * this hides most of the command line's own start.
 *
 * <p>The command line is only guessed at here (picocli reads it properly): a wrong guess costs CPU time, never a
 * different result. A failure on the second thread is not reported there: the command loads the pack (or makes the
 * reader) again on its own thread and reports the failure exactly as without the preload. Only an {@link Error} (a
 * class that failed to initialise cannot fail the same way twice) is rethrown as it was thrown.
 */
final class PackPreload {
    private PackPreload() {}

    /** The commands whose engine is a shipped pack's ({@code PackOption.engine(null)}) unless --rules-dir is given. */
    private static final Set<String> COMMANDS = Set.of("assess", "schools", "progress");

    private static final class Started extends Thread {
        final String pack;
        final Runnable load;
        /** {@code meanwhile}, run once: by the first of the two threads to get to it, the other waits for it */
        final FutureTask<Void> meanwhile;
        final Runnable meanwhileAgain;
        final CountDownLatch loaded = new CountDownLatch(1);
        volatile Throwable failure;

        Started(String pack, Runnable load, Runnable meanwhile) {
            super("kaohe-pack-preload");
            this.pack = pack;
            this.load = load;
            this.meanwhile = new FutureTask<>(meanwhile, null);
            this.meanwhileAgain = meanwhile;
            setDaemon(true); // never keeps the JVM up: a command that fails before it needs the pack just exits
        }

        @Override
        public void run() {
            try {
                load.run();
            } catch (Throwable t) {
                failure = t;
            } finally {
                loaded.countDown();
            }
            meanwhile.run(); // does nothing when the command's thread has taken it; a failure stays in the task
        }
    }

    private static volatile Started started;

    /** Starts building the engine of the pack {@code args} name, when they are a command that will need it. */
    static void start(String... args) {
        String pack = pack(args);
        if (pack == null) return;
        // LineParser makes the readers of teachers and of schools once, as it is first used; progress reads teachers too
        start(pack, () -> Kaohe.pack(pack), LineParser::teachers);
    }

    /**
     * Runs {@code load} on the second thread, as what {@link #shipped} waits for when asked for {@code pack};
     * {@code meanwhile} runs on the thread that asks, before it waits.
     */
    static synchronized void start(String pack, Runnable load, Runnable meanwhile) {
        if (started != null) return;
        Started s = new Started(pack, load, meanwhile);
        started = s;
        s.start();
    }

    /**
     * The pack a command line loads with its shipped rules: {@code assess}, {@code schools} or {@code progress}
     * with {@code --pack P} and without {@code --rules-dir}, help or an argument file; else null.
     */
    static String pack(String... args) {
        String command = null;
        String pack = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("@") || a.equals("-h") || a.equals("--help") || a.startsWith("--rules-dir")) return null;
            if (command == null) {
                if (a.equals("--debug")) continue;
                if (!COMMANDS.contains(a)) return null;
                command = a;
            } else if (a.equals("--pack") && i + 1 < args.length) {
                pack = args[++i];
            } else if (a.startsWith("--pack=")) {
                pack = a.substring("--pack=".length());
            }
        }
        return pack;
    }

    /** The shipped engine of {@code pack}: the one the second thread built when it was started for this pack. */
    static Engine shipped(String pack) {
        Started s = started;
        if (s != null && s.pack.equals(pack)) {
            // what the command does next anyway: made here unless the second thread has begun it (then waited for)
            s.meanwhile.run();
            boolean interrupted = false;
            try {
                interrupted = uninterruptibly(s.meanwhile::get);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Error err) throw err;
                // failed on the second thread: made again on this one, a failure here is the one it would meet
                s.meanwhileAgain.run();
            }
            interrupted |= uninterruptibly(s.loaded::await);
            if (interrupted) Thread.currentThread().interrupt();
            if (s.failure instanceof Error e) throw e;
            // a RuntimeException (an unknown pack, rules that do not load): thrown again below, from this thread
        }
        return Kaohe.pack(pack);
    }

    /** A wait that an interrupt can cut short. */
    private interface Wait<E extends Exception> {
        void run() throws InterruptedException, E;
    }

    /**
     * Runs {@code wait} until it returns, through interrupts (the command needs what it waits for); whether one came,
     * for the caller to set the thread's flag again once it has what it waited for.
     */
    private static <E extends Exception> boolean uninterruptibly(Wait<E> wait) throws E {
        boolean interrupted = false;
        for (;;) {
            try {
                wait.run();
                return interrupted;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
    }

    /** Forgets the preload, so another command line of the same JVM can start one (tests, CdsTraining). */
    static synchronized void reset() {
        started = null;
    }
}
