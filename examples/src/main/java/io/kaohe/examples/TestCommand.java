package io.kaohe.examples;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.kaohe.Engine;
import io.kaohe.model.Reason;
import io.kaohe.scenario.ScenarioResult;
import io.kaohe.scenario.Scenario;
import io.kaohe.scenario.Scenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kaohe test}: run policy-author scenario files; exit 1 when any case fails. */
@Command(name = "test", description = "Run scenario files (YAML/JSON) against a pack; exit 1 on any failing case.")
final class TestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    PackOption pack;

    @Option(names = "--scenarios", required = true, paramLabel = "DIR", description = "a scenario file, or a directory of them")
    Path scenarios;

    @Option(names = "--rules-dir", paramLabel = "DIR", description = "edited rule and parameter files laid over the pack's")
    Path rulesDir;

    @Override
    public Integer call() {
        List<Scenario> cases = Scenarios.load(Inputs.existing(scenarios, "--scenarios"));
        if (cases.isEmpty()) throw new CliException(ExitCodes.USAGE, "--scenarios: no scenario files (.yaml, .yml, .json) in " + scenarios);
        Engine engine = pack.engine(rulesDir);
        PrintWriter out = spec.commandLine().getOut();
        int failed = 0;
        for (ScenarioResult r : Scenarios.runAll(engine, cases)) {
            if (r.passed()) continue;
            failed++;
            print(out, r);
        }
        out.println((cases.size() - failed) + " passed, " + failed + " failed");
        return failed == 0 ? ExitCodes.OK : ExitCodes.FAILURES;
    }

    private static void print(PrintWriter out, ScenarioResult r) {
        out.println("FAIL " + r.scenario().file() + " › " + r.scenario().name());
        r.differences().forEach(d -> out.println("  - " + d));
        if (r.actual() == null) return;
        out.println("  actual: " + r.actual().grade() + ", unmet " + r.actual().unmet() + "; reasons:");
        for (Reason reason : r.actual().reasons()) {
            out.println("    [" + (reason.met() ? "met" : "unmet") + "] " + reason.clause() + " " + reason.rule()
                    + ": " + reason.message() + " | " + reason.messageEn());
        }
    }
}
