package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an output file looks like once {@link AtomicFile} has put it in place. */
class AtomicFileTest {

    @Test
    void outputGetsThePermissionsOfAnyNewFileNotOwnerOnly(@TempDir Path dir) throws Exception {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        Path out = dir.resolve("out.jsonl");
        try (AtomicFile f = AtomicFile.create(out, "--out")) {
            f.writer().write("x\n");
            f.commit();
        }
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(out));
    }

    /** {@code --out /dev/null} must not replace the device with a file: a FIFO stands in for it here. */
    @Test
    void aTargetThatIsNotARegularFileIsWrittenInPlace(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (java.io.IOException e) {
            assumeTrue(false, "mkfifo not available: " + e.getMessage());
            return;
        }
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo, StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try (AtomicFile f = AtomicFile.create(fifo, "--out")) {
            f.writer().write("verdict\n");
            f.commit();
        }
        assertEquals("verdict\n", reader.get(10, TimeUnit.SECONDS));
        assertFalse(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS), "the pipe is still a pipe");
        assertTrue(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS));
        try (var names = Files.list(dir)) {
            assertEquals(1, names.count(), "no temporary file left beside it");
        }
    }
}
