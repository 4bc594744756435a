package io.kaohe.internal.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a rules directory holds now: relative path → SHA-256 of each rule, parameter or scenario file
 * ({@code .drl}, {@code .yaml}, {@code .yml}, {@code .json}). Compared by content, not by modification time,
 * so two saves within the clock's granularity are still seen; an editor's swap or backup files are ignored.
 */
final class DirectoryFingerprint {
    private DirectoryFingerprint() {}

    /** The fingerprint; an unreadable or vanishing file shows as such (a later poll sees it settle). */
    static Map<String, String> of(Path dir) {
        Map<String, String> out = new TreeMap<>();
        if (!Files.isDirectory(dir)) return out;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (!rel.matches(".*\\.(drl|ya?ml|json)$")) continue;
                try {
                    out.put(rel, RuleFiles.sha256(Files.readString(p)));
                } catch (IOException | java.io.UncheckedIOException e) {
                    out.put(rel, "unreadable: " + e.getMessage());
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            out.put("", "unreadable: " + e.getMessage());
        }
        return out;
    }

    /** One file's entry, keyed by its name as {@link #of} keys it in its directory; no entry when it is absent. */
    static Map<String, String> file(Path f) {
        Map<String, String> out = new TreeMap<>();
        if (!Files.isRegularFile(f)) return out;
        try {
            out.put(f.getFileName().toString(), RuleFiles.sha256(Files.readString(f)));
        } catch (IOException | java.io.UncheckedIOException e) {
            out.put(f.getFileName().toString(), "unreadable: " + e.getMessage());
        }
        return out;
    }
}
