package io.kaohe.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Keeps what a test wrote (verdicts, rejects, reports: outputs, never inputs) under
 * {@code target/test-outputs/}, where {@link PersonalDataScan} looks for unmasked personal data after
 * the whole build has run. Temporary directories are gone by then.
 */
final class TestOutputs {
    private TestOutputs() {}

    static final Path ROOT = Path.of("target", "test-outputs");

    static void keep(String name, Path dir, String... files) {
        try {
            Path to = Files.createDirectories(ROOT.resolve(name.replaceAll("[^A-Za-z0-9_.-]", "_")));
            for (String f : files) {
                if (Files.exists(dir.resolve(f))) Files.copy(dir.resolve(f), to.resolve(f), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void keep(String name, String file, String text) {
        try {
            Path to = Files.createDirectories(ROOT.resolve(name.replaceAll("[^A-Za-z0-9_.-]", "_")));
            Files.writeString(to.resolve(file), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
