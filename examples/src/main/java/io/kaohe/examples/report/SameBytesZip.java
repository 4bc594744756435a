package io.kaohe.examples.report;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The same input gives the same bytes, for a workbook too: the xlsx writer stamps the document's creation time
 * ({@code dcterms:created} in {@code docProps/core.xml}) with the clock. The workbook is written to a temporary file
 * first and copied from there, entry by entry (streamed: memory stays flat for any size), with that time left out and
 * every entry's time fixed.
 */
final class SameBytesZip {
    /** The DOS epoch, the time the writer itself gives every entry. */
    private static final long ENTRY_TIME = java.time.LocalDateTime.of(1980, 1, 1, 0, 0)
            .atZone(java.time.ZoneId.systemDefault()).toInstant().toEpochMilli();
    private static final String CORE = "docProps/core.xml";

    private SameBytesZip() {}

    /** Copies the ZIP file {@code zip} to {@code out} (left open), in its order, without the creation time. */
    static void copy(Path zip, OutputStream out) throws IOException {
        try (ZipFile in = new ZipFile(zip.toFile(), StandardCharsets.UTF_8);
             ZipOutputStream zout = new ZipOutputStream(new FilterOutputStream(out) {
                 @Override
                 public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); }

                 @Override
                 public void close() throws IOException { flush(); }   // the caller's stream stays open
             }, StandardCharsets.UTF_8)) {
            for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements(); ) {
                ZipEntry e = entries.nextElement();
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(ENTRY_TIME);
                zout.putNextEntry(copy);
                try (InputStream data = in.getInputStream(e)) {
                    if (e.getName().equals(CORE)) {
                        String xml = new String(data.readAllBytes(), StandardCharsets.UTF_8);
                        zout.write(xml.replaceAll("<dcterms:created[^>]*>[^<]*</dcterms:created>", "").getBytes(StandardCharsets.UTF_8));
                    } else {
                        data.transferTo(zout);
                    }
                }
                zout.closeEntry();
            }
        }
    }
}
