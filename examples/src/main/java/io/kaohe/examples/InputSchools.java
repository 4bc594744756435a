package io.kaohe.examples;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Function;

import io.kaohe.Engine;

import io.kaohe.internal.json.ByteLines;
import io.kaohe.internal.json.LineParser;
import io.kaohe.internal.json.Parsed;
import io.kaohe.internal.privacy.Mask;
import io.kaohe.model.Teacher;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.TeacherVerdict;

/**
 * The school of each verdict's teacher, read from the dossiers the verdicts were made of ({@code teacher.schoolId}): a
 * verdict does not carry its school, and its table must be filterable by school. The verdicts are in the order of
 * their input lines (a rejected line has none), so the input is walked in step with them, one line at a time, and
 * memory stays flat: the school of a verdict is that of the next input line with the same (masked) teacher ID that
 * the engine would assess. A rejected line is passed over, even one naming the same teacher: the first line of a
 * teacher can be refused for a bad field and a later one assessed, with another school. The input is split and read
 * by assess's own line reader and parser ({@link ByteLines}, {@link LineParser}), so a line is the same line here as
 * there (a lone CR, bytes that are not UTF-8, a byte-order mark, a line over the size limit). (A line refused because
 * a rule failed on it validates, so a later line of the same teacher after one would still be paired with it: a rule
 * failure is a defect of the rules, reported on its own.) Empty where the input has no match.
 */
final class InputSchools implements Function<TeacherVerdict, String>, Closeable {
    private final ByteLines in;
    private final LineParser<TeacherDossier> parser = LineParser.teachers();
    private final Engine engine;
    private boolean ended;

    /**
     * @param input  the dossiers (JSON Lines), closed with this; null: no school known
     * @param engine the engine the verdicts were made by: which lines it would assess
     */
    InputSchools(InputStream input, Engine engine) {
        this.in = input == null ? null : new ByteLines(input);
        this.engine = engine;
        this.ended = input == null;
    }

    @Override
    public String apply(TeacherVerdict v) {
        ByteLines.Line line;
        while (!ended && (line = in.next()) != null) {
            Parsed<TeacherDossier> p = parser.parse(line);
            Teacher t = p.ok() ? p.value().teacher() : null;
            // the ID first: most lines are another teacher's, and validating costs more than comparing
            if (t != null && t.id() != null && v.teacherId().equals(Mask.scrub(t.id())) && engine.validate(p.value()).isEmpty()) {
                return t.schoolId() == null ? "" : Mask.scrub(t.schoolId());
            }
        }
        ended = true;
        return "";
    }

    @Override
    public void close() throws IOException {
        if (in != null) in.close();
    }
}
