package io.kaohe.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.kaohe.fixture.Mentoring;

/** {@link TeacherDossier#knownOn}: what a progress report as of a day sees of a dossier. */
class KnownOnTest {
    static final LocalDate D = LocalDate.of(2021, 8, 15);
    static final Teacher T = Teacher.of("T-1", "S-1", Stage.PRIMARY);

    /** A dated part of the fixture province (io.kaohe.fixture): core drops it as it dropped Zhejiang's final assessment. */
    static DossierParts mentoring(LocalDate day) { return DossierParts.of(java.util.Map.of("mentoring", new Mentoring(3, day))); }

    static StudyRecord hours(LocalDate day) { return StudyRecord.of(RecordKind.ONLINE_COURSE, 10, Unit.HOUR, day); }

    @Test
    void entriesDatedAfterTheDayAreLeftOutAndTheDayItselfIsKept() {
        TeacherDossier d = new TeacherDossier(T, List.of(hours(D), hours(D.plusDays(1))),
                List.of(RubricScore.of("A1", Level.PASS, D), RubricScore.of("A2", Level.PASS, D.plusDays(1))), null,
                mentoring(D.plusDays(1)));
        TeacherDossier k = d.knownOn(D);
        assertEquals(List.of(hours(D)), k.records());
        assertEquals(List.of("A1"), k.scores().stream().map(RubricScore::ability).toList());
        assertNull(k.parts().get("mentoring", Mentoring.class), "a dated part after the day is not known yet");
        assertEquals(D, k.referenceDate().orElseThrow(), "assessed as of the earlier of its own date and the day");
    }

    @Test
    void aDossierAllKnownOnTheDayIsItselfAndAppendingLaterEntriesChangesNothing() {
        TeacherDossier d = new TeacherDossier(T, List.of(hours(D.minusDays(30))), List.of(RubricScore.of("A1", Level.PASS, D.minusDays(3))));
        assertSame(d, d.knownOn(D));
        List<StudyRecord> more = new ArrayList<>(d.records());
        more.add(hours(D.plusDays(200)));
        List<RubricScore> scores = new ArrayList<>(d.scores());
        scores.add(new RubricScore("A1", Level.FAIL, null, D.plusDays(1), 2, null));
        assertEquals(d, new TeacherDossier(T, more, scores, null, mentoring(D.plusDays(1))).knownOn(D));
    }

    @Test
    void aGivenDateAfterTheDayBecomesTheDayAndOneBeforeItStays() {
        TeacherDossier later = new TeacherDossier(T, List.of(hours(D.minusDays(1))), List.of(), D.plusYears(1));
        assertEquals(D, later.knownOn(D).asOf());
        TeacherDossier earlier = new TeacherDossier(T, List.of(hours(D.minusDays(9))), List.of(), D.minusDays(5));
        assertSame(earlier, earlier.knownOn(D));
    }

    @Test
    void nothingKnownYetIsAssessedOnTheDay() {
        TeacherDossier d = new TeacherDossier(T, List.of(hours(D.plusDays(1))), List.of());
        assertEquals(D, d.knownOn(D).referenceDate().orElseThrow());
        assertEquals(D, new TeacherDossier(T, List.of(), List.of()).knownOn(D).asOf());
    }
}
