package io.kaohe.examples;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import io.kaohe.Kaohe;
import io.kaohe.internal.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kaohe init --pack P DIR}: the pack's editable files (DRL, parameters, clauses, catalog, scenarios with the
 * starter) written into a new rules directory, the officer's starting copy without the source tree. As written they
 * change nothing: {@code check} is OK and {@code test} passes until they are edited.
 */
@Command(name = "init", description = "Write a pack's editable files (DRL, parameters, clauses, scenarios) into a new rules directory.")
final class InitCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    @Mixin
    PackOption pack;

    @Parameters(index = "0", paramLabel = "DIR", description = "the rules directory to create (new or empty)")
    Path dir;

    @Option(names = "--force", description = "write into a directory that is not empty, replacing the pack's files there")
    boolean force;

    @Mixin
    LangOption lang;

    @Override
    public Integer call() {
        Messages texts = lang.texts();
        Map<String, String> files = Kaohe.files(pack.name);
        if (Files.exists(dir) && !Files.isDirectory(dir)) throw CliException.of(ExitCodes.USAGE, "cli.dir.notDir", "DIR", dir);
        if (!force && Files.isDirectory(dir) && !empty(dir)) throw CliException.of(ExitCodes.USAGE, "cli.init.notEmpty", dir);
        PrintWriter out = spec.commandLine().getOut();
        try {
            for (var f : files.entrySet()) {
                Path target = dir.resolve(f.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, f.getValue());
            }
        } catch (IOException e) {
            throw CliException.of(ExitCodes.USAGE, "cli.output.unwritable", "DIR", dir, e.getMessage());
        }
        out.println(texts.get("cli.init.wrote", files.size(), pack.name, dir));
        files.keySet().forEach(f -> out.println("  " + f));
        out.println(texts.get("cli.init.next", pack.name, dir));
        return ExitCodes.OK;
    }

    private static boolean empty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            throw CliException.of(ExitCodes.USAGE, "cli.input.unreadable", "DIR", dir, e.getMessage());
        }
    }
}
