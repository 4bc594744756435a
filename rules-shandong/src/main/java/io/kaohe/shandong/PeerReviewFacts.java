package io.kaohe.shandong;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.kaohe.model.RecordKind;
import io.kaohe.model.StudyRecord;
import io.kaohe.model.TeacherDossier;
import io.kaohe.internal.rules.TeacherFacts;

/**
 * What SD-07 sees of a teacher's peer reviews (互学互评): the reviews counted (a kind the pack uses, within the
 * cycle) dated on or before the submission whose results the verdict uses ({@link TeacherFacts#getSubmission()}),
 * all of them while nothing is submitted yet. One per teacher.
 */
public final class PeerReviewFacts {
    private final String teacherId;
    private final LocalDate submission;
    private final BigDecimal beforeSubmission;

    PeerReviewFacts(TeacherDossier d, TeacherFacts facts) {
        this.teacherId = facts.getTeacherId();
        this.submission = facts.getSubmission();
        BigDecimal pr = BigDecimal.ZERO;
        for (StudyRecord r : d.records()) {
            if (r.kind() == RecordKind.PEER_REVIEW && facts.counts(r) && (submission == null || !r.date().isAfter(submission))) {
                pr = pr.add(r.amount());
            }
        }
        this.beforeSubmission = pr;
    }

    /** The teacher's ID (never the national ID). */
    public String getTeacherId() { return teacherId; }

    /** The date of the submission the verdict uses, or null when nothing was assessed yet. */
    public LocalDate getSubmission() { return submission; }

    /** PEER_REVIEW amounts within the cycle dated on or before {@link #getSubmission()} (all of them if none yet). */
    public BigDecimal getPeerReviewsBeforeSubmission() { return beforeSubmission; }

    @Override
    public String toString() { return "PeerReviewFacts[" + teacherId + "]"; }
}
