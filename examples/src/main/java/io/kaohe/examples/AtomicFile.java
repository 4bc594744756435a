package io.kaohe.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An output file written to a temporary file beside it and moved into place by {@link #commit()}, so
 * that a failed or interrupted run never leaves a half-written file where a complete one is expected.
 * Closing without committing deletes the temporary file.
 */
final class AtomicFile implements AutoCloseable {
    private final Path target;
    private final Path temp;
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
            Path temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
            return new AtomicFile(absolute, temp, Files.newBufferedWriter(temp, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw CliException.of(ExitCodes.USAGE, "cli.output.unwritable", option, dir, e.getMessage());
        }
    }

    Writer writer() { return writer; }

    Path path() { return target; }

    /** Closes the file and moves it into place, replacing any previous file. */
    void commit() {
        try {
            writer.close();
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
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // best effort: a stray .tmp file is harmless
        }
    }
}
