package io.kaohe.examples;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.kaohe.Kaohe;
import io.kaohe.internal.diff.PolicyDiff;
import io.kaohe.internal.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kaohe diff}: what an edit would change. Assesses the same dossiers under the shipped rules and the
 * edited ones and lists every teacher whose grade or unmet clauses change, with counts per change.
 * Prints teacher IDs, grades and clause IDs only (never personal data); sorted, so the same input gives the
 * same bytes. A rule that fails on a dossier (under either rules) makes that teacher's result {@code RULE_FAILED}; the
 * failures are listed with the rule, its clause and file:line, and the exit status is 1.
 */
@Command(name = "diff", description = "Compare shipped and edited rules on the same teacher dossiers (what-if); a rule that fails on a dossier is listed, exit 1.")
final class DiffCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    @Mixin
    PackOption pack;

    @Option(names = "--rules-dir", required = true, paramLabel = "DIR", description = "edited rule and parameter files")
    Path rulesDir;

    @Option(names = "--in", required = true, paramLabel = "FILE", description = "teacher dossiers, JSON Lines")
    Path in;

    @Mixin
    LangOption lang;

    @Override
    public Integer call() throws Exception {
        var edited = pack.engine(Inputs.directory(rulesDir, "--rules-dir"));
        PolicyDiff.Report r;
        try (InputStream dossiers = Inputs.open(in, "--in")) {
            r = PolicyDiff.diff(Kaohe.pack(pack.name), edited, dossiers);
        }
        PrintWriter out = spec.commandLine().getOut();
        Messages texts = lang.texts();
        out.println(texts.get("cli.diff.title", r.before(), r.after()));
        out.println(texts.get("cli.diff.counts", r.dossiers(), r.rejected(), r.changes().size()));
        r.counts().forEach((kind, n) -> out.println(kind + ": " + n));
        if (!r.changes().isEmpty()) out.println(texts.get("cli.diff.columns"));
        for (PolicyDiff.Change c : r.changes()) {
            out.println(c.teacherId() + "\t" + c.kind() + "\t" + c.unmetBefore() + " → " + c.unmetAfter());
        }
        if (r.ruleFailures().isEmpty()) return ExitCodes.OK;
        // a rule that fails on a dossier is a fault of those rules: listed (masked, no stack trace), the run completes, exit 1
        out.println(texts.get("cli.diff.ruleFailures", r.ruleFailures().size()));
        for (PolicyDiff.RuleFailure f : r.ruleFailures()) {
            out.println(f.teacherId() + "\t" + texts.get(f.edited() ? "cli.diff.edited" : "cli.diff.shipped") + "\t"
                    + f.error().getMessage(lang.messages()));
        }
        spec.commandLine().getErr().println("kaohe diff: " + texts.get("cli.diff.ruleFailed", r.ruleFailures().size()));
        return ExitCodes.FAILURES;
    }
}
