package io.kaohe.examples;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.internal.i18n.Messages;
import io.kaohe.model.Reason;
import io.kaohe.internal.scenario.FailureGroups;
import io.kaohe.Scenario;
import io.kaohe.ScenarioResult;
import io.kaohe.internal.scenario.Scenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kaohe test}: run policy-author scenario files; exit 1 when any case fails. Without {@code --scenarios}
 * the pack's own scenarios run (with those of {@code --rules-dir}/scenarios/ laid over them by file name).
 * Failures are grouped by cause (the clauses that came out differently, and which way), so one threshold change
 * reads as one finding; {@code --update} shows how the expectations would be rewritten, {@code --update --yes}
 * writes them.
 */
@Command(name = "test", description = "Run scenario files (YAML/JSON) against a pack; exit 1 on any failing case (a rule that fails on a case fails it, named).")
final class TestCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    @Mixin
    PackOption pack;

    @Option(names = "--scenarios", paramLabel = "DIR",
            description = "a scenario file, or a directory of them (default: the pack's own, with DIR/scenarios/ of --rules-dir over them)")
    Path scenarios;

    @Option(names = "--rules-dir", paramLabel = "DIR", description = "edited rule and parameter files laid over the pack's")
    Path rulesDir;

    @Option(names = "--details", description = "print every failing case in full (default: in full only when it is the only one of its cause)")
    boolean details;

    @Option(names = "--update", description = "show how the failing cases' expectations would be rewritten to what the rules now decide (a diff); "
            + "writes nothing unless confirmed (--yes, or 'y' at the prompt on a terminal). Shipped files are written as copies into DIR/scenarios/")
    boolean update;

    @Option(names = "--yes", description = "with --update: write the rewritten files without asking")
    boolean yes;

    @Mixin
    LangOption lang;

    @Override
    public Integer call() {
        if (yes && !update) throw CliException.of(ExitCodes.USAGE, "cli.test.yesWithoutUpdate");
        Path dir = rulesDir == null ? null : Inputs.directory(rulesDir, "--rules-dir");
        List<Scenario> cases = scenarios != null ? Scenarios.load(Inputs.existing(scenarios, "--scenarios")) : Kaohe.scenarios(pack.name, dir);
        if (cases.isEmpty()) throw CliException.of(ExitCodes.USAGE, "cli.test.none", scenarios);
        Engine engine = pack.engine(rulesDir);
        PrintWriter out = spec.commandLine().getOut();
        Messages texts = lang.texts();
        List<ScenarioResult> results = Scenarios.runAll(engine, cases);
        List<FailureGroups.Group> groups = FailureGroups.of(results);
        for (FailureGroups.Group g : groups) printGroup(out, g, texts);
        int failed = groups.stream().mapToInt(g -> g.cases().size()).sum();
        if (failed > 0 && !details && !update) out.println(texts.get("cli.test.hint"));
        out.println(texts.get("cli.test.summary", cases.size() - failed, failed));
        if (failed == 0) return ExitCodes.OK;
        if (!update) return ExitCodes.FAILURES;
        return new ExpectationRewrite(pack.name, dir, scenarios, spec.commandLine(), texts).run(engine, results, yes);
    }

    /** A cause, the values behind it, then its cases: in full when it is the only one (or with --details), else a line each. */
    private void printGroup(PrintWriter out, FailureGroups.Group g, Messages texts) {
        String cause = g.flips().isEmpty()
                ? texts.get("cli.test.other", g.other())
                : String.join(texts.get("cli.test.and"), g.flips().stream().map(f -> texts.get("cli.test.flip." + f.change(), f.clause())).toList());
        out.println(texts.get("cli.test.group", g.cases().size(), cause));
        for (FailureGroups.Range r : g.ranges()) {
            String values = r.min() == null ? "" : r.min().toString().equals(r.max().toString())
                    ? texts.get("cli.test.range.one", r.min()) : texts.get("cli.test.range", r.min(), r.max());
            String param = r.param() == null ? "" : texts.get("cli.test.range.param", r.param(), String.join(", ", r.paramValues()));
            out.println(texts.get("cli.test.range.line", r.rule(), values, param));
        }
        for (ScenarioResult r : g.cases()) {
            if (details || g.cases().size() == 1) print(out, r, texts);
            else out.println(texts.get("cli.test.case", r.scenario().file(), r.scenario().line(), r.scenario().name()));
        }
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
