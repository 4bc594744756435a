package io.kaohe.examples;

import java.util.concurrent.Callable;

import io.kaohe.internal.stream.SchoolStream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kaohe schools}: school dossiers in, assessed together; verdicts and rejects out. */
@Command(name = "schools", description = "Assess school dossiers (JSON Lines) together: caps apply across the file.")
final class SchoolsCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    @Mixin
    PackOption pack;

    @Mixin
    LinesOptions files;

    @Override
    public Integer call() {
        return files.run(SchoolStream::assess, () -> pack.engine(null), spec.commandLine().getErr());
    }
}
