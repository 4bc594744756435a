package io.kaohe.flink;

import io.kaohe.model.TeacherDossier;

/**
 * An event as it arrives (one JSON object per Kafka message): an ID the sender gives it, unique per event and the
 * same when the event is sent again, and a fragment of a teacher dossier (interchange v1): the teacher, and the
 * records and scores (and pack fields, such as Zhejiang's {@code finalAssessment}) the event adds.
 * <pre>{"eventId": "SD-2026-000017", "dossier": {"teacher": {…}, "records": [{…}]}}</pre>
 */
public record EventJson(String eventId, TeacherDossier dossier) {}
