package io.kaohe.examples;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

import io.kaohe.internal.json.KaoheJson;
import io.kaohe.internal.privacy.Mask;
import io.kaohe.model.TeacherVerdict;
import tools.jackson.databind.JsonNode;

/**
 * The school of each verdict's teacher, read from the dossiers the verdicts were made of ({@code teacher.schoolId}): a
 * verdict does not carry its school, and its table must be filterable by school. The verdicts are in the order of
 * their input lines (a rejected line has none), so the input is walked in step with them, one line at a time, and
 * memory stays flat: the school of a verdict is that of the next input line with the same (masked) teacher ID. Lines
 * that are not JSON, or name no teacher, are the rejects and are passed over. Empty where the input has no match.
 */
final class InputSchools implements Function<TeacherVerdict, String>, Closeable {
    private final BufferedReader in;
    private boolean ended;

    /** @param input the dossiers (JSON Lines), closed with this; null: no school known */
    InputSchools(InputStream input) {
        this.in = input == null ? null : new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
        this.ended = input == null;
    }

    @Override
    public String apply(TeacherVerdict v) {
        try {
            String line;
            while (!ended && (line = in.readLine()) != null) {
                JsonNode teacher = teacher(line);
                if (teacher != null && v.teacherId().equals(Mask.scrub(teacher.path("id").asString(null)))) {
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
