package io.kaohe.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import io.kaohe.Kaohe;

/**
 * The training run the build records the class-data-sharing archive from ({@code examples/pom.xml}, execution
 * {@code cds-archive}; {@code examples/kaohe} maps it): in one JVM, {@code kaohe demo} and then {@code assess},
 * {@code schools} and {@code progress} on every pack's bundled samples, so the archive holds the classes of the
 * commands people start most, for every pack. Not a command: its output goes nowhere.
 */
public final class CdsTraining {
    private CdsTraining() {}

    /**
     * {@code --archive JAR JSA DIR} (the build): runs the training in a JVM of its own that records the archive
     * of JAR, and moves it to JSA once that JVM has exited cleanly. {@code DIR} (that JVM): trains, with DIR as a
     * scratch directory for the samples and outputs; exits non-zero if a command fails.
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        if (args[0].equals("--archive")) {
            archive(Path.of(args[1]), Path.of(args[2]), args[3]);
        } else {
            train(Path.of(args[0]));
        }
    }

    private static void archive(Path jar, Path jsa, String dir) throws IOException, InterruptedException {
        Path part = jsa.resolveSibling(jsa.getFileName() + ".part");
        Files.deleteIfExists(jsa); // a failed run must not leave the archive of the previous jar
        Files.deleteIfExists(part);
        Path javaCmd = Path.of(System.getProperty("java.home"), "bin", "java");
        // the launcher's short-run options; -Xlog: the JVM's notes on classes it cannot archive are not problems
        Process p = new ProcessBuilder(javaCmd.toString(), "-XX:ArchiveClassesAtExit=" + part, "-Xshare:auto",
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", jar.toString(), CdsTraining.class.getName(), dir).inheritIO().start();
        int status = p.waitFor();
        if (status != 0 || !Files.isRegularFile(part)) {
            throw new IllegalStateException("the class-data-sharing training run exited " + status + " (skip it: -Dkaohe.cds.skip)");
        }
        Files.move(part, jsa, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void train(Path scratch) throws IOException {
        Path dir = Files.createDirectories(scratch);
        List<String[]> runs = new ArrayList<>();
        runs.add(new String[] {"demo", "--out", dir.resolve("demo").toString()});
        for (String pack : Kaohe.packs()) {
            Samples s = Samples.of(pack).orElse(null);
            if (s == null) continue;
            String p = dir.resolve(pack + "-").toString();
            runs.add(new String[] {"assess", "--pack", pack, "--in", copy(s, Samples.TEACHERS, p), "--out", p + "verdicts.jsonl",
                    "--errors", p + "rejects.jsonl", "--csv", p + "verdicts.csv"});
            if (s.has(Samples.SCHOOLS)) {
                runs.add(new String[] {"schools", "--pack", pack, "--in", copy(s, Samples.SCHOOLS, p), "--out", p + "schools-out.jsonl",
                        "--errors", p + "schools-rejects.jsonl"});
            }
            if (s.has(Samples.COHORT)) {
                runs.add(new String[] {"progress", "--pack", pack, "--in", copy(s, Samples.COHORT, p), "--as-of", s.asOf().toString(),
                        "--out", p + "progress.json", "--csv", p + "progress.csv", "--html", p + "progress.html"});
            }
        }
        PrintWriter quiet = new PrintWriter(OutputStream.nullOutputStream());
        for (String[] run : runs) {
            // as main starts a command: the archive then holds the classes of the second thread's start too
            PackPreload.reset();
            PackPreload.start(run);
            int status = KaoheCli.commandLine(quiet, quiet, run).execute(run);
            if (status != ExitCodes.OK) {
                System.err.println("CDS training: `kaohe " + String.join(" ", run) + "` exited " + status);
                System.exit(status);
            }
        }
    }

    private static String copy(Samples s, String file, String prefix) throws IOException {
        Path to = Path.of(prefix + file);
        try (InputStream in = s.open(file)) {
            Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
        }
        return to.toString();
    }
}
