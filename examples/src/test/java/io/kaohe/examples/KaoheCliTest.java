package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line {@code main} builds for its arguments (issue 17, cold start: only the command named, when it is
 * assess, schools or progress) reads, reports, writes and exits exactly as the command line with every command.
 */
class KaoheCliTest {
    @TempDir
    Path dir;

    @Test
    void onlyACommandNamedFirstIsBuiltAlone() {
        assertEquals(List.of(AssessCommand.class), KaoheCli.alone("assess", "--pack", "shandong"));
        assertEquals(List.of(SchoolsCommand.class), KaoheCli.alone("--debug", "schools", "--help"));
        assertEquals(List.of(ProgressCommand.class), KaoheCli.alone("progress"));
        for (String[] args : new String[][] {{}, {"-h", "assess"}, {"help", "assess"}, {"@args.txt"}, {"demo"}, {"--version"},
                {"asses", "--pack", "shandong"}, {"--debug"}}) {
            assertEquals(KaoheCli.COMMANDS, KaoheCli.alone(args), String.join(" ", args));
        }
    }

    @Test
    void theFullCommandLineHasTheCommandsInTheirOrder() {
        List<String> names = new ArrayList<>(KaoheCli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
                .getSubcommands().keySet());
        assertEquals(List.of("assess", "schools", "progress", "init", "check", "test", "diff", "coverage", "demo", "packs",
                "generate", "serve", "help"), names);
    }

    @Test
    void aCommandAloneAnswersAsAmongAllCommands() throws Exception {
        String teachers = Cli.sample(Samples.TEACHERS, dir).toString();
        String schools = Cli.sample(Samples.SCHOOLS, dir).toString();
        String cohort = Cli.sample(Samples.COHORT, dir).toString();
        String missing = dir.resolve("missing.jsonl").toString();
        List<String[]> runs = List.of(
                new String[] {"assess", "--pack", "shandong", "--in", teachers, "--out", "OUT"},
                new String[] {"--debug", "assess", "--pack", "shandong", "--in", teachers, "--out", "OUT", "--lang", "en"},
                new String[] {"assess", "--pack=shandong", "--in", teachers, "--out", "OUT", "--debug", "--threads", "1"},
                new String[] {"assess", "--help"},
                new String[] {"assess", "-h", "--lang", "en"},
                new String[] {"assess"},
                new String[] {"assess", "--pack", "shandong", "--in", teachers, "--out", "OUT", "--bogus"},
                new String[] {"assess", "--pack", "shandong", "--in", teachers, "--out", "OUT", "extra"},
                new String[] {"assess", "--pack", "shandong", "--in", teachers, "--out", "OUT", "--thread", "2"},
                new String[] {"assess", "--pack", "nosuch", "--in", teachers, "--out", "OUT"},
                new String[] {"assess", "--pack", "shandong", "--in", missing, "--out", "OUT", "--lang", "en"},
                new String[] {"assess", "--pack", "shandong", "--in", teachers, "--out", "OUT", "--threads", "0"},
                new String[] {"assess", "--pack", "shandong", "--in", teachers, "--out", "OUT", "--threads", "x"},
                new String[] {"assess", "--pack", "shandong", "--in", teachers, "--out", "OUT", "--lang", "xx"},
                new String[] {"assess", "--pack", "shandong", "--in", teachers, "--out", "OUT", "--csv", "OUT"},
                new String[] {"schools", "--pack", "shandong", "--in", schools, "--out", "OUT"},
                new String[] {"schools", "--help"},
                new String[] {"schools", "--pak", "shandong"},
                new String[] {"progress", "--pack", "shandong", "--in", cohort, "--as-of", "2023-06-30", "--out", "OUT"},
                new String[] {"progress", "--pack", "shandong", "--in", cohort, "--as-of", "2023-13-01", "--out", "OUT"},
                new String[] {"progress", "--help"},
                new String[] {"progress", "--pack", "shandong"});
        int n = 0;
        for (String[] run : runs) {
            n++;
            Path allOut = dir.resolve("all" + n + ".out");
            Path aloneOut = dir.resolve("alone" + n + ".out");
            String what = String.join(" ", run);
            String[] all = replace(run, allOut);
            String[] alone = replace(run, aloneOut);
            assertEquals(run[0].equals("--debug") ? run[1] : run[0],
                    KaoheCli.alone(alone).get(0).getAnnotation(picocli.CommandLine.Command.class).name(), what);
            Cli.Result expected = run(all, true);
            Cli.Result actual = run(alone, false);
            assertEquals(expected.exit(), actual.exit(), what);
            // the file's name, as the path may come masked (its digits read as personal data)
            String allName = allOut.getFileName().toString();
            String aloneName = aloneOut.getFileName().toString();
            assertEquals(expected.out().replace(allName, "OUT"), actual.out().replace(aloneName, "OUT"), what);
            assertEquals(expected.err().replace(allName, "OUT"), actual.err().replace(aloneName, "OUT"), what);
            assertEquals(Files.exists(allOut), Files.exists(aloneOut), what);
            if (Files.exists(allOut)) assertArrayEquals(Files.readAllBytes(allOut), Files.readAllBytes(aloneOut), what);
        }
        assertTrue(Files.size(dir.resolve("all1.out")) > 0, "the first run writes verdicts");
    }

    private static String[] replace(String[] run, Path out) {
        String[] a = run.clone();
        for (int i = 0; i < a.length; i++) if (a[i].equals("OUT")) a[i] = out.toString();
        return a;
    }

    private static Cli.Result run(String[] args, boolean everyCommand) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter o = new PrintWriter(out, true);
        PrintWriter e = new PrintWriter(err, true);
        int exit = (everyCommand ? KaoheCli.commandLine(o, e) : KaoheCli.commandLine(o, e, args)).execute(args);
        return new Cli.Result(exit, out.toString(), err.toString());
    }
}
