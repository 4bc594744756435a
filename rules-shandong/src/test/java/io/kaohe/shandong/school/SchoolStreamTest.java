package io.kaohe.shandong.school;

import static io.kaohe.shandong.school.SchoolDossiers.bd;
import static io.kaohe.shandong.school.SchoolDossiers.full;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.internal.stream.SchoolStream;
import io.kaohe.internal.stream.TeacherStream;
import io.kaohe.model.Reject;
import io.kaohe.model.SchoolVerdict;
import io.kaohe.InvalidInputException;

/** JSON Lines of school dossiers: every line ends in exactly one output; bad lines are clear rejects. */
class SchoolStreamTest {
    static final Engine ENGINE = Kaohe.pack("shandong");

    record Run(TeacherStream.Counts counts, List<SchoolVerdict> verdicts, List<Reject> rejects) {}

    static Run run(List<String> lines) {
        StringWriter v = new StringWriter();
        StringWriter r = new StringWriter();
        byte[] in = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        TeacherStream.Counts c = SchoolStream.assess(ENGINE, new ByteArrayInputStream(in), v, r);
        List<SchoolVerdict> verdicts = new ArrayList<>();
        for (String l : v.toString().split("\n")) if (!l.isEmpty()) verdicts.add(KaoheJson.read(l, SchoolVerdict.class));
        List<Reject> rejects = new ArrayList<>();
        for (String l : r.toString().split("\n")) if (!l.isEmpty()) rejects.add(KaoheJson.read(l, Reject.class));
        return new Run(c, verdicts, rejects);
    }

    static String line(Object o) { return KaoheJson.line(o); }

    @Test
    void badLinesAreRejectedAndTheRestAssessed() {
        String good = line(SchoolDossiers.withTotal("S-1", bd(100)));
        List<String> lines = List.of(
                good,                                                                          // 1 ok
                "{\"school\": {\"id\": \"S-2\"",                                               // 2 malformed
                line(SchoolDossiers.withItem(full("S-3"), "plna", bd(1))),                      // 3 unknown item key
                line(SchoolDossiers.withItem(full("S-4"), "plan", bd(3))),                      // 4 above max (2)
                good,                                                                          // 5 duplicate of 1
                line(SchoolDossiers.withItem(full("S-6"), "help", bd(-1))),                     // 6 negative
                line(SchoolDossiers.withAbilities(full("S-7"), List.of("A1", "A3", "A5", "A6", "B1", "B2", "B6", "C44"))), // 7
                line(SchoolDossiers.withTotal("S-8", bd(85))),                                  // 8 ok
                line(SchoolDossiers.withItem(full("S-9"), "team", bd(1))));                     // 9 computed item given
        Run run = run(lines);
        assertEquals(new TeacherStream.Counts(9, 2, 7), run.counts());
        assertEquals(List.of("S-1", "S-8"), run.verdicts().stream().map(SchoolVerdict::schoolId).toList());
        assertEquals(List.of(2L, 3L, 4L, 5L, 6L, 7L, 9L), run.rejects().stream().map(Reject::line).toList());

        Reject malformed = run.rejects().get(0);
        assertTrue(malformed.error().contains("malformed JSON"), malformed.error());
        Reject unknown = run.rejects().get(1);
        assertEquals("S-3", unknown.schoolId());
        assertTrue(unknown.error().startsWith("items.plna: unknown item key 'plna'"), unknown.error());
        assertTrue(unknown.error().contains("did you mean 'plan'"), unknown.error());
        Reject above = run.rejects().get(2);
        assertTrue(above.error().startsWith("items.plan: is 3, above the item's maximum of 2"), above.error());
        assertTrue(above.error().contains("school.item.plan.max"), above.error());
        Reject dup = run.rejects().get(3);
        assertEquals("S-1", dup.schoolId());
        assertTrue(dup.error().startsWith("school.id: duplicate of line 1"), dup.error());
        assertTrue(run.rejects().get(4).error().startsWith("items.help: must not be negative"), run.rejects().get(4).error());
        assertTrue(run.rejects().get(5).error().startsWith("abilities[7]: unknown ability code 'C44'"), run.rejects().get(5).error());
        assertTrue(run.rejects().get(6).error().startsWith("items.team: is decided from data"), run.rejects().get(6).error());
        for (Reject r : run.rejects()) assertNull(r.teacherId());
    }

    @Test
    void theCapCountsOnlyTheSchoolsAssessed() {
        // 4 valid schools → ⌊30% × 4⌋ = 1 excellent; the 6 rejected lines do not raise the quota
        List<String> lines = new ArrayList<>();
        lines.add(line(SchoolDossiers.withTotal("S-1", bd(100))));
        lines.add(line(SchoolDossiers.withTotal("S-2", bd(99))));
        lines.add(line(SchoolDossiers.withTotal("S-3", bd(98))));
        lines.add(line(SchoolDossiers.withTotal("S-4", bd(97))));
        for (int i = 0; i < 6; i++) lines.add("not json " + i);
        Run run = run(lines);
        assertEquals(new TeacherStream.Counts(10, 4, 6), run.counts());
        assertEquals(1, run.verdicts().stream().filter(v -> v.grade() == io.kaohe.model.Grade.EXCELLENT).count());
    }

    @Test
    void unknownFieldsAndWrongTypesNameTheirPath() {
        Run run = run(List.of(
                "{\"school\":{\"id\":\"S-1\",\"enviroment\":\"HYBRID\"},\"cohort\":{\"teachers\":1}}",
                "{\"school\":{\"id\":\"S-2\"},\"items\":{\"plan\":\"two\"},\"cohort\":{\"teachers\":1}}",
                "",
                "{\"school\":{\"id\":\"S-3\"}}"));
        assertEquals(4, run.counts().rejects());
        assertTrue(run.rejects().get(0).error().startsWith("school.enviroment: unknown field"), run.rejects().get(0).error());
        assertTrue(run.rejects().get(0).error().contains("environment"), run.rejects().get(0).error());
        assertTrue(run.rejects().get(1).error().startsWith("items.plan:"), run.rejects().get(1).error());
        assertTrue(run.rejects().get(2).error().contains("empty line"), run.rejects().get(2).error());
        assertTrue(run.rejects().get(3).error().startsWith("cohort: required"), run.rejects().get(3).error());
    }

    @Test
    void theApiRejectsInvalidSchoolsNamingIndexAndField() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ENGINE.assessSchools(List.of(
                full("S-1"), SchoolDossiers.withItem(full("S-2"), "innovation", bd(6)), full("S-1"))));
        assertEquals(List.of("[1].items.innovation", "[2].school.id"), e.errors().stream().map(f -> f.path()).toList());
    }

    @Test
    void anEmptyFileHasNoVerdictAndNoReject() {
        Run run = run(List.of());
        assertEquals(new TeacherStream.Counts(0, 0, 0), run.counts());
    }
}
