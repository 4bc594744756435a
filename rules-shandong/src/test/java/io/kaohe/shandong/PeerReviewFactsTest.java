package io.kaohe.shandong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.kaohe.model.Level;
import io.kaohe.model.RecordKind;
import io.kaohe.model.RubricScore;
import io.kaohe.model.StudyRecord;
import io.kaohe.model.TeacherDossier;
import io.kaohe.internal.rules.FactsFixture;

/** SD-07's fact (moved from core's TeacherFactsTest with the fact): peer reviews on or before the submission the verdict uses. */
class PeerReviewFactsTest {
    private static StudyRecord r(RecordKind k, String amount, String date) {
        return FactsFixture.record(k, amount, date);
    }

    private static PeerReviewFacts facts(List<StudyRecord> records, List<RubricScore> scores) {
        TeacherDossier d = FactsFixture.dossier(records, scores);
        return new PeerReviewFacts(d, FactsFixture.facts(d));
    }

    @Test
    void aReviewOutsideTheCycleDoesNotCount() {
        assertEquals(0, facts(List.of(r(RecordKind.PEER_REVIEW, "1", "2019-06-01")), List.of()).getPeerReviewsBeforeSubmission().signum());
        assertEquals(0, BigDecimal.ONE.compareTo(facts(List.of(r(RecordKind.PEER_REVIEW, "1", "2020-01-01")), List.of()).getPeerReviewsBeforeSubmission()));
    }

    @Test
    void peerReviewsOnOrBeforeTheCountedSubmission() {
        List<StudyRecord> reviews = List.of(r(RecordKind.PEER_REVIEW, "1", "2022-05-31"), r(RecordKind.PEER_REVIEW, "1", "2022-06-01"),
                r(RecordKind.PEER_REVIEW, "4", "2022-06-02"), r(RecordKind.PEER_REVIEW, "8", "2022-07-01"));
        PeerReviewFacts f = facts(reviews, List.of(RubricScore.of("A1", Level.PASS, LocalDate.of(2022, 6, 1)),
                RubricScore.of("B2", Level.PASS, LocalDate.of(2022, 6, 30))));
        assertEquals(LocalDate.of(2022, 6, 30), f.getSubmission());
        assertEquals(0, new BigDecimal("6").compareTo(f.getPeerReviewsBeforeSubmission()));
        PeerReviewFacts none = facts(reviews, List.of());
        assertNull(none.getSubmission());
        assertEquals(0, new BigDecimal("14").compareTo(none.getPeerReviewsBeforeSubmission()), "nothing submitted yet: all count");
    }

    /** The teacher: failed in June, reviewed in November, passed on re-submission in December. */
    @Test
    void aFailedFirstAttemptDoesNotDecideTheSubmission() {
        PeerReviewFacts f = facts(List.of(r(RecordKind.PEER_REVIEW, "1", "2021-11-10")), List.of(
                new RubricScore("A1", Level.FAIL, null, LocalDate.of(2021, 6, 10), 1, null),
                new RubricScore("A1", Level.PASS, null, LocalDate.of(2021, 12, 1), 2, null)));
        assertEquals(LocalDate.of(2021, 12, 1), f.getSubmission());
        assertEquals(0, BigDecimal.ONE.compareTo(f.getPeerReviewsBeforeSubmission()));
    }
}
