package io.kaohe.internal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.kaohe.internal.pack.PackDescriptor;

/**
 * Compiled rules (the executable model's kjar bytes) kept on disk by the content hash of what they were compiled
 * from, so a command run again on unchanged rules does not compile them again. The key covers the DRL text, the
 * pack (name, version), the Drools and Java versions, and the whole of every jar (or class directory) holding a
 * Kaohe class the DRL names (imports, static and wildcard imports, names written out in full) and of kaohe-core: the
 * compiled model calls into those classes and the ones they use, so a Kaohe upgrade is a new key even when no
 * imported class itself changed. Change any and the entry is simply not found. Only builds that succeeded are kept.
 *
 * <p>Where: {@code -Dkaohe.cache.dir} or {@code KAOHE_CACHE_DIR}, else the user's cache directory
 * ({@code $XDG_CACHE_HOME/kaohe} or {@code ~/.cache/kaohe}; {@code %LOCALAPPDATA%\kaohe\cache} on Windows;
 * {@code ~/Library/Caches/kaohe} on macOS). {@code off} turns it off. Safe for concurrent runs: an entry is
 * written to a temporary file and moved into place in one step, and an entry that does not load is rebuilt.
 */
final class CompileCache {
    private static final Logger LOG = LoggerFactory.getLogger(CompileCache.class);

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

    /** Any Kaohe name in DRL text: {@code import}, {@code import static}, {@code import io.kaohe.x.*}, a name in full. */
    private static final Pattern KAOHE_NAME = Pattern.compile("\\bio\\.kaohe(?:\\.[\\w$]+)+");
    /** The content hash of each jar or class directory, per JVM: its classes cannot change under a running JVM. */
    private static final Map<Path, byte[]> CONTENT = new ConcurrentHashMap<>();

    /** The key of a build: SHA-256 of everything the compiled model depends on. */
    static String key(PackDescriptor d, Map<String, String> drl) {
        return key(d, drl, CompileCache.class.getClassLoader());
    }

    /** The same, the classes the DRL names being looked up in {@code loader}. */
    static String key(PackDescriptor d, Map<String, String> drl, ClassLoader loader) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            update(md, "kaohe-compile-cache 2");
            update(md, d.name() + "\0" + d.version() + "\0" + d.home() + "\0" + d.kbase());
            update(md, String.valueOf(org.kie.api.KieServices.class.getPackage().getImplementationVersion()));
            update(md, System.getProperty("java.version"));
            // the global every pack declares, and so kaohe-core itself, whatever the DRL imports
            TreeSet<String> contents = new TreeSet<>(List.of(content(loader, "io.kaohe.internal.rules.Checks")));
            for (Map.Entry<String, String> e : new TreeMap<>(drl).entrySet()) {
                update(md, e.getKey());
                update(md, e.getValue().replace("\r\n", "\n"));
                Matcher m = KAOHE_NAME.matcher(e.getValue());
                while (m.find()) contents.add(content(loader, m.group()));
            }
            for (String c : contents) update(md, c);
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The content hash of the jar or class directory holding {@code name} (a class, a member of one, or a package),
     * found by trying ever shorter prefixes; "" when none is found (a name in a comment, a class the build will
     * reject anyway).
     */
    private static String content(ClassLoader loader, String name) {
        String[] parts = name.split("\\.");
        for (int n = parts.length; n >= 2; n--) {
            String res = String.join("/", java.util.Arrays.copyOf(parts, n));
            for (String r : new String[] {res + ".class", res + "/", res}) {
                URL url = loader.getResource(r);
                if (url == null) continue;
                Path root = root(url, r);
                if (root != null) return HexFormat.of().formatHex(CONTENT.computeIfAbsent(root, CompileCache::hash));
                if (r.endsWith(".class")) return HexFormat.of().formatHex(bytes(url)); // only this class, then
            }
        }
        return "";
    }

    /** The jar file or class directory a resource was found in; null for any other kind of location. */
    private static Path root(URL url, String resource) {
        try {
            if ("jar".equals(url.getProtocol())) {
                String spec = url.getPath();
                return Path.of(new URI(spec.substring(0, spec.indexOf("!/"))));
            }
            if ("file".equals(url.getProtocol())) {
                Path p = Path.of(url.toURI());
                for (String ignored : resource.replaceAll("/$", "").split("/")) p = p.getParent();
                return p;
            }
        } catch (URISyntaxException | RuntimeException e) {
            LOG.debug("compile cache: cannot locate {}", url, e);
        }
        return null; // neither a jar file nor a directory (a jar inside a jar, jrt:): the class alone is hashed
    }

    private static byte[] bytes(URL url) {
        try (InputStream in = url.openStream()) {
            return MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("compile cache: cannot read " + url, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SHA-256 of a jar's bytes, or of every file under a directory (its path and bytes, in path order). */
    private static byte[] hash(Path root) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            if (Files.isDirectory(root)) {
                List<Path> files;
                try (Stream<Path> s = Files.walk(root)) {
                    files = s.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path f : files) {
                    update(md, root.relativize(f).toString().replace('\\', '/'));
                    md.update(Files.readAllBytes(f));
                }
            } else {
                md.update(Files.readAllBytes(root));
            }
            return md.digest();
        } catch (IOException e) {
            throw new UncheckedIOException("compile cache: cannot read " + root, e);
        } catch (NoSuchAlgorithmException e) {
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
