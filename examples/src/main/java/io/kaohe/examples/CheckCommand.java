package io.kaohe.examples;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.kaohe.Kaohe;
import io.kaohe.pack.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kaohe check}: do edited rule, parameter and scenario files build? One {@code file:line:column: 中文 — English}
 * per problem (docs/authoring.md lists what each means).
 */
@Command(name = "check", description = "Check edited DRL, parameter and scenario (DIR/scenarios/) files laid over a pack's (exit 1 on any problem).")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    @Mixin
    PackOption pack;

    @Option(names = "--rules-dir", required = true, paramLabel = "DIR", description = "edited rule and parameter files")
    Path rulesDir;

    @Mixin
    LangOption lang;

    @Override
    public Integer call() {
        List<Problem> problems = Kaohe.check(pack.name, Inputs.directory(rulesDir, "--rules-dir"));
        var out = spec.commandLine().getOut();
        problems.forEach(out::println);
        if (!problems.isEmpty()) {
            spec.commandLine().getErr().println(lang.texts().get("cli.check.problems", problems.size()));
            return ExitCodes.FAILURES;
        }
        out.println(lang.texts().get("cli.check.ok", pack.name, rulesDir));
        return ExitCodes.OK;
    }
}
