package io.kaohe.examples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Input files and directories named on the command line; a missing one is a usage error (exit 2) naming the path. */
final class Inputs {
    private Inputs() {}

    static InputStream open(Path file, String option) {
        if (!Files.isRegularFile(file)) {
            throw new CliException(2, option + ": cannot read " + file + (Files.exists(file) ? " (not a file)" : " (no such file)"));
        }
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new CliException(2, option + ": cannot read " + file + " (" + e.getMessage() + ")");
        }
    }

    static Path directory(Path dir, String option) {
        if (!Files.isDirectory(dir)) {
            throw new CliException(2, option + ": " + dir + (Files.exists(dir) ? " is not a directory" : " does not exist"));
        }
        return dir;
    }

    static Path existing(Path path, String option) {
        if (!Files.exists(path)) throw new CliException(2, option + ": " + path + " does not exist");
        return path;
    }
}
