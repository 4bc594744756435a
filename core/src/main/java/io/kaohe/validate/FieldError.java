package io.kaohe.validate;

/** What is wrong with one field of an input record, by path ({@code records[2].amount}). */
public record FieldError(String path, String message) {
    @Override
    public String toString() { return path + ": " + message; }
}
