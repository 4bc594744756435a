package io.kaohe.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.internal.i18n.Messages;
import io.kaohe.internal.scenario.ExpectationUpdate;
import io.kaohe.ScenarioResult;
import io.kaohe.internal.scenario.Scenarios;
import picocli.CommandLine;

/**
 * {@code kaohe test --update}: the failing cases' expectations rewritten to what the rules now decide, shown as a diff
 * per file and written only when confirmed. A scenario file read from {@code --scenarios} is rewritten in place; one
 * of the pack (shipped, or already in {@code DIR/scenarios/}) is written to {@code DIR/scenarios/}, where it replaces
 * the shipped file of the same name.
 */
final class ExpectationRewrite {
    private final String pack;
    private final Path rulesDir;
    private final Path scenarios;
    private final CommandLine cl;
    private final Messages texts;

    /** A file that can be rewritten: its text now and where the new text goes. */
    private record Source(String text, Path target) {}

    ExpectationRewrite(String pack, Path rulesDir, Path scenarios, CommandLine cl, Messages texts) {
        this.pack = pack;
        this.rulesDir = rulesDir;
        this.scenarios = scenarios;
        this.cl = cl;
        this.texts = texts;
    }

    /** Shows the rewrite, writes it if confirmed; exit 0 only when every failing case was rewritten and written. */
    int run(Engine engine, List<ScenarioResult> results, boolean yes) {
        if (scenarios == null && rulesDir == null) throw CliException.of(ExitCodes.USAGE, "cli.test.update.where");
        PrintWriter out = cl.getOut();
        Map<String, Source> sources = sources();
        Map<Path, String> writes = new LinkedHashMap<>();
        List<String> notUpdated = new ArrayList<>();
        int rewritten = 0;
        Map<String, List<ScenarioResult>> byFile = new TreeMap<>();
        results.stream().filter(r -> !r.passed()).forEach(r -> byFile.computeIfAbsent(r.scenario().file(), f -> new ArrayList<>()).add(r));
        for (var e : byFile.entrySet()) {
            Source s = sources.get(e.getKey());
            ExpectationUpdate.Result u = ExpectationUpdate.apply(engine, e.getKey(), s.text(), e.getValue());
            u.notUpdated().forEach(n -> notUpdated.add(e.getKey() + " › " + n));
            if (!u.changed(s.text())) continue;
            out.println("--- " + e.getKey());
            out.println("+++ " + s.target());
            LineDiff.print(out, s.text(), u.text());
            writes.put(s.target(), u.text());
            rewritten += u.updated().size();
        }
        notUpdated.forEach(n -> out.println(texts.get("cli.test.update.cannot", n)));
        out.println(texts.get("cli.test.update.summary", rewritten, writes.size()));
        if (writes.isEmpty()) return ExitCodes.FAILURES;
        if (!yes && !confirmed(out)) {
            out.println(texts.get("cli.test.update.notWritten"));
            return ExitCodes.FAILURES;
        }
        writes.forEach((target, text) -> write(target, text, out));
        return notUpdated.isEmpty() ? ExitCodes.OK : ExitCodes.FAILURES;
    }

    /** Asks on a terminal; anywhere else (a script, a pipe) nothing is written without --yes. */
    private boolean confirmed(PrintWriter out) {
        if (System.console() == null) return false;
        out.print(texts.get("cli.test.update.ask"));
        out.flush();
        try {
            String answer = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return answer != null && answer.strip().toLowerCase(java.util.Locale.ROOT).startsWith("y");
        } catch (IOException e) {
            return false;
        }
    }

    private void write(Path target, String text, PrintWriter out) {
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw CliException.of(ExitCodes.USAGE, "cli.output.unwritable", "--update", target.getParent(), e.getMessage());
        }
        try (AtomicFile f = AtomicFile.create(target, "--update")) {
            f.writer().write(text);
            f.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
        out.println(texts.get("cli.written", target));
    }

    /** File name (as the cases name it) → its text and where a rewrite goes. */
    private Map<String, Source> sources() {
        Map<String, Source> out = new TreeMap<>();
        if (scenarios != null) {
            for (Path f : Scenarios.files(scenarios)) {
                try {
                    out.put(f.getFileName().toString(), new Source(Files.readString(f, StandardCharsets.UTF_8), f));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return out;
        }
        Kaohe.scenarioTexts(pack, rulesDir).forEach((name, text) ->
                out.put(name, new Source(text, rulesDir.resolve("scenarios").resolve(name))));
        return out;
    }
}
