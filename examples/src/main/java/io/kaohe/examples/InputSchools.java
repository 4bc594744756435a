package io.kaohe.examples;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

import io.kaohe.Engine;

import io.kaohe.internal.json.KaoheJson;
import io.kaohe.internal.privacy.Mask;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.TeacherVerdict;
import tools.jackson.databind.JsonNode;

/**
 * The school of each verdict's teacher, read from the dossiers the verdicts were made of ({@code teacher.schoolId}): a
 * verdict does not carry its school, and its table must be filterable by school. The verdicts are in the order of
 * their input lines (a rejected line has none), so the input is walked in step with them, one line at a time, and
 * memory stays flat: the school of a verdict is that of the next input line with the same (masked) teacher ID that
 * the engine would assess. A rejected line is passed over, even one naming the same teacher: the first line of a
 * teacher can be refused for a bad field and a later one assessed, with another school. (A line refused because a
 * rule failed on it validates, so a later line of the same teacher after one would still be paired with it: a rule
 * failure is a defect of the rules, reported on its own.) Empty where the input has no match.
 */
final class InputSchools implements Function<TeacherVerdict, String>, Closeable {
    private final BufferedReader in;
    private final Engine engine;
    private boolean ended;
    private boolean first = true;

    /**
     * @param input  the dossiers (JSON Lines), closed with this; null: no school known
     * @param engine the engine the verdicts were made by: which lines it would assess
     */
    InputSchools(InputStream input, Engine engine) {
        this.in = input == null ? null : new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
        this.engine = engine;
        this.ended = input == null;
    }

    @Override
    public String apply(TeacherVerdict v) {
        try {
            String line;
            while (!ended && (line = in.readLine()) != null) {
                if (first && line.startsWith("\uFEFF")) line = line.substring(1); // a BOM, which assess reads past too
                first = false;
                JsonNode teacher = teacher(line);
                if (teacher != null && v.teacherId().equals(Mask.scrub(teacher.path("id").asString(null))) && assessable(line)) {
                    String school = teacher.path("schoolId").asString(null);
                    return school == null ? "" : Mask.scrub(school);
                }
            }
            ended = true;
            return "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the engine would assess the line: it reads as a dossier and every field is valid. */
    private boolean assessable(String line) {
        try {
            return engine.validate(KaoheJson.read(line, TeacherDossier.class)).isEmpty();
        } catch (RuntimeException rejected) {
            return false;
        }
    }

    private static JsonNode teacher(String line) {
        if (line.isBlank()) return null;
        try {
            JsonNode t = KaoheJson.MAPPER.readTree(line).path("teacher");
            return t.isObject() ? t : null;
        } catch (RuntimeException notJson) {
            return null;   // a reject: no verdict was made of it
        }
    }

    @Override
    public void close() throws IOException {
        if (in != null) in.close();
    }
}
