package io.kaohe.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.kaohe.Engine;
import io.kaohe.json.ByteLines;
import io.kaohe.json.KaoheJson;
import io.kaohe.json.LineParser;
import io.kaohe.json.Parsed;
import io.kaohe.json.TeacherStream.Counts;
import io.kaohe.model.SchoolDossier;
import io.kaohe.model.SchoolVerdict;

/**
 * Assesses a JSON Lines file of school dossiers. Unlike teachers, schools are assessed together (caps
 * such as "at most 30% excellent" apply across them), so the readable lines are held in memory; a
 * county has tens of schools, not millions. Every line ends in exactly one of verdicts or rejects.
 */
final class SchoolStream {
    private SchoolStream() {}

    static Counts assess(Engine engine, InputStream in, Writer verdicts, Writer rejects) {
        LineParser<SchoolDossier> parser = LineParser.schools();
        Map<String, Long> seen = new HashMap<>();
        List<SchoolDossier> schools = new ArrayList<>();
        long lines = 0;
        long bad = 0;
        try (ByteLines reader = new ByteLines(in)) {
            ByteLines.Line line;
            while ((line = reader.next()) != null) {
                lines++;
                Parsed<SchoolDossier> p = parser.parse(line);
                if (p.ok()) p = identified(parser, p, seen);
                if (p.ok()) {
                    schools.add(p.value());
                } else {
                    bad++;
                    rejects.write(KaoheJson.line(p.reject()));
                    rejects.write('\n');
                }
            }
            // nothing is written to the verdicts until every school is assessed: the caps need all of them
            List<SchoolVerdict> assessed = engine.assessSchools(schools);
            if (assessed.size() != schools.size()) {
                throw new IllegalStateException("pack " + engine.pack() + " returned " + assessed.size()
                        + " verdicts for " + schools.size() + " schools");
            }
            for (SchoolVerdict v : assessed) {
                verdicts.write(KaoheJson.line(v));
                verdicts.write('\n');
            }
            verdicts.flush();
            rejects.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the school dossiers", e);
        }
        return new Counts(lines, schools.size(), bad);
    }

    /** A school needs an id, once per file. */
    private static Parsed<SchoolDossier> identified(LineParser<SchoolDossier> parser, Parsed<SchoolDossier> p,
                                                    Map<String, Long> seen) {
        var school = p.value().school();
        if (school == null) return parser.reject(p.line(), null, "school: required");
        if (school.id() == null || school.id().isBlank()) return parser.reject(p.line(), null, "school.id: required");
        Long first = seen.putIfAbsent(school.id(), p.line());
        if (first != null) {
            return parser.reject(p.line(), school.id(), "school.id: duplicate of line " + first + " (each school once per file)");
        }
        return p;
    }
}
