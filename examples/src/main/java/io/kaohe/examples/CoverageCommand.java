package io.kaohe.examples;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.kaohe.Kaohe;
import io.kaohe.internal.engine.PackEngine;
import io.kaohe.internal.engine.PackInfo;
import io.kaohe.internal.coverage.Coverage;
import io.kaohe.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kaohe coverage}: every clause of a pack → the rules implementing it → the scenario cases exercising
 * it, or why it is out of scope. Exit 1 when a clause has neither rule nor reason. Property tests live in the
 * pack's test sources, not in its jar: they are listed in the pack's COVERAGE.md.
 */
@Command(name = "coverage", description = "Clause coverage of a pack: rules and scenario cases per clause (exit 1 on an unexplained clause).")
final class CoverageCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    @Mixin
    PackOption pack;

    @Option(names = "--rules-dir", paramLabel = "DIR", description = "edited rule, parameter and scenario files laid over the pack's")
    Path rulesDir;

    @Mixin
    LangOption lang;

    @Override
    public Integer call() {
        Path dir = rulesDir == null ? null : Inputs.directory(rulesDir, "--rules-dir");
        PackInfo info = PackEngine.info(pack.engine(dir));
        List<Scenario> scenarios = Kaohe.scenarios(pack.name, dir);
        List<Coverage.Row> rows = Coverage.rows(info, scenarios, Map.of());
        PrintWriter out = spec.commandLine().getOut();
        out.print(Coverage.markdown(info, rows, false));
        out.println();
        out.println(lang.texts().get("cli.coverage.properties", pack.name));
        List<String> problems = Coverage.problems(info, rows, scenarios, Map.of());
        problems.forEach(spec.commandLine().getErr()::println);
        return problems.isEmpty() ? ExitCodes.OK : ExitCodes.FAILURES;
    }
}
