package io.kaohe.internal.stream;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.kaohe.Engine;
import io.kaohe.KaoheException;
import io.kaohe.RuleFailureException;
import io.kaohe.internal.engine.PackEngine;
import io.kaohe.internal.json.ByteLines;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.internal.json.LineParser;
import io.kaohe.internal.json.Parsed;
import io.kaohe.model.SchoolDossier;
import io.kaohe.model.SchoolVerdict;
import io.kaohe.FieldError;
import io.kaohe.internal.validate.SchoolValidator;

/**
 * Assesses a JSON Lines file of school dossiers: school verdicts to one writer, rejects to the other,
 * every input line in exactly one of them. Unlike teachers, schools are assessed together (the cap
 * on excellent schools counts the schools assessed), so the valid dossiers are held in memory and
 * assessed once the whole file is read; rejected lines are not part of that group. Rejects are
 * written as they are found, verdicts at the end, each in input order.
 */
public final class SchoolStream {
    private static final Logger LOG = LoggerFactory.getLogger(SchoolStream.class);

    private SchoolStream() {}

    public static TeacherStream.Counts assess(Engine engine, InputStream in, Writer verdicts, Writer rejects) {
        return assess(engine, in, LineOutput.of(verdicts), LineOutput.of(rejects));
    }

    /** As {@link #assess(Engine, InputStream, Writer, Writer)}, the lines written as UTF-8 bytes, each encoded once. */
    public static TeacherStream.Counts assess(Engine engine, InputStream in, LineOutput verdicts, LineOutput rejects) {
        LineParser<SchoolDossier> parser = LineParser.schools();
        SchoolValidator validator = SchoolValidator.of(PackEngine.info(engine).catalog(), PackEngine.info(engine).parameters(), PackEngine.info(engine).config().form());
        Map<String, Long> seen = new HashMap<>();
        List<Parsed<SchoolDossier>> valid = new ArrayList<>();
        long lines = 0, bad = 0;
        try (ByteLines reader = new ByteLines(in)) {
            ByteLines.Line line;
            while ((line = reader.next()) != null) {
                lines++;
                Parsed<SchoolDossier> p = parser.parse(line);
                if (p.ok()) p = check(parser, validator, p, seen);
                if (p.ok()) {
                    valid.add(p);
                } else {
                    bad++;
                    write(rejects, p);
                }
            }
            long ok = 0, failed = 0;
            List<Parsed<SchoolDossier>> group = valid;
            List<SchoolVerdict> out = null;
            try {
                out = engine.assessSchools(group.stream().map(Parsed::value).toList());
            } catch (RuleFailureException e) {
                // a rule failed: find the schools it fails on (each alone), reject them, assess the others together
                LOG.warn("school assessment: {}", e.getMessage());
                Map<Long, RuleFailureException> failing = new HashMap<>();
                for (Parsed<SchoolDossier> p : valid) {
                    try {
                        engine.assessSchools(List.of(p.value()));
                    } catch (RuleFailureException alone) {
                        failing.put(p.line(), alone);
                    }
                }
                group = valid.stream().filter(p -> !failing.containsKey(p.line())).toList();
                try {
                    out = failing.isEmpty() ? null : engine.assessSchools(group.stream().map(Parsed::value).toList());
                } catch (RuleFailureException again) {
                    out = null;
                }
                if (out == null) {   // it fails only for the group: no school of it can be assessed
                    group.forEach(p -> failing.put(p.line(), e));
                    group = List.of();
                    out = List.of();
                }
                for (Parsed<SchoolDossier> p : valid) {
                    RuleFailureException f = failing.get(p.line());
                    if (f == null) continue;
                    bad++;
                    failed++;
                    write(rejects, parser.ruleFailure(p.line(), p.value().school().id(), f));
                }
            } catch (KaoheException e) {
                // the rules themselves failed: no line can be assessed, each says why
                LOG.warn("school assessment failed: {}", e.getMessage());
                for (Parsed<SchoolDossier> p : valid) {
                    bad++;
                    write(rejects, parser.reject(p.line(), p.value().school().id(), "$: " + e.getMessage()));
                }
                out = List.of();
            }
            for (SchoolVerdict v : out) {
                verdicts.line(KaoheJson.bytes(v));
                ok++;
            }
            verdicts.flush();
            rejects.flush();
            LOG.info("pack {}: {} lines, {} school verdicts, {} rejects ({} rule failures)", engine.pack(), lines, ok, bad, failed);
            return new TeacherStream.Counts(lines, ok, bad, failed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Parsed<SchoolDossier> check(LineParser<SchoolDossier> parser, SchoolValidator validator,
                                               Parsed<SchoolDossier> p, Map<String, Long> seen) {
        SchoolDossier d = p.value();
        String id = d.school() == null ? null : d.school().id();
        List<FieldError> errors = validator.validate(d);
        if (!errors.isEmpty()) return parser.reject(p.line(), id, errors);
        Long first = seen.putIfAbsent(id, p.line());
        if (first != null) {
            return parser.reject(p.line(), id, "school.id: duplicate of line " + first + " (each school once per file)");
        }
        return p;
    }

    private static void write(LineOutput w, Parsed<?> p) throws IOException {
        w.line(KaoheJson.bytes(p.reject()));
    }
}
