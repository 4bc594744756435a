package io.kaohe.flink;

/**
 * What became of one input line before the duplicate check: a verdict (its JSON line, and the teacher's counts for
 * the school aggregates), or a reject (its JSON line). A Flink POJO.
 */
public class Assessed {
    public long line;
    public String teacherId;
    public String verdict;
    public String reject;
    public SchoolCounts counts;

    public Assessed() {}
}
