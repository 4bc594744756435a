package io.kaohe.examples;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium for the browser tests, started as a plain process (no driver library): a fresh
 * profile per run, no network services, no first-run, no sync. Where no Chromium is installed the tests
 * using it are skipped with a message saying how to install it.
 */
final class Chromium {
    static final String HOW_TO_INSTALL = "Chromium not found, browser test skipped. Install it (Debian/Ubuntu: "
            + "sudo apt-get install -y chromium) or point CHROMIUM at the binary; .ci/run installs it.";
    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");
    private static final long TIMEOUT_SECONDS = 120;

    private final Path binary;
    private final Path work;

    private Chromium(Path binary, Path work) {
        this.binary = binary;
        this.work = work;
    }

    /** Chromium, or the calling test skipped (JUnit assumption) with {@link #HOW_TO_INSTALL}. */
    static Chromium require(Path work) {
        Optional<Path> found = find();
        assumeTrue(found.isPresent(), HOW_TO_INSTALL);
        return new Chromium(found.get(), work);
    }

    static Optional<Path> find() {
        String env = System.getenv("CHROMIUM");
        if (env != null && !env.isBlank() && Files.isExecutable(Path.of(env))) return Optional.of(Path.of(env));
        String path = System.getenv("PATH");
        if (path == null) return Optional.empty();
        for (String dir : path.split(File.pathSeparator)) {
            for (String name : NAMES) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** What a run printed. */
    record Run(int exit, String stdout, String stderr) {
        /** Messages the page wrote to the console (its own, script errors, blocked loads), as Chromium logs them. */
        List<String> console() {
            return stderr.lines().filter(l -> l.contains(":CONSOLE")).toList();
        }
    }

    /** Runs headless Chromium on a page with these extra switches; console messages go to stderr. */
    Run run(Path page, String... switches) {
        List<String> cmd = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--enable-logging=stderr", "--v=0"));
        try {
            cmd.add("--user-data-dir=" + Files.createTempDirectory(work, "profile"));
            cmd.addAll(List.of(switches));
            cmd.add(page.toUri().toString());
            Path out = Files.createTempFile(work, "chromium", ".out");
            Path err = Files.createTempFile(work, "chromium", ".err");
            Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("Chromium did not finish in " + TIMEOUT_SECONDS + " s: " + cmd);
            }
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
