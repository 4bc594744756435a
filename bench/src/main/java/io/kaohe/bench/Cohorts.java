package io.kaohe.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.kaohe.Engine;
import io.kaohe.examples.KaoheCli;
import io.kaohe.internal.json.Parsed;
import io.kaohe.internal.stream.TeacherStream;
import io.kaohe.model.TeacherDossier;

/** Synthetic cohorts for the benchmarks and tests, made by {@code kaohe generate} itself. */
public final class Cohorts {
    private Cohorts() {}

    /** Writes {@code kaohe generate --pack P --teachers N --seed S --out FILE}. */
    public static Path generate(String pack, int teachers, long seed, Path file) {
        StringWriter err = new StringWriter();
        int status = KaoheCli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err))
                .execute("generate", "--pack", pack, "--teachers", Integer.toString(teachers), "--seed", Long.toString(seed),
                        "--out", file.toString());
        if (status != 0) throw new IllegalStateException("kaohe generate failed (" + status + "): " + err);
        return file;
    }

    /** The dossiers of a cohort file that parse and that the engine accepts (the bad lines left out). */
    public static List<TeacherDossier> valid(Engine engine, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return TeacherStream.readAll(engine, in).stream().filter(Parsed::ok).map(Parsed::value).toList();
        }
    }
}
