package io.kaohe.flink;

/**
 * One line of input: its number in its file (or its Kafka offset plus one) and its text, or why it could not be read
 * (bad UTF-8, too long). A Flink POJO: public fields and a no-argument constructor, so Flink serializes it itself.
 */
public class Line {
    public long number;
    public String text;
    public String error;

    public Line() {}

    public Line(long number, String text, String error) {
        this.number = number;
        this.text = text;
        this.error = error;
    }
}
