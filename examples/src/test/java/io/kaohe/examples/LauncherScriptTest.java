package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code examples/kaohe} launcher, run by bash with a stand-in {@code java} that prints the options it was
 * given: it maps the class-data-sharing archive only while the archive is newer than the jar and every jar of
 * lib/, and picks the short-run JVM options unless the run is long or KAOHE_JAVA_OPTS says otherwise.
 */
class LauncherScriptTest {
    private static final String ARCHIVE = "-XX:SharedArchiveFile=";
    private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";

    @TempDir
    Path home;
    private Path jar;
    private Path lib;
    private Path jsa;
    private Path bin;

    @BeforeEach
    void layout() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash");
        Files.copy(Path.of("kaohe"), home.resolve("kaohe"));
        Path target = Files.createDirectories(home.resolve("target"));
        jar = Files.writeString(target.resolve("kaohe.jar"), "jar");
        lib = Files.writeString(Files.createDirectories(target.resolve("lib")).resolve("kaohe-core.jar"), "core");
        jsa = Files.writeString(target.resolve("kaohe.jsa"), "archive");
        age(jar, 100);
        age(lib, 100);
        age(jsa, 50);
        bin = Files.createDirectories(home.resolve("bin"));
        Path java = Files.writeString(bin.resolve("java"), "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void aFreshArchiveIsMappedWithTheShortRunOptions() throws Exception {
        List<String> args = launch(Map.of(), "assess", "--pack", "shandong", "--in", "one.jsonl", "--out", "v.jsonl");
        assertTrue(args.stream().anyMatch(a -> a.startsWith(ARCHIVE) && a.endsWith("target/kaohe.jsa")), "archive: " + args);
        assertTrue(args.contains("-Xshare:auto") && args.contains("-Xlog:cds=off") && args.contains("-Xlog:cds+dynamic=off"), args.toString());
        assertTrue(args.contains(C1_ONLY) && args.contains("-XX:+UseSerialGC"), args.toString());
        assertEquals(List.of("assess", "--pack", "shandong", "--in", "one.jsonl", "--out", "v.jsonl"),
                args.subList(args.indexOf("-jar") + 2, args.size()), "the command's own arguments, unchanged");
    }

    @Test
    void aJarNewerThanTheArchiveStartsWithoutIt() throws Exception {
        age(jar, 10);
        List<String> args = launch(Map.of(), "packs");
        assertTrue(args.stream().noneMatch(a -> a.startsWith(ARCHIVE)), args.toString());
        assertTrue(args.contains(C1_ONLY), "still the short-run options: " + args);
    }

    @Test
    void aLibraryNewerThanTheArchiveStartsWithoutIt() throws Exception {
        age(lib, 10);
        assertTrue(launch(Map.of(), "packs").stream().noneMatch(a -> a.startsWith(ARCHIVE)));
    }

    @Test
    void noArchiveOrKaoheCds0StartsWithoutIt() throws Exception {
        assertTrue(launch(Map.of("KAOHE_CDS", "0"), "packs").stream().noneMatch(a -> a.startsWith(ARCHIVE)));
        Files.delete(jsa);
        assertTrue(launch(Map.of(), "packs").stream().noneMatch(a -> a.startsWith(ARCHIVE)));
    }

    @Test
    void longRunsKeepTheJvmDefaults() throws Exception {
        Path big = home.resolve("big.jsonl");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(65L << 20); // sparse: takes no disk
        }
        Path small = Files.writeString(home.resolve("small.jsonl"), "{}\n");
        assertTrue(launch(Map.of(), "--debug", "serve", "--pack", "shandong").stream().noneMatch(a -> a.startsWith("-XX:Tiered")));
        assertTrue(launch(Map.of(), "assess", "--pack", "shandong", "--in", big.toString()).stream().noneMatch(C1_ONLY::equals));
        assertTrue(launch(Map.of(), "schools", "--in=" + big, "--pack", "shandong").stream().noneMatch(C1_ONLY::equals));
        assertTrue(launch(Map.of(), "generate", "--teachers", "1000000").stream().noneMatch(C1_ONLY::equals));
        assertTrue(launch(Map.of(), "assess", "--in", small.toString()).contains(C1_ONLY));
        assertTrue(launch(Map.of(), "generate", "--teachers=1000").contains(C1_ONLY));
        assertTrue(launch(Map.of(), "check", "--in", big.toString()).contains(C1_ONLY), "only the input of a run that reads it");
        assertTrue(launch(Map.of(), "assess", "--in", "missing.jsonl").contains(C1_ONLY));
    }

    @Test
    void kaoheJavaOptsReplaceTheChosenOptions() throws Exception {
        List<String> args = launch(Map.of("KAOHE_JAVA_OPTS", "-Xmx4g -Dx=1"), "packs");
        assertEquals(List.of("-Xmx4g", "-Dx=1", "-jar"), args.subList(args.indexOf("-Xmx4g"), args.indexOf("-jar") + 1));
        assertTrue(args.stream().noneMatch(C1_ONLY::equals));
        assertTrue(args.stream().anyMatch(a -> a.startsWith(ARCHIVE)), "the archive still: " + args);
        List<String> none = launch(Map.of("KAOHE_JAVA_OPTS", ""), "packs");
        assertEquals(4, none.indexOf("-jar"), "the archive's four options only: " + none);
        assertTrue(none.stream().noneMatch(C1_ONLY::equals), none.toString());
    }

    @Test
    void kaoheJavaOptsAreNeverExpandedAsFilePatterns() throws Exception {
        Files.writeString(home.resolve("-Dglob=matched"), "");   // the launcher runs in home: an unquoted * would match it
        List<String> args = launch(Map.of("KAOHE_JAVA_OPTS", "-Xlog:gc*:file=gc.log -Dglob=*"), "packs");
        assertTrue(args.contains("-Dglob=*") && args.contains("-Xlog:gc*:file=gc.log"), args.toString());
        assertTrue(args.stream().noneMatch("-Dglob=matched"::equals), args.toString());
    }

    private List<String> launch(Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("/bin/bash", home.resolve("kaohe").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(home.toFile()).redirectErrorStream(true);
        pb.environment().remove("KAOHE_JAVA_OPTS");
        pb.environment().remove("KAOHE_CDS");
        pb.environment().put("PATH", bin + ":" + pb.environment().get("PATH"));
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out.lines().toList();
    }

    /** Sets the file's modification time to {@code seconds} ago. */
    private static void age(Path file, long seconds) throws IOException {
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - seconds * 1000));
    }
}
