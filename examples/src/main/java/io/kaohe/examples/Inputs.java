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
            throw CliException.of(ExitCodes.USAGE, Files.exists(file) ? "cli.input.notFile" : "cli.input.missing", option, file);
        }
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw CliException.of(ExitCodes.USAGE, "cli.input.unreadable", option, file, e.getMessage());
        }
    }

    static Path directory(Path dir, String option) {
        if (!Files.isDirectory(dir)) {
            throw CliException.of(ExitCodes.USAGE, Files.exists(dir) ? "cli.dir.notDir" : "cli.path.missing", option, dir);
        }
        return dir;
    }

    static Path existing(Path path, String option) {
        if (!Files.exists(path)) throw CliException.of(ExitCodes.USAGE, "cli.path.missing", option, path);
        return path;
    }
}
