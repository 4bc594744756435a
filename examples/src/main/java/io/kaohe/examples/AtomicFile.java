package io.kaohe.examples;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private final String option;  // the option that named the file: errors name it
    private final Path temp;      // null: written in place (the target is not a regular file)
    private final FileChannel channel;
    private final Writer writer;
    private OutputStream bytes;   // a binary file's (stream()), null for a text file
    private boolean written;
    private boolean done;

    private AtomicFile(Path target, String option, Path temp, FileChannel channel, Writer writer) {
        this.target = target;
        this.option = option;
        this.temp = temp;
        this.channel = channel;
        this.writer = writer;
    }

    /** @param option the command-line option that named the file, for error messages */
    static AtomicFile create(Path target, String option) {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (!Files.isDirectory(dir)) throw CliException.of(ExitCodes.USAGE, "cli.output.noDir", option, dir);
        if (Files.isDirectory(absolute)) throw CliException.of(ExitCodes.USAGE, "cli.output.isDir", option, absolute);
        try {
            if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
                // /dev/null, a pipe, a terminal: moving a file onto it would replace the device (as root, /dev/null)
                return new AtomicFile(absolute, option, null, null, Files.newBufferedWriter(absolute, StandardCharsets.UTF_8));
            }
            String name = absolute.getFileName().toString();
            removeStale(dir, name);
            Path temp = temp(dir, name);
            FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
            return new AtomicFile(absolute, option, temp, channel,
                    new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw CliException.of(ExitCodes.USAGE, "cli.output.unwritable", option, dir, e.getMessage());
        }
    }

    /** Temporary files of this program: {@code .NAME.kaohe-PID-N.tmp} (before: {@code .NAME.PID-N.tmp}). */
    private static final Pattern TEMP = Pattern.compile("\\.(.*)\\.(?:kaohe-)?(\\d+)-\\d+\\.tmp");
    /** A temporary file untouched this long, whose process is gone, was left by a run that was killed. */
    static final Duration STALE = Duration.ofMinutes(1);

    /**
     * Deletes the temporary files of {@code name} that a killed run left beside it (a killed run of a large input
     * leaves hundreds of megabytes): only regular files of this program's naming, whose process is no longer
     * running on this machine and which nobody has written to for {@link #STALE} (a run on another machine sharing
     * the directory is still writing its own).
     */
    private static void removeStale(Path dir, String name) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, f -> f.getFileName().toString().startsWith("." + name + "."))) {
            for (Path f : files) {
                Matcher m = TEMP.matcher(f.getFileName().toString());
                if (!m.matches() || !m.group(1).equals(name)) continue;
                long pid = Long.parseLong(m.group(2));
                if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) continue;
                BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (!a.isRegularFile() || a.lastModifiedTime().toInstant().isAfter(Instant.now().minus(STALE))) continue;
                Files.deleteIfExists(f);
            }
        } catch (IOException | RuntimeException e) {
            // best effort: a stale file left is harmless, and this run writes its own
        }
    }


    /**
     * A new empty file beside the target, created as any output file is (permissions from the umask; not
     * {@code createTempFile}, whose owner-only permissions the moved output would keep).
     */
    private static Path temp(Path dir, String name) throws IOException {
        for (int i = 0; ; i++) {
            Path temp = dir.resolve("." + name + ".kaohe-" + ProcessHandle.current().pid() + "-" + i + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (i >= 1000) throw e;
            }
        }
    }

    /** The writer of the file; closing it only flushes (the file is closed by {@link #finish}, which syncs it first). */
    Writer writer() {
        return new java.io.FilterWriter(writer) {
            @Override
            public void write(int c) throws IOException {
                try { out.write(c); } catch (IOException e) { throw named(e); }
            }

            @Override
            public void write(char[] b, int off, int len) throws IOException {
                try { out.write(b, off, len); } catch (IOException e) { throw named(e); }
            }

            @Override
            public void write(String s, int off, int len) throws IOException {
                try { out.write(s, off, len); } catch (IOException e) { throw named(e); }
            }

            @Override
            public void flush() throws IOException {
                try { out.flush(); } catch (IOException e) { throw named(e); }
            }

            @Override
            public void close() throws IOException { flush(); }
        };
    }

    /** A failure to write, naming the option and the file (a full disk says which output filled it). */
    private IOException named(IOException e) {
        return new IOException(option + " " + target + ": " + ExitCodes.ioReason(e), e);
    }

    /**
     * The file as bytes (a workbook), for a file never written through {@link #writer}; closing it only flushes (the
     * file is closed by {@link #finish}, which syncs it first).
     */
    OutputStream stream() {
        if (bytes == null) {
            try {
                bytes = new BufferedOutputStream(channel != null ? Channels.newOutputStream(channel) : Files.newOutputStream(target), 1 << 16);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + option + " " + target, e);
            }
        }
        return new java.io.FilterOutputStream(bytes) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                try { out.write(b, off, len); } catch (IOException e) { throw named(e); }
            }

            @Override
            public void write(int b) throws IOException {
                try { out.write(b); } catch (IOException e) { throw named(e); }
            }

            @Override
            public void flush() throws IOException {
                try { out.flush(); } catch (IOException e) { throw named(e); }
            }

            @Override
            public void close() throws IOException { flush(); }
        };
    }

    Path path() { return target; }

    /** The file being written (the temporary file), to read back what was written before it is committed. */
    Path written() { return temp == null ? target : temp; }

    /** Closes the file and moves it into place, replacing any previous file. */
    void commit() {
        publish();   // publish() closes the file first
    }

    /**
     * Writes the file out to the disk (flushed, synced, closed) without putting it in place: the first half of a
     * commit, so that a set of outputs can all be written out before any of them replaces a previous one.
     */
    void finish() {
        if (written) return;
        try {
            if (bytes != null) bytes.flush();
            writer.flush();
            if (channel != null) channel.force(true);
            writer.close();
            if (bytes != null && channel == null) bytes.close();
            written = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + option + " " + target, e);
        }
    }

    /** Moves the finished file into place, replacing any previous file. */
    void publish() {
        finish();
        try {
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
            throw new UncheckedIOException("cannot write " + option + " " + target, e);
        }
    }

    @Override
    public void close() {
        if (done) return;
        try {
            writer.close();
            if (bytes != null && channel == null) bytes.close(); // a device or pipe opened a second time by stream()
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
