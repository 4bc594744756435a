package io.kaohe.shandong.progress;

import static io.kaohe.shandong.progress.Cohorts.Kind.PASS;
import static io.kaohe.shandong.progress.Cohorts.Kind.SHORT_HOURS;
import static io.kaohe.shandong.progress.Cohorts.Kind.TWO_ABILITIES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.kaohe.CohortFormatException;
import io.kaohe.CohortReader;
import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.ProgressInput;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.model.Cohort;
import io.kaohe.model.Grade;
import io.kaohe.model.ProgressReport;
import io.kaohe.model.Reason;
import io.kaohe.model.RecordKind;
import io.kaohe.model.School;
import io.kaohe.model.StudyRecord;
import io.kaohe.model.TeacherAction;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.TeacherVerdict;
import io.kaohe.model.Unit;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Progress in one pass (issue 14's memory, issue 16's "each module does its own job"): a cohort read from its file
 * teacher by teacher gives the report the cohort held in memory gives; no dossier is kept once counted; the report
 * names the teachers needing action from the verdicts it counted.
 */
class StreamingProgressTest {
    static final Engine ENGINE = Kaohe.pack("shandong");
    /** After the school-report deadline (2022-11-25): each teacher is also counted as known on that day. */
    static final LocalDate AS_OF = LocalDate.of(2022, 12, 1);

    private static String json(ProgressReport r) { return KaoheJson.line(r); }

    private static CohortReader read(String document) {
        return io.kaohe.Cohorts.read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aCohortReadFromItsFileGivesTheReportOfTheCohortInMemory() {
        Cohort cohort = ProgressReportTest.cohort();
        String expected = json(ENGINE.progress(cohort, AS_OF));
        ObjectNode doc = (ObjectNode) KaoheJson.MAPPER.valueToTree(cohort);
        try (CohortReader in = read(doc.toString())) {
            assertEquals(expected, json(ENGINE.progress(in, AS_OF)), "schools before teachers: streamed");
            assertEquals(cohort.teachers().size(), in.teachersRead());
        }
        // the schools after the teachers, the seed last: still the same report
        ObjectNode reordered = KaoheJson.MAPPER.createObjectNode();
        reordered.set("teachers", doc.get("teachers"));
        reordered.set("county", doc.get("county"));
        reordered.set("schools", doc.get("schools"));
        reordered.set("seed", doc.get("seed"));
        try (CohortReader in = read(reordered.toString())) {
            assertEquals(expected, json(ENGINE.progress(in, AS_OF)), "teachers first");
        }
    }

    @Test
    void aTeacherThatDoesNotBindIsARejectAtItsPositionAndTheOthersAreCounted() {
        ObjectNode doc = (ObjectNode) KaoheJson.MAPPER.valueToTree(ProgressReportTest.cohort());
        ((ObjectNode) doc.get("teachers").get(1).get("teacher")).put("stage", 7);
        ((ArrayNode) doc.get("teachers")).insert(3, KaoheJson.MAPPER.getNodeFactory().stringNode("not a dossier"));
        try (CohortReader in = read(doc.toString())) {
            ProgressReport r = ENGINE.progress(in, AS_OF);
            assertEquals(List.of(2L, 4L), r.rejects().stream().map(j -> j.line()).toList());
            assertTrue(r.rejects().get(0).error().startsWith("teachers[1].teacher.stage"), r.rejects().get(0).error());
            assertTrue(r.rejects().get(1).error().startsWith("teachers[3]: expected a teacher dossier"), r.rejects().get(1).error());
            assertEquals(ProgressReportTest.cohort().teachers().size() - 1, r.total().assessed());
        }
    }

    @Test
    void aCohortFieldThatDoesNotBindNamesItsLineAndField() {
        String doc = "{\"county\": \"兖州区\",\n \"schools\": [{\"id\": \"S-1\", \"batch\": 2020}],\n \"teachers\": []}";
        CohortFormatException e = assertThrows(CohortFormatException.class, () -> read(doc));
        assertEquals(CohortFormatException.Problem.INVALID, e.problem());
        assertTrue(e.error().path().startsWith("schools[0].batch"), e.error().toString());
        assertEquals(CohortFormatException.Problem.EMPTY, assertThrows(CohortFormatException.class, () -> read(" ")).problem());
        assertEquals(CohortFormatException.Problem.NOT_AN_OBJECT, assertThrows(CohortFormatException.class, () -> read("[]")).problem());
    }

    /**
     * A number no decimal holds (an exponent past an int: Jackson's tree throws it bare, not as its own error) in a
     * cohort field, or in a teacher read while streaming or held until the schools come, refuses the document naming
     * the field, as any other bad value: it ended the run with an internal error.
     */
    @Test
    void aNumberPastAnyDecimalRefusesTheDocumentNamingItsField() {
        ObjectNode doc = (ObjectNode) KaoheJson.MAPPER.valueToTree(ProgressReportTest.cohort());
        ((ObjectNode) doc.get("teachers").get(1).get("records").get(0)).put("amount", "@n@");
        ObjectNode teachersFirst = KaoheJson.MAPPER.createObjectNode();
        teachersFirst.set("teachers", doc.get("teachers"));
        teachersFirst.set("schools", doc.get("schools"));
        ObjectNode seed = KaoheJson.MAPPER.createObjectNode();
        seed.put("seed", "@n@");
        seed.set("schools", doc.get("schools"));
        for (String n : new String[] {"1e2147483648", "-1e2147483648", "1e-2147483649"}) {
            for (ObjectNode d : List.of(doc, teachersFirst, seed)) {
                String text = d.toString().replace("\"@n@\"", n);
                CohortFormatException e = assertThrows(CohortFormatException.class, () -> {
                    try (CohortReader in = read(text)) {
                        ENGINE.progress(in, AS_OF);
                    }
                }, n);
                assertEquals(CohortFormatException.Problem.INVALID, e.problem());
                String path = d == seed ? "seed" : "teachers[1].records[0].amount";
                assertTrue(e.error().path().startsWith(path), n + ": " + e.error());
            }
        }
    }

    /**
     * Memory does not grow with the teachers: dossiers made one at a time by the input, each watched through a weak
     * reference; midway, after a garbage collection, those already counted are gone (the report keeps counts, not
     * dossiers; before issue 14 every valid dossier was kept for the deadline counts).
     */
    @Test
    void noDossierIsKeptOnceCounted() {
        int n = 1200;
        int check = 900;
        List<WeakReference<TeacherDossier>> made = new ArrayList<>();
        int[] alive = {-1};
        List<School> schools = List.of(Cohorts.school("S-1", "2020-2021"), Cohorts.school("S-2", "2021-2022"));
        ProgressInput input = new ProgressInput() {
            @Override public List<School> schools() { return schools; }
            @Override public Map<String, Map<String, LocalDate>> plans() { return Map.of(); }
            @Override public Long seed() { return 7L; }
            @Override public String county() { return "兖州区"; }

            @Override
            public Iterator<Entry> teachers() {
                return new Iterator<>() {
                    int i;

                    @Override public boolean hasNext() { return i < n; }

                    @Override
                    public Entry next() {
                        if (i == check) alive[0] = alive();
                        TeacherDossier d = Cohorts.teacher("T-" + i, i % 2 == 0 ? "S-1" : "S-2", i % 3 == 0 ? TWO_ABILITIES : PASS);
                        made.add(new WeakReference<>(d));
                        i++;
                        return Entry.of(d);
                    }
                };
            }

            private int alive() {
                for (int k = 0; k < 3; k++) System.gc();
                return (int) made.stream().filter(w -> w.get() != null).count();
            }
        };
        ProgressReport r = ENGINE.progress(input, AS_OF);
        assertEquals(n, r.total().assessed());
        assertTrue(alive[0] >= 0 && alive[0] <= 3, alive[0] + " of the " + check + " dossiers counted so far are still held");
        assertEquals(n / 3, r.actions().size(), "every third teacher failed an ability: listed, as a small row");
    }

    /**
     * The teachers needing action are those the report counted, as known on the as-of date: a record dated after it
     * is not yet known (the HTML report once assessed the whole dossier and showed hours the counts left out).
     */
    @Test
    void theTeachersNeedingActionAreThoseTheReportCounted() {
        Cohort base = ProgressReportTest.cohort();
        List<TeacherDossier> teachers = new ArrayList<>(base.teachers());
        TeacherDossier shortHours = Cohorts.teacher("S-1-late", "S-1", SHORT_HOURS);
        List<StudyRecord> records = new ArrayList<>(shortHours.records());
        records.add(StudyRecord.of(RecordKind.ONLINE_COURSE, 30, Unit.HOUR, AS_OF.plusDays(5)));   // not yet known
        teachers.add(new TeacherDossier(shortHours.teacher(), records, shortHours.scores()));
        Cohort cohort = new Cohort(base.county(), base.schools(), teachers, base.seed());

        ProgressReport r = ENGINE.progress(cohort, AS_OF);
        assertEquals(r.total().failed() + r.total().incomplete(), r.actions().size(), "one row per teacher counted FAIL or INCOMPLETE");
        TeacherAction late = r.actions().stream().filter(a -> a.teacherId().equals("S-1-late")).findFirst().orElseThrow();
        assertEquals(Grade.INCOMPLETE, late.grade());
        TeacherVerdict asOf = ENGINE.assess(cohort.teachers().get(teachers.size() - 1).knownOn(AS_OF));
        List<String> unmet = asOf.reasons().stream().filter(x -> !x.met() && x.decision().equals("eligibility"))
                .map(Reason::message).toList();
        assertEquals(unmet, late.items().stream().map(TeacherAction.Item::message).toList(), "the hours known on the as-of date");
        List<String> order = r.actions().stream().map(a -> a.schoolId() + " " + a.teacherId()).toList();
        assertEquals(order.stream().sorted().toList(), order, "by school, then teacher ID");
        assertTrue(KaoheJson.line(r).indexOf("actions") < 0, "not part of the progress JSON");
    }
}
