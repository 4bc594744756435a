package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.kaohe.Engine;
import io.kaohe.PackInfo;
import io.kaohe.json.TeacherStream.Counts;
import io.kaohe.model.Cohort;
import io.kaohe.model.Grade;
import io.kaohe.model.ProgressReport;
import io.kaohe.model.SchoolDossier;
import io.kaohe.model.SchoolVerdict;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.TeacherVerdict;
import io.kaohe.validate.FieldError;

/** How school lines are split into verdicts and rejects, whatever the pack's school rules decide. */
class SchoolStreamTest {
    /** Records which schools it was asked about; gives each a verdict carrying its id. */
    static class RecordingEngine implements Engine {
        final List<List<String>> calls = new ArrayList<>();

        @Override public String pack() { return "fake"; }
        @Override public String policyVersion() { return "fake-1"; }
        @Override public PackInfo info() { throw new UnsupportedOperationException(); }
        @Override public List<FieldError> validate(TeacherDossier d) { throw new UnsupportedOperationException(); }
        @Override public TeacherVerdict assess(TeacherDossier d) { throw new UnsupportedOperationException(); }
        @Override public ProgressReport progress(Cohort c, LocalDate asOf) { throw new UnsupportedOperationException(); }

        @Override
        public List<SchoolVerdict> assessSchools(List<SchoolDossier> schools) {
            calls.add(schools.stream().map(s -> s.school().id()).toList());
            return schools.stream().map(s -> new SchoolVerdict(s.school().id(), "fake", "fake-1", BigDecimal.TEN, Grade.PASS,
                    List.of(), List.of(), List.of())).toList();
        }
    }

    @Test
    void everyLineEndsInExactlyOneOutputAndValidSchoolsAreAssessedTogether() {
        String input = String.join("\n",
                "{\"school\":{\"id\":\"S-01\",\"batch\":\"2020-2021\"}}",
                "{\"school\":{\"id\":\"S-02\"",
                "{\"school\":{\"id\":\"S-01\"}}",
                "{\"team\":{\"size\":3}}",
                "{\"school\":{\"name\":\"无编号学校\"}}",
                "{\"school\":{\"id\":\"S-03\"},\"itemz\":{}}",
                "",
                "{\"school\":{\"id\":\"S-04\"},\"items\":{\"plan\":2}}") + "\n";
        RecordingEngine engine = new RecordingEngine();
        StringWriter verdicts = new StringWriter();
        StringWriter rejects = new StringWriter();
        Counts c = SchoolStream.assess(engine, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), verdicts, rejects);

        assertEquals(new Counts(8, 2, 6), c);
        assertEquals(List.of(List.of("S-01", "S-04")), engine.calls, "one call with every valid school, in file order");
        List<String> v = verdicts.toString().lines().toList();
        assertEquals(2, v.size());
        assertTrue(v.get(0).startsWith("{\"schoolId\":\"S-01\""));
        assertTrue(v.get(1).startsWith("{\"schoolId\":\"S-04\""));
        List<String> r = rejects.toString().lines().toList();
        assertEquals(6, r.size());
        assertTrue(r.get(0).startsWith("{\"line\":2,"), r.get(0));
        assertTrue(r.get(1).contains("\"line\":3") && r.get(1).contains("duplicate of line 1"), r.get(1));
        assertTrue(r.get(2).contains("\"line\":4") && r.get(2).contains("school: required"), r.get(2));
        assertTrue(r.get(3).contains("\"line\":5") && r.get(3).contains("school.id: required"), r.get(3));
        assertTrue(r.get(4).contains("\"line\":6") && r.get(4).contains("itemz"), r.get(4));
        assertTrue(r.get(5).contains("\"line\":7"), r.get(5));
    }

    @Test
    void aPackWithoutSchoolRulesIsReportedNotHidden() {
        Engine none = new RecordingEngine() {
            @Override
            public List<SchoolVerdict> assessSchools(List<SchoolDossier> schools) {
                throw new UnsupportedOperationException("school assessment: not built yet");
            }
        };
        var in = new ByteArrayInputStream("{\"school\":{\"id\":\"S-01\"}}\n".getBytes(StandardCharsets.UTF_8));
        assertThrows(UnsupportedOperationException.class, () -> SchoolStream.assess(none, in, new StringWriter(), new StringWriter()));
    }
}
