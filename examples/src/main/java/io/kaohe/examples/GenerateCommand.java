package io.kaohe.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.Callable;

import io.kaohe.internal.json.KaoheJson;
import io.kaohe.internal.privacy.NationalIds;
import io.kaohe.spi.CohortGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code kaohe generate}: a synthetic, reproducible cohort of teacher dossiers for benchmarks and demos.
 * Written one line at a time (a million teachers in flat memory), to a file that appears only when complete.
 */
@Command(name = "generate", description = {"Write a synthetic cohort of invented teacher dossiers (JSON Lines) for trials and benchmarks.",
        "The sample generators' spread of hours, attempts and grades over numbered schools, with about"
                + " 5 in 1,000 deliberately bad lines. The same pack, size and seed give the same bytes."})
final class GenerateCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    /** Bad lines per 1,000: enough to exercise the reject path in every benchmark, rare as in real exports. */
    static final int BAD_PER_MILLE = 5;

    @Spec
    CommandSpec spec;

    @Option(names = "--pack", required = true, paramLabel = "PACK", description = "a pack that offers a cohort generator (each shipped pack does; see `kaohe packs`)")
    String pack;

    @Option(names = "--teachers", required = true, paramLabel = "N", description = "lines to write (teachers, bad lines included)")
    long teachers;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the cohort, JSON Lines")
    Path out;

    @Mixin
    LangOption lang;

    @Override
    public Integer call() {
        CohortGenerator generator = SyntheticCohort.of(pack).orElseThrow(() ->
                CliException.of(ExitCodes.USAGE, "cli.generate.noGenerator", pack, String.join(", ", SyntheticCohort.packs())));
        if (teachers < 1) throw CliException.of(ExitCodes.USAGE, "cli.option.atLeastOne", "--teachers", teachers);
        long bad;
        try (AtomicFile file = AtomicFile.create(out, "--out")) {
            bad = write(generator, teachers, seed, file.writer());
            file.commit();
        }
        spec.commandLine().getErr().println(lang.texts().get("cli.generate.wrote", teachers, bad, out));
        return ExitCodes.OK;
    }

    /** Writes the cohort; returns how many lines were made bad on purpose. */
    static long write(CohortGenerator generator, long teachers, long seed, Writer out) {
        CohortGenerator.Teachers source = generator.start(seed);
        // its own stream of draws, so the good teachers do not depend on where the bad lines fall
        Random faults = new Random(seed ^ 0x5DEECE66DL);
        String format = generator.idPrefix() + "%0" + Math.max(4, Long.toString(teachers).length()) + "d";
        String previousId = null;   // the last good line's ID
        long bad = 0;
        try {
            for (long n = 1; n <= teachers; n++) {
                String id = String.format(format, n);
                ObjectNode tree = SampleGenerator.inputTree(source.next(id));
                String line;
                if (faults.nextInt(1000) < BAD_PER_MILLE) {
                    line = spoil(tree, faults.nextInt(5), previousId);
                    bad++;
                } else {
                    line = KaoheJson.MAPPER.writeValueAsString(tree);
                    // a duplicate must copy a line that gets a verdict: the ID of a rejected line is not taken
                    previousId = id;
                }
                out.write(line);
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bad;
    }

    /** One of the usual faults of a school's export: each must end in a reject, naming the field. */
    private static String spoil(ObjectNode tree, int fault, String previousId) {
        ObjectNode teacher = (ObjectNode) tree.get("teacher");
        JsonNode records = tree.get("records");
        JsonNode scores = tree.get("scores");
        switch (fault) {
            case 1 -> {
                if (records instanceof ArrayNode a && !a.isEmpty()) ((ObjectNode) a.get(0)).put("amount", -3);
                else teacher.put("nmae", teacher.path("name").asString());                     // misspelt field
            }
            case 2 -> {
                if (scores instanceof ArrayNode a && !a.isEmpty()) ((ObjectNode) a.get(0)).put("ability", "Z99");
                else teacher.put("stage", "UNIVERSITY");                                        // not a stage
            }
            case 3 -> {
                if (previousId != null) teacher.put("id", previousId);                          // duplicate
                else teacher.remove("id");
            }
            case 4 -> {
                String valid = NationalIds.withCheckDigit("37990119800101123");
                teacher.put("nationalId", valid.substring(0, 17) + (valid.charAt(17) == '1' ? '2' : '1'));
            }
            default -> {
                String text = KaoheJson.MAPPER.writeValueAsString(tree);
                return text.substring(0, text.length() / 2);                                    // truncated JSON
            }
        }
        return KaoheJson.MAPPER.writeValueAsString(tree);
    }
}
