package io.kaohe.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.model.Cohort;
import io.kaohe.model.SchoolDossier;

/** Runs the command line in-process, as {@code java -jar kaohe.jar} would, capturing stdout, stderr and the exit status. */
final class Cli {
    private Cli() {}

    record Result(int exit, String out, String err) {
        @Override
        public String toString() { return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err; }
    }

    static Result run(Object... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] text = new String[args.length];
        for (int i = 0; i < args.length; i++) text[i] = String.valueOf(args[i]);
        int exit = KaoheCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(text);
        return new Result(exit, out.toString(), err.toString());
    }

    static Engine shandong() { return Kaohe.pack("shandong"); }

    /** A bundled Shandong sample file copied into {@code dir}. */
    static Path sample(String file, Path dir) {
        try (InputStream in = Samples.of("shandong").orElseThrow().open(file)) {
            Path p = dir.resolve(file);
            Files.copy(in, p);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of a bundled Shandong sample file. */
    static List<String> sampleLines(String file) {
        try (InputStream in = Samples.of("shandong").orElseThrow().open(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every national ID and phone number written in the bundled teacher sample (invented, but treated as personal data). */
    static List<String> personalDataOfTheSample() {
        List<String> out = new java.util.ArrayList<>();
        for (String line : sampleLines(Samples.TEACHERS)) {
            for (String field : List.of("nationalId", "phone")) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + field + "\":\"([^\"]+)\"").matcher(line);
                if (m.find()) out.add(m.group(1));
            }
        }
        return out;
    }

    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same files with the same bytes under both directories. */
    static void assertSameFiles(Path a, Path b) throws IOException {
        List<Path> files;
        try (var walk = Files.walk(a)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        org.junit.jupiter.api.Assertions.assertFalse(files.isEmpty());
        for (Path f : files) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(b.resolve(a.relativize(f))), f.toString());
        }
        try (var walk = Files.walk(b)) {
            org.junit.jupiter.api.Assertions.assertEquals(files.size(), walk.filter(Files::isRegularFile).count(), "the same files");
        }
    }

    /**
     * A path as the command line may print it: masked like every message ({@link io.kaohe.internal.privacy.Mask#scrub}). A
     * {@code @TempDir} name carries a random 18-20 digit number that can look like a national ID, so an assertion on
     * the raw path would fail by chance. Follows whatever {@code Mask} masks.
     */
    static String shown(Path path) { return io.kaohe.internal.privacy.Mask.scrub(path.toString()); }

    /** Whether {@code text} names {@code path}, as it is or as {@link #shown(Path) masked} (a message may be either). */
    static boolean names(String text, Path path) { return text.contains(path.toString()) || text.contains(shown(path)); }

    /** {@code text} with {@code path}, as it is or masked, replaced by {@code by}. */
    static String replacePath(String text, Path path, String by) { return text.replace(path.toString(), by).replace(shown(path), by); }

    static Path write(Path file, String... lines) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
