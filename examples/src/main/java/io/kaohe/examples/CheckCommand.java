package io.kaohe.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.kaohe.Kaohe;
import io.kaohe.SmokeCohort;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.model.Cohort;
import io.kaohe.model.SchoolDossier;
import io.kaohe.model.TeacherDossier;
import io.kaohe.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kaohe check}: do edited rule, parameter and scenario files build, and do the built rules run? One
 * {@code file:line:column: 中文 — English} per problem (docs/authoring.md lists what each means). When everything
 * builds, every scenario of the pack and a smoke cohort (the pack's bundled samples and {@value #SMOKE} generated
 * teachers, always the same) are run: a rule that throws is a problem at the rule's line.
 */
@Command(name = "check", description = "Check edited DRL, parameter and scenario (DIR/scenarios/) files laid over a pack's, and run them on "
        + "the scenarios and a smoke cohort (exit 1 on any problem).")
final class CheckCommand implements Callable<Integer> {
    /** Generated teachers in the smoke cohort: enough to reach every rule, few enough to take a second. */
    static final int SMOKE = 300;
    private static final long SEED = 15;

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
        long start = System.nanoTime();
        SmokeCohort smoke = smoke(pack.name);
        List<Problem> problems = Kaohe.check(pack.name, Inputs.directory(rulesDir, "--rules-dir"), smoke);
        var out = spec.commandLine().getOut();
        problems.forEach(out::println);
        String s = PackOption.seconds(start);
        spec.commandLine().getErr().println(io.kaohe.internal.engine.DrlCompiler.lastBuildCached()
                ? "检查用时 " + s + " 秒（规则取自编译缓存）— checked in " + s + " s (rules taken from the compile cache)"
                : "检查用时 " + s + " 秒（含规则编译）— checked in " + s + " s (rules compiled)");
        if (!problems.isEmpty()) {
            spec.commandLine().getErr().println(lang.texts().get("cli.check.problems", problems.size()));
            return ExitCodes.FAILURES;
        }
        out.println(lang.texts().get("cli.check.ok", pack.name, rulesDir, smoke.teachers().size() + smoke.schools().size()));
        return ExitCodes.OK;
    }

    /** The pack's bundled samples (teachers, schools, cohort) and {@value #SMOKE} generated teachers; empty for a pack with neither. */
    static SmokeCohort smoke(String pack) {
        List<TeacherDossier> teachers = new ArrayList<>();
        List<SchoolDossier> schools = new ArrayList<>();
        Cohort cohort = null;
        java.time.LocalDate asOf = null;
        var samples = Samples.of(pack);
        if (samples.isPresent()) {
            Samples s = samples.get();
            teachers.addAll(lines(s, Samples.TEACHERS, TeacherDossier.class));
            if (s.has(Samples.SCHOOLS)) schools.addAll(lines(s, Samples.SCHOOLS, SchoolDossier.class));
            if (s.has(Samples.COHORT) && s.has(Samples.DEMO)) {
                cohort = ProgressJob.read(s.open(Samples.COHORT), s.resource(Samples.COHORT));
                asOf = s.asOf();
            }
        }
        SyntheticCohort.of(pack).ifPresent(generator -> {
            var gen = generator.start(SEED);
            for (int i = 1; i <= SMOKE; i++) teachers.add(gen.next(generator.idPrefix() + String.format("SMOKE-%05d", i)));
        });
        return new SmokeCohort(teachers, schools, cohort, asOf);
    }

    /** The lines of a bundled sample that read as {@code type} (the samples hold bad lines on purpose: they are left out). */
    private static <T> List<T> lines(Samples s, String file, Class<T> type) {
        List<T> out = new ArrayList<>();
        try (InputStream in = s.open(file)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                try {
                    if (!line.isBlank()) out.add(KaoheJson.read(line, type));
                } catch (RuntimeException bad) {
                    // a deliberately bad line of the sample
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
