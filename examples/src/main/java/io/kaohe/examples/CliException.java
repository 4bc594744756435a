package io.kaohe.examples;

/** A user error: printed as one line to stderr (no stack trace), ending the command with its exit status. */
final class CliException extends RuntimeException {
    private final int exitCode;

    CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() { return exitCode; }
}
