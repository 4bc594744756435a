package io.kaohe.model;

/** What a {@link StudyRecord} records. Which kinds count for what is decided by each pack's rules. */
public enum RecordKind {
    ONLINE_COURSE, SCHOOL_PRACTICE, OFFLINE_TRAINING, RESEARCH_ACTIVITY, PEER_REVIEW, GUIDANCE_PLAN, CASE_SUBMISSION
}
