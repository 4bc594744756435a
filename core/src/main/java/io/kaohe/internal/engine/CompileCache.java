package io.kaohe.internal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.kaohe.internal.pack.PackDescriptor;

/**
 * Compiled rules (the executable model's kjar bytes) kept on disk by the content hash of what they were compiled
 * from, so a command run again on unchanged rules does not compile them again. The key covers the DRL text, the
 * pack (name, version), the Kaohe fact classes the DRL imports (their bytes), the Drools and Java versions: change
 * any and the entry is simply not found. Only builds that succeeded are kept.
 *
 * <p>Where: {@code -Dkaohe.cache.dir} or {@code KAOHE_CACHE_DIR}, else the user's cache directory
 * ({@code $XDG_CACHE_HOME/kaohe} or {@code ~/.cache/kaohe}; {@code %LOCALAPPDATA%\kaohe\cache} on Windows;
 * {@code ~/Library/Caches/kaohe} on macOS). {@code off} turns it off. Safe for concurrent runs: an entry is
 * written to a temporary file and moved into place in one step, and an entry that does not load is rebuilt.
 */
final class CompileCache {
    private static final Logger LOG = LoggerFactory.getLogger(CompileCache.class);
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(io\\.kaohe\\.[\\w.]+)\\s*;?", Pattern.MULTILINE);

    private CompileCache() {}

    /** The cache directory, or null when the cache is off. */
    static Path dir() {
        String set = System.getProperty("kaohe.cache.dir", System.getenv("KAOHE_CACHE_DIR"));
        if (set != null && !set.isBlank()) return set.trim().equalsIgnoreCase("off") ? null : Path.of(set.trim());
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win") && System.getenv("LOCALAPPDATA") != null) return Path.of(System.getenv("LOCALAPPDATA"), "kaohe", "cache");
        if (os.contains("mac")) return Path.of(home, "Library", "Caches", "kaohe");
        String xdg = System.getenv("XDG_CACHE_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "kaohe") : Path.of(home, ".cache", "kaohe");
    }

    /** The key of a build: SHA-256 of everything the compiled model depends on. */
    static String key(PackDescriptor d, Map<String, String> drl) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            update(md, "kaohe-compile-cache 1");
            update(md, d.name() + "\0" + d.version() + "\0" + d.home() + "\0" + d.kbase());
            update(md, String.valueOf(org.kie.api.KieServices.class.getPackage().getImplementationVersion()));
            update(md, System.getProperty("java.version"));
            Map<String, String> classes = new TreeMap<>();
            for (Map.Entry<String, String> e : new TreeMap<>(drl).entrySet()) {
                update(md, e.getKey());
                update(md, e.getValue().replace("\r\n", "\n"));
                Matcher m = IMPORT.matcher(e.getValue());
                while (m.find()) classes.put(m.group(1), m.group(1));
            }
            classes.put("io.kaohe.internal.rules.Checks", "io.kaohe.internal.rules.Checks"); // the global every pack declares
            for (String c : classes.keySet()) {
                try (InputStream in = CompileCache.class.getClassLoader().getResourceAsStream(c.replace('.', '/') + ".class")) {
                    md.update(in == null ? new byte[0] : in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(MessageDigest md, String s) {
        md.update(s.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
    }

    /** The cached kjar of this key, or null (cache off, absent or unreadable). */
    static byte[] get(String key) {
        Path dir = dir();
        if (dir == null) return null;
        Path f = dir.resolve(key + ".kjar");
        try {
            return Files.isRegularFile(f) ? Files.readAllBytes(f) : null;
        } catch (IOException e) {
            LOG.debug("compile cache: cannot read {}", f, e);
            return null;
        }
    }

    /** Keeps a kjar under this key; a failure to write only costs the next run a compile. */
    static void put(String key, byte[] kjar) {
        Path dir = dir();
        if (dir == null) return;
        Path f = dir.resolve(key + ".kjar");
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, key, ".tmp");
            try {
                Files.write(tmp, kjar);
                try {
                    Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            LOG.warn("compile cache: cannot write {}: {}", f, e.toString());
        }
    }

    /** Drops an entry that did not load. */
    static void drop(String key) {
        Path dir = dir();
        if (dir == null) return;
        try {
            Files.deleteIfExists(dir.resolve(key + ".kjar"));
        } catch (IOException e) {
            LOG.debug("compile cache: cannot delete entry {}", key, e);
        }
    }
}
