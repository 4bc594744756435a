package io.kaohe.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.kaohe.model.Grade;
import io.kaohe.model.Level;
import io.kaohe.model.RubricScore;
import io.kaohe.model.Stage;
import io.kaohe.model.Teacher;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.TeacherVerdict;
import io.kaohe.internal.rules.ProgressUnit;

import org.junit.jupiter.api.Test;

class TallyTest {
    @Test
    void ratesAreFractionsHalfEvenToFourPlaces() {
        assertEquals(new BigDecimal("0.3333"), Tally.rate(1, 3));
        assertEquals(new BigDecimal("0.6667"), Tally.rate(2, 3));
        assertEquals(new BigDecimal("0.0312"), Tally.rate(1, 32), "0.03125 → even: 0.0312 (half-up would give 0.0313)");
        assertEquals(new BigDecimal("0.0938"), Tally.rate(3, 32), "0.09375 → even: 0.0938");
        assertEquals(new BigDecimal("1.0000"), Tally.rate(7, 7));
        assertEquals(new BigDecimal("0.0000"), Tally.rate(0, 7));
        assertNull(Tally.rate(0, 0));
    }

    private static TeacherVerdict verdict(String id, Grade g) {
        return new TeacherVerdict(id, "x", "x-1", LocalDate.of(2023, 1, 1), g != Grade.INCOMPLETE, g, List.of(), List.of(), List.of());
    }

    private static final TeacherDossier SCORED = new TeacherDossier(Teacher.of("T", "S", Stage.PRIMARY), List.of(),
            List.of(RubricScore.of("A1", Level.FAIL, LocalDate.of(2022, 6, 1))));
    private static final TeacherDossier UNSCORED = new TeacherDossier(Teacher.of("T", "S", Stage.PRIMARY), List.of(), List.of());

    @Test
    void failedAndIncompleteTeachersAreNamedSortedAndMerged() {
        Tally.Columns cols = new Tally.Columns(Set.of(), Set.of(), Set.of());
        Tally a = new Tally();
        a.add(verdict("T-9", Grade.FAIL), SCORED, cols);
        a.add(verdict("T-2", Grade.PASS), SCORED, cols);
        a.add(verdict("T-5", Grade.INCOMPLETE), SCORED, cols);
        a.add(verdict("T-1", Grade.FAIL), UNSCORED, cols);
        Tally b = new Tally();
        b.add(verdict("T-3", Grade.INCOMPLETE), UNSCORED, cols);
        b.add(a);
        ProgressUnit.Detail d = b.detail(List.of("S-1 plan"));
        assertEquals(List.of("T-9"), d.failedIds(), "T-1 failed without any assessment result: not named");
        assertEquals(List.of("T-3", "T-5"), d.incompleteIds());
        assertEquals(5, d.assessed());
        assertEquals(List.of("S-1 plan"), d.plansMissing());
        assertEquals(2, d.graded(), "assessment done: T-2 passed, T-9 failed on a score; T-1 failed without any result is not");
    }
}
