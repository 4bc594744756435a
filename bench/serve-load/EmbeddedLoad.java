import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import io.kaohe.Engine;
import io.kaohe.InvalidInputException;
import io.kaohe.Json;
import io.kaohe.Kaohe;
import io.kaohe.model.TeacherDossier;

/**
 * The embedded side of bench/serve-load.sh: the same dossiers, the same concurrency and duration as the HTTP run, through
 * the public API in this JVM. A "request" is what the server does for one: read the JSON, assess, write the verdict (a
 * batch: that for each of its lines). Prints one line: mode, requests/s, dossiers/s, p50 and p99 in ms.
 *
 * <p>java -cp "examples/target/kaohe.jar:examples/target/lib/*" bench/serve-load/EmbeddedLoad.java PACK FILE THREADS SECONDS BATCH
 */
public class EmbeddedLoad {
    public static void main(String[] args) throws Exception {
        Engine engine = Kaohe.pack(args[0]);
        List<String> lines = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        int threads = Integer.parseInt(args[2]);
        double seconds = Double.parseDouble(args[3]);
        int batch = Integer.parseInt(args[4]);
        run(engine, lines, threads, Math.min(5, seconds), batch, false);     // warm-up (as wrk's against the server), not reported
        run(engine, lines, threads, seconds, batch, true);
    }

    static void run(Engine engine, List<String> lines, int threads, double seconds, int batch, boolean report) throws InterruptedException {
        AtomicBoolean go = new AtomicBoolean(true);
        List<long[]> perThread = new ArrayList<>();
        int[] counts = new int[threads];
        Thread[] ts = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            long[] lat = new long[4_000_000];
            perThread.add(lat);
            int me = t;
            ts[t] = new Thread(() -> {
                int i = (int) ((long) me * lines.size() / threads);
                int n = 0;
                while (go.get() && n < lat.length) {
                    long start = System.nanoTime();
                    for (int k = 0; k < batch; k++) {
                        String line = lines.get(i);
                        i = (i + 1) % lines.size();
                        try {
                            Json.write(engine.assess(Json.read(line, TeacherDossier.class)));
                        } catch (InvalidInputException e) {
                            e.getMessage();                                    // a reject, as the server writes one
                        }
                    }
                    lat[n++] = System.nanoTime() - start;
                }
                counts[me] = n;
            });
        }
        long begin = System.nanoTime();
        for (Thread t : ts) t.start();
        Thread.sleep((long) (seconds * 1000));
        go.set(false);
        for (Thread t : ts) t.join();
        double elapsed = (System.nanoTime() - begin) / 1e9;
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int t = 0; t < threads; t++) {
            System.arraycopy(perThread.get(t), 0, all, at, counts[t]);
            at += counts[t];
        }
        Arrays.sort(all);
        if (report) System.out.printf(java.util.Locale.ROOT, "embedded %s requests/s %.1f dossiers/s %.1f p50_ms %.3f p99_ms %.3f%n",
                batch == 1 ? "single" : "batch" + batch, total / elapsed, total * (double) batch / elapsed,
                all[(int) (total * 0.50)] / 1e6, all[Math.min(total - 1, (int) (total * 0.99))] / 1e6);
    }
}
