package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Scans what the whole build's tests left behind for unmasked personal data: every module's
 * surefire-reports (the *-output.txt files hold each test class's stdout and stderr, so every log line;
 * the XML reports hold system-out and failure messages) and {@code target/test-outputs/} (the verdicts,
 * rejects and reports tests keep there). Test inputs are not scanned: they carry unmasked IDs on purpose
 * and never live in those places.
 *
 * <p>Not a {@code *Test}: the default surefire run skips it; bench's pom runs it in the {@code verify}
 * phase of the last module of the reactor, after every module's tests have run.
 */
class PersonalDataScan {
    /** The project root: the parent of the module running the scan. */
    static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    @Test
    void noTestOutputOrLogHoldsAnUnmaskedIdOrMobileNumber() {
        List<Path> files = files(ROOT);
        System.out.println("personal data scan: " + files.size() + " files under " + ROOT);
        assertTrue(files.stream().anyMatch(f -> f.toString().contains("core" + java.io.File.separator + "target")),
                "core's test reports are among the files scanned");
        List<String> leaks = scan(files);
        assertTrue(leaks.isEmpty(), "unmasked personal data:\n" + String.join("\n", leaks));
    }

    /** The files scanned under {@code root}: each module's surefire reports and kept test outputs. */
    static List<Path> files(Path root) {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path m : modules.filter(Files::isDirectory).sorted().toList()) {
                for (Path dir : List.of(m.resolve("target/surefire-reports"), m.resolve("target/test-outputs"))) {
                    if (!Files.isDirectory(dir)) continue;
                    try (Stream<Path> walk = Files.walk(dir)) {
                        walk.filter(Files::isRegularFile).filter(PersonalDataScan::scanned).sorted().forEach(out::add);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static boolean scanned(Path f) {
        String n = f.getFileName().toString();
        // this scan's own report is written while it runs
        return !n.contains("PersonalDataScan") && (n.endsWith(".txt") || n.endsWith(".xml") || n.endsWith(".json")
                || n.endsWith(".jsonl") || n.endsWith(".dumpstream") || n.endsWith(".csv") || n.endsWith(".html"));
    }

    /** Every leak found, as {@code file: what (masked)}. */
    static List<String> scan(List<Path> files) {
        List<String> leaks = new ArrayList<>();
        for (Path f : files) {
            try {
                String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                for (String found : PersonalData.find(text)) leaks.add(f + ": " + found);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return leaks;
    }
}
