package io.kaohe.pack;

/**
 * One problem found in a rule, parameter, catalog or scenario file, printed as
 * {@code file:line:column: message} (line and column 0 when unknown).
 */
public record Problem(String file, int line, int column, String message) {
    @Override
    public String toString() { return file + ":" + line + ":" + column + ": " + message; }
}
