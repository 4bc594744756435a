package io.kaohe.examples;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.internal.engine.PackEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kaohe packs}: the installed rule packs with their policy versions; {@code --files}: every file with its SHA-256. */
@Command(name = "packs", description = "List the installed rule packs and their policy versions.")
final class PacksCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    @Option(names = "--files", description = "also list every rule, parameter, clause and catalog file with its SHA-256")
    boolean files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (Kaohe.packs().isEmpty()) out.println("no rule pack installed");
        for (String name : Kaohe.packs()) {
            Engine engine = Kaohe.pack(name);
            out.println(name + "\t" + engine.policyVersion() + "\t" + PackEngine.info(engine).title());
            if (files) PackEngine.info(engine).files().forEach(f -> out.println("  " + f.file() + "\t" + f.sha256() + "\t" + f.origin()));
        }
        return ExitCodes.OK;
    }
}
