package io.kaohe.model;

import static io.kaohe.model.Level.EXCELLENT;
import static io.kaohe.model.Level.FAIL;
import static io.kaohe.model.Level.PASS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** CN-02: 优秀 only if every piece is 优秀; 不合格 if any piece is 不合格; else 合格. */
class LevelTest {
    @Test
    void examples() {
        assertEquals(EXCELLENT, Level.fromEvidence(List.of(EXCELLENT)));
        assertEquals(EXCELLENT, Level.fromEvidence(List.of(EXCELLENT, EXCELLENT, EXCELLENT)));
        assertEquals(PASS, Level.fromEvidence(List.of(EXCELLENT, PASS, EXCELLENT)));
        assertEquals(PASS, Level.fromEvidence(List.of(PASS)));
        assertEquals(FAIL, Level.fromEvidence(List.of(EXCELLENT, EXCELLENT, FAIL)));
        assertEquals(FAIL, Level.fromEvidence(List.of(FAIL, PASS)));
    }

    @Test
    void everyCombinationOfUpToFourPieces() {
        for (int n = 1; n <= 4; n++) {
            for (List<Level> pieces : combinations(n)) {
                Level expected = pieces.contains(FAIL) ? FAIL : pieces.stream().allMatch(l -> l == EXCELLENT) ? EXCELLENT : PASS;
                assertEquals(expected, Level.fromEvidence(pieces), pieces.toString());
            }
        }
    }

    @Test
    void noEvidenceIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> Level.fromEvidence(List.of()));
        assertThrows(IllegalArgumentException.class, () -> Level.fromEvidence(null));
    }

    @Test
    void rubricScoreUsesEvidenceOverTheGivenLevel() {
        var s = new RubricScore("A1", null, null, java.time.LocalDate.of(2022, 6, 1), null,
                List.of(new Evidence("教学设计", EXCELLENT), new Evidence("教学反思", FAIL)));
        assertEquals(FAIL, s.effectiveLevel());
        assertEquals(1, s.attemptNumber());
        assertEquals(PASS, RubricScore.of("A1", PASS, java.time.LocalDate.of(2022, 6, 1)).effectiveLevel());
    }

    private static List<List<Level>> combinations(int n) {
        List<List<Level>> out = new ArrayList<>();
        out.add(List.of());
        for (int i = 0; i < n; i++) {
            List<List<Level>> next = new ArrayList<>();
            for (List<Level> l : out) {
                for (Level v : Level.values()) {
                    List<Level> c = new ArrayList<>(l);
                    c.add(v);
                    next.add(c);
                }
            }
            out = next;
        }
        return out;
    }
}
