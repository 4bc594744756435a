package io.kaohe.examples;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.kaohe.internal.json.KaoheJson;
import tools.jackson.databind.JsonNode;

/**
 * A real reader of .xlsx workbooks for the tests: Python's openpyxl (independent of the writer), run as a process on
 * {@code xlsx_dump.py}, which prints the workbook as JSON. Where no Python with openpyxl is installed the tests using
 * it are skipped with a message saying how to install it (as {@link Chromium}'s are).
 */
public final class XlsxReader {
    public static final String HOW_TO_INSTALL = "openpyxl not found, workbook test skipped. Install it (Debian/Ubuntu: "
            + "sudo apt-get install -y python3-openpyxl) or point PYTHON at a python3 that has it; .ci/run installs it.";
    private static final long TIMEOUT_SECONDS = 300;

    private final Path python;
    private final Path script;

    private XlsxReader(Path python, Path script) {
        this.python = python;
        this.script = script;
    }

    /** The reader, or the calling test skipped (JUnit assumption) with {@link #HOW_TO_INSTALL}. */
    public static XlsxReader require(Path work) {
        Optional<Path> found = find();
        assumeTrue(found.isPresent(), HOW_TO_INSTALL);
        try (InputStream in = XlsxReader.class.getResourceAsStream("xlsx_dump.py")) {
            Path script = work.resolve("xlsx_dump.py");
            Files.write(script, in.readAllBytes());
            return new XlsxReader(found.get(), script);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A python3 that imports openpyxl: $PYTHON, the system's, then any on the PATH. */
    static Optional<Path> find() {
        List<Path> candidates = new ArrayList<>();
        String env = System.getenv("PYTHON");
        if (env != null && !env.isBlank()) candidates.add(Path.of(env));
        candidates.add(Path.of("/usr/bin/python3"));
        String path = System.getenv("PATH");
        if (path != null) for (String dir : path.split(File.pathSeparator)) candidates.add(Path.of(dir, "python3"));
        for (Path p : candidates) {
            if (Files.isExecutable(p) && run(List.of(p.toString(), "-c", "import openpyxl")).exit == 0) return Optional.of(p);
        }
        return Optional.empty();
    }

    /** The workbook as {@code {"sheets": [{"name", "freeze", "filter", "widths", "formats", "rows": [[…]]}]}}. */
    public JsonNode read(Path xlsx) {
        Result r = run(List.of(python.toString(), script.toString(), xlsx.toString()));
        if (r.exit != 0) throw new AssertionError("openpyxl could not read " + xlsx + ": " + r.err);
        return KaoheJson.MAPPER.readTree(r.out);
    }

    /** The sheet of that name. */
    public static JsonNode sheet(JsonNode book, String name) {
        for (JsonNode s : book.get("sheets")) if (s.get("name").asString().equals(name)) return s;
        throw new AssertionError("no sheet " + name + " in " + names(book));
    }

    public static List<String> names(JsonNode book) {
        List<String> out = new ArrayList<>();
        book.get("sheets").forEach(s -> out.add(s.get("name").asString()));
        return out;
    }

    private record Result(int exit, String out, String err) {}

    private static Result run(List<String> cmd) {
        try {
            Path out = Files.createTempFile("xlsx", ".out");
            Path err = Files.createTempFile("xlsx", ".err");
            try {
                Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new AssertionError("timed out: " + cmd);
                }
                return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            return new Result(-1, "", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
