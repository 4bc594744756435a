package io.kaohe.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An output file written to a temporary file beside it and moved into place by {@link #commit()}, so
 * that a failed or interrupted run never leaves a half-written file where a complete one is expected.
 * Closing without committing deletes the temporary file. A target that exists and is not a regular file
 * ({@code /dev/null}, a pipe) is written in place: moving a file onto it would replace the device.
 */
final class AtomicFile implements AutoCloseable {
    private final Path target;
    private final Path temp;      // null: written in place (the target is not a regular file)
    private final Writer writer;
    private boolean done;

    private AtomicFile(Path target, Path temp, Writer writer) {
        this.target = target;
        this.temp = temp;
        this.writer = writer;
    }

    /** @param option the command-line option that named the file, for error messages */
    static AtomicFile create(Path target, String option) {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (!Files.isDirectory(dir)) throw CliException.of(ExitCodes.USAGE, "cli.output.noDir", option, dir);
        try {
            if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
                // /dev/null, a pipe, a terminal: moving a file onto it would replace the device (as root, /dev/null)
                return new AtomicFile(absolute, null, Files.newBufferedWriter(absolute, StandardCharsets.UTF_8));
            }
            Path temp = temp(dir, absolute.getFileName().toString());
            return new AtomicFile(absolute, temp, Files.newBufferedWriter(temp, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw CliException.of(ExitCodes.USAGE, "cli.output.unwritable", option, dir, e.getMessage());
        }
    }

    /**
     * A new empty file beside the target, created as any output file is (permissions from the umask; not
     * {@code createTempFile}, whose owner-only permissions the moved output would keep).
     */
    private static Path temp(Path dir, String name) throws IOException {
        for (int i = 0; ; i++) {
            Path temp = dir.resolve("." + name + "." + ProcessHandle.current().pid() + "-" + i + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (i >= 1000) throw e;
            }
        }
    }

    Writer writer() { return writer; }

    Path path() { return target; }

    /** Closes the file and moves it into place, replacing any previous file. */
    void commit() {
        try {
            writer.close();
            if (temp == null) {
                done = true;
                return;
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    @Override
    public void close() {
        if (done) return;
        try {
            writer.close();
        } catch (IOException ignored) {
            // the file is discarded anyway
        }
        if (temp == null) return;
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // best effort: a stray .tmp file is harmless
        }
    }
}
