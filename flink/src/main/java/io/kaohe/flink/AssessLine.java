package io.kaohe.flink;

import java.util.List;
import java.util.Map;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.kaohe.Cohorts;
import io.kaohe.Engine;
import io.kaohe.InvalidInputException;
import io.kaohe.Json;
import io.kaohe.Kaohe;
import io.kaohe.KaoheException;
import io.kaohe.RuleFailureException;
import io.kaohe.internal.json.ByteLines;
import io.kaohe.internal.json.LineParser;
import io.kaohe.internal.json.Parsed;
import io.kaohe.model.CohortStats;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.TeacherVerdict;

/**
 * Parses, validates and assesses one line of teacher dossiers, as {@code kaohe assess} does for each line (the same
 * parser, the same reject texts); the duplicate check, which needs every line of a teacher, is {@link FirstLineWins}'s.
 * The function carries only the pack's name: its {@link Engine} is looked up in {@link #open} on the task manager
 * ({@link Kaohe#pack} keeps one per pack, shared by the slots, thread-safe) and never serialized with the job.
 */
public final class AssessLine extends RichMapFunction<Line, Assessed> {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(AssessLine.class);

    private final String pack;
    private transient Engine engine;
    private transient LineParser<TeacherDossier> parser;

    public AssessLine(String pack) { this.pack = pack; }

    @Override
    public void open(OpenContext context) {
        engine = Kaohe.pack(pack);
        parser = LineParser.teachers();
    }

    @Override
    public Assessed map(Line line) {
        Assessed out = new Assessed();
        out.line = line.number;
        Parsed<TeacherDossier> p = parser.parse(new ByteLines.Line(line.number, line.text, line.error));
        if (!p.ok()) return rejected(out, p);
        TeacherDossier d = p.value();
        String id = d.teacher() == null ? null : d.teacher().id();
        out.teacherId = id;
        try {
            TeacherVerdict v = engine.assess(d);
            out.verdict = Json.write(v);
            Map<String, CohortStats> stats = Cohorts.stats(engine, List.of(d), List.of(v));
            String school = d.teacher().schoolId();
            out.counts = SchoolCounts.of(school, stats.get(school));
            return out;
        } catch (InvalidInputException e) {
            return rejected(out, parser.reject(p.line(), id, e.errors()));
        } catch (RuleFailureException e) {
            // a fault of the rules for this dossier: it alone is rejected, naming the rule, as kaohe assess does
            LOG.warn("line {}: {}", p.line(), e.getMessage());
            return rejected(out, parser.ruleFailure(p.line(), id, e));
        } catch (KaoheException e) {
            LOG.warn("line {}: {}", p.line(), e.getMessage());
            return rejected(out, parser.reject(p.line(), id, "$: " + e.getMessage()));
        }
    }

    private static Assessed rejected(Assessed out, Parsed<TeacherDossier> p) {
        out.reject = Json.write(p.reject());
        return out;
    }
}
