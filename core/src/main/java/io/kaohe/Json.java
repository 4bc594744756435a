package io.kaohe;

import java.util.Objects;


/**
 * Kaohe's JSON (interchange v1, docs/interchange-v1.md) for applications: dossiers in, verdicts, rejects and
 * reports out, in exactly the form the {@code kaohe} command line reads and writes. Reading is strict (unknown
 * fields, duplicate keys, a number where text belongs are errors naming the field); writing gives one line per
 * record, fields in declaration order, decimals written plain, byte-identical for the same value.
 *
 * <p>No JSON library type appears here: the mapper behind it is core's own, so an application's Jackson version
 * and configuration neither affect nor are affected by Kaohe's.
 */
public final class Json {
    private Json() {}

    /** {@code value} (a verdict, dossier, report, reject…) as one line of JSON, without a line break. */
    public static String write(Object value) { return Kaohe.backend().writeJson(value, false); }

    /** {@code value} as indented JSON, for single documents people read (a progress report). */
    public static String writePretty(Object value) { return Kaohe.backend().writeJson(value, true); }

    /**
     * One JSON document read as {@code type} ({@code TeacherDossier.class}, {@code SchoolDossier.class},
     * {@code Cohort.class}…).
     *
     * @throws InvalidInputException naming the field that is wrong (personal data masked), when the text is not valid JSON
     *                               or not a valid {@code type}
     */
    public static <T> T read(String json, Class<T> type) {
        return Kaohe.backend().readJson(Objects.requireNonNull(json, "json"), Objects.requireNonNull(type, "type"));
    }
}
