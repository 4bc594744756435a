package io.kaohe.examples;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.i18n.Messages;
import io.kaohe.model.Reason;
import io.kaohe.scenario.Scenario;
import io.kaohe.scenario.ScenarioResult;
import io.kaohe.scenario.Scenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kaohe test}: run policy-author scenario files; exit 1 when any case fails. Without {@code --scenarios}
 * the pack's own scenarios run (with those of {@code --rules-dir}/scenarios/ laid over them by file name).
 */
@Command(name = "test", description = "Run scenario files (YAML/JSON) against a pack; exit 1 on any failing case.")
final class TestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    PackOption pack;

    @Option(names = "--scenarios", paramLabel = "DIR",
            description = "a scenario file, or a directory of them (default: the pack's own, with DIR/scenarios/ of --rules-dir over them)")
    Path scenarios;

    @Option(names = "--rules-dir", paramLabel = "DIR", description = "edited rule and parameter files laid over the pack's")
    Path rulesDir;

    @Mixin
    LangOption lang;

    @Override
    public Integer call() {
        List<Scenario> cases = scenarios != null ? Scenarios.load(Inputs.existing(scenarios, "--scenarios"))
                : Kaohe.scenarios(pack.name, rulesDir == null ? null : Inputs.directory(rulesDir, "--rules-dir"));
        if (cases.isEmpty()) throw CliException.of(ExitCodes.USAGE, "cli.test.none", scenarios);
        Engine engine = pack.engine(rulesDir);
        PrintWriter out = spec.commandLine().getOut();
        Messages texts = lang.texts();
        int failed = 0;
        for (ScenarioResult r : Scenarios.runAll(engine, cases)) {
            if (r.passed()) continue;
            failed++;
            print(out, r, texts);
        }
        out.println(texts.get("cli.test.summary", cases.size() - failed, failed));
        return failed == 0 ? ExitCodes.OK : ExitCodes.FAILURES;
    }

    /** One failing case: where it is, expected against actual, what differs, and every actual reason. */
    private static void print(PrintWriter out, ScenarioResult r, Messages texts) {
        Scenario s = r.scenario();
        out.println(texts.get("cli.test.fail", s.file(), s.line(), s.name()));
        Scenario.Expect x = s.expect();
        out.println(texts.get("cli.test.expected", show(x.grade(), texts), show(x.unmet(), texts)));
        if (r.actual() != null) {
            out.println(texts.get("cli.test.actual", r.actual().grade(), r.actual().unmet()));
        } else if (r.schoolActual() != null) {
            out.println(texts.get("cli.test.actual", r.schoolActual().grade(), r.schoolActual().unmet()));
        }
        r.differences().forEach(d -> out.println("  - " + d));
        List<Reason> reasons = r.actual() != null ? r.actual().reasons()
                : r.schoolActual() != null ? r.schoolActual().reasons() : List.of();
        if (reasons.isEmpty()) return;
        out.println(texts.get("cli.test.reasons"));
        for (Reason reason : reasons) {
            // both texts of the rule: the author edits both
            out.println(texts.get(reason.met() ? "cli.test.reason.met" : "cli.test.reason.unmet", reason.clause(), reason.rule(),
                    reason.message(), reason.messageEn()));
        }
    }

    private static String show(Object expected, Messages texts) {
        return expected == null ? texts.get("cli.test.notChecked") : String.valueOf(expected);
    }
}
