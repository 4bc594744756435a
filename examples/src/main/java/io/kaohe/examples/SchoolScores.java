package io.kaohe.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import io.kaohe.internal.json.KaoheJson;
import io.kaohe.internal.privacy.Mask;
import io.kaohe.model.SchoolVerdict;

/**
 * {@code progress --schools FILE}: the school verdicts {@code kaohe schools} wrote (JSON Lines), school ID → verdict, for
 * the reports to show each school's form score. A line that is not a school verdict is a usage error naming the line.
 */
final class SchoolScores {
    private SchoolScores() {}

    static Map<String, SchoolVerdict> read(Path file, String option) {
        Map<String, SchoolVerdict> out = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Inputs.open(file, option), StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                SchoolVerdict v;
                try {
                    v = KaoheJson.read(line, SchoolVerdict.class);
                } catch (RuntimeException e) {
                    throw CliException.of(ExitCodes.USAGE, "cli.schools.notVerdict", option, file, n, Mask.scrub(e.getMessage()));
                }
                if (v == null || v.schoolId() == null) throw CliException.of(ExitCodes.USAGE, "cli.schools.notVerdict", option, file, n, "schoolId");
                out.put(v.schoolId(), v);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
