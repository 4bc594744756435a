package io.kaohe.examples.report;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The same input gives the same bytes, for a workbook too: the xlsx writer stamps the document's creation time
 * ({@code dcterms:created} in {@code docProps/core.xml}) with the clock. This stream takes the ZIP the writer writes and
 * copies it, entry by entry as it arrives (a pipe to a copying thread: memory stays flat for any size), to {@code out}
 * with that time left out and every entry's time fixed. Closing it completes the copy; {@code out} stays open.
 */
final class SameBytesZip extends OutputStream {
    /** The DOS epoch, what the writer itself gives every entry. */
    private static final long ENTRY_TIME = java.time.LocalDateTime.of(1980, 1, 1, 0, 0)
            .atZone(java.time.ZoneId.systemDefault()).toInstant().toEpochMilli();
    private static final String CORE = "docProps/core.xml";

    private final PipedOutputStream pipe;
    private final Thread copier;
    private volatile Throwable failure;

    SameBytesZip(OutputStream out) {
        try {
            PipedInputStream in = new PipedInputStream(1 << 16);
            this.pipe = new PipedOutputStream(in);
            this.copier = new Thread(() -> {
                try {
                    copy(in, out);
                } catch (Throwable t) {
                    failure = t;
                    drain(in);
                }
            }, "kaohe-xlsx-copy");
            copier.setDaemon(true);
            copier.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(InputStream in, OutputStream out) throws IOException {
        ZipInputStream zin = new ZipInputStream(in, StandardCharsets.UTF_8);
        ZipOutputStream zout = new ZipOutputStream(new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); }

            @Override
            public void close() throws IOException { flush(); }
        }, StandardCharsets.UTF_8);
        for (ZipEntry e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
            ZipEntry copy = new ZipEntry(e.getName());
            copy.setTime(ENTRY_TIME);
            zout.putNextEntry(copy);
            if (e.getName().equals(CORE)) {
                String xml = new String(zin.readAllBytes(), StandardCharsets.UTF_8);
                zout.write(xml.replaceAll("<dcterms:created[^>]*>[^<]*</dcterms:created>", "").getBytes(StandardCharsets.UTF_8));
            } else {
                zin.transferTo(zout);
            }
            zout.closeEntry();
        }
        zout.close();
        drain(in);
    }

    /** Reads what is left, so that the writer is never blocked on a pipe nobody reads. */
    private static void drain(InputStream in) {
        try {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException ignored) {
            // the writer has gone: nothing more will come
        }
    }

    @Override
    public void write(int b) throws IOException { pipe.write(b); }

    @Override
    public void write(byte[] b, int off, int len) throws IOException { pipe.write(b, off, len); }

    @Override
    public void close() throws IOException {
        pipe.close();
        try {
            copier.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the workbook", e);
        }
        if (failure instanceof IOException io) throw io;
        if (failure != null) throw new IOException("cannot write the workbook", failure);
    }
}
