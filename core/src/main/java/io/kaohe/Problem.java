package io.kaohe;

/**
 * One problem found in a rule, parameter, catalog or scenario file, printed as
 * {@code file:line:column: message} (line and column 0 when unknown).
 */
public record Problem(String file, int line, int column, String message) {
    /** A problem worded in Chinese with the English after it: {@code 中文 — English}. */
    public static Problem of(String file, int line, int column, String zh, String en) {
        return new Problem(file, line, column, zh + " — " + en);
    }

    @Override
    public String toString() { return file + ":" + line + ":" + column + ": " + message; }
}
