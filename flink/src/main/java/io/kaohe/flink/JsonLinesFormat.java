package io.kaohe.flink;

import java.io.IOException;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.reader.SimpleStreamFormat;
import org.apache.flink.connector.file.src.reader.StreamFormat;
import org.apache.flink.core.fs.FSDataInputStream;

import io.kaohe.internal.json.ByteLines;

/**
 * A JSON Lines file read as {@code kaohe assess} reads it (core's {@link ByteLines}: a BOM, CRLF, a last line without
 * a line break, bad UTF-8 and over-long lines named per line), each line numbered from 1. Not splittable: one reader
 * per file, so the numbers are the file's own; on recovery Flink re-reads the file and skips what was emitted.
 */
public final class JsonLinesFormat extends SimpleStreamFormat<Line> {
    private static final long serialVersionUID = 1L;

    @Override
    public StreamFormat.Reader<Line> createReader(Configuration config, FSDataInputStream stream) throws IOException {
        ByteLines lines = new ByteLines(stream);
        return new StreamFormat.Reader<>() {
            @Override
            public Line read() {
                ByteLines.Line l = lines.next();
                return l == null ? null : new Line(l.number(), l.text(), l.error());
            }

            @Override
            public void close() throws IOException { lines.close(); }
        };
    }

    @Override
    public TypeInformation<Line> getProducedType() { return TypeInformation.of(Line.class); }
}
