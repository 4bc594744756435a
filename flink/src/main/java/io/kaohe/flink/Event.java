package io.kaohe.flink;

/**
 * One event of the streaming job, read: its ID and teacher, and the dossier fragment it adds (as JSON), or the
 * reject saying why it could not be read. A Flink POJO.
 */
public class Event {
    public long line;
    public String eventId;
    public String teacherId;
    public String dossier;
    public String reject;

    public Event() {}
}
