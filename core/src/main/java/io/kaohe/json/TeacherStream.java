package io.kaohe.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.kaohe.Engine;
import io.kaohe.KaoheException;
import io.kaohe.model.TeacherDossier;
import io.kaohe.validate.InvalidInputException;

/**
 * Assesses a JSON Lines stream of teacher dossiers, writing verdicts as it goes: memory stays flat
 * whatever the input size (one line at a time, plus the set of teacher IDs seen, to reject
 * duplicates). Every input line ends in exactly one of the two outputs.
 */
public final class TeacherStream {
    private static final Logger LOG = LoggerFactory.getLogger(TeacherStream.class);

    private TeacherStream() {}

    /** Lines read, verdicts written, rejects written: {@code lines == verdicts + rejects}. */
    public record Counts(long lines, long verdicts, long rejects) {}

    public static Counts assess(Engine engine, InputStream in, Writer verdicts, Writer rejects) {
        LineParser<TeacherDossier> parser = LineParser.teachers();
        Map<String, Long> seen = new HashMap<>();
        long lines = 0, ok = 0, bad = 0;
        try (ByteLines reader = new ByteLines(in)) {
            ByteLines.Line line;
            while ((line = reader.next()) != null) {
                lines++;
                Parsed<TeacherDossier> p = parser.parse(line);
                if (p.ok()) p = assessOne(engine, parser, p, seen, verdicts);
                if (p.ok()) {
                    ok++;
                } else {
                    bad++;
                    rejects.write(KaoheJson.line(p.reject()));
                    rejects.write('\n');
                }
            }
            verdicts.flush();
            rejects.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LOG.info("pack {}: {} lines, {} verdicts, {} rejects", engine.pack(), lines, ok, bad);
        return new Counts(lines, ok, bad);
    }

    private static Parsed<TeacherDossier> assessOne(Engine engine, LineParser<TeacherDossier> parser,
                                                    Parsed<TeacherDossier> p, Map<String, Long> seen, Writer out)
            throws IOException {
        TeacherDossier d = p.value();
        String id = d.teacher() == null ? null : d.teacher().id();
        // assess validates once; field errors come before the duplicate check, as a bad line's id proves nothing
        String verdict;
        try {
            verdict = KaoheJson.line(engine.assess(d));
        } catch (InvalidInputException e) {
            return parser.reject(p.line(), id, e.errors());
        } catch (KaoheException e) {
            LOG.warn("line {}: {}", p.line(), e.getMessage());
            return parser.reject(p.line(), id, "$: " + e.getMessage());
        }
        Long first = seen.putIfAbsent(id, p.line());
        if (first != null) {
            return parser.reject(p.line(), id, "teacher.id: duplicate of line " + first + " (each teacher once per file)");
        }
        out.write(verdict);
        out.write('\n');
        return p;
    }

    /** Reads a whole file of dossiers (for small inputs and tests); rejects are returned too. */
    public static List<Parsed<TeacherDossier>> readAll(InputStream in) {
        List<Parsed<TeacherDossier>> out = new java.util.ArrayList<>();
        LineParser<TeacherDossier> parser = LineParser.teachers();
        try (ByteLines reader = new ByteLines(in)) {
            ByteLines.Line line;
            while ((line = reader.next()) != null) out.add(parser.parse(line));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

}
