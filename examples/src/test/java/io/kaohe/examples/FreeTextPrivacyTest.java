package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.model.TeacherDossier;

/**
 * Personal data written into free-text fields — a training institution, a research group's name, a cohort's county,
 * a school's name — in the forms written to get past a simple pattern, never reaches an output in the clear: teacher
 * verdicts and their CSV, school verdicts, the progress report's JSON, HTML and CSV, and the Java API's verdicts.
 */
class FreeTextPrivacyTest {
    /** The evasive forms of issue 14, each a real-looking national ID or mobile. */
    static final List<String> FORMS = List.of("+8613812345678", "8613812345678", "138-1234-5678", "138 1234 5678",
            BadInput.id(7) + "x", "9" + BadInput.id(8) + "9", spaced(BadInput.id(9)), fullWidth(BadInput.id(10)),
            fullWidth("13912345678"), "+86 139 8765 4321",
            // groups split by other separators, or digit by digit (second round)
            "138.1234.5678", "138–1234–5678", "138—1234—5678", "138/1234/5678", "138  1234  5678", "1 3 8 1 2 3 4 5 6 7 8",
            "138_1234_5678", String.join(".", spaced(BadInput.id(6)).split(" ")), String.join("  ", spaced(BadInput.id(7)).split(" ")),
            String.join("/", spaced(BadInput.id(8)).split(" ")), String.join("–", spaced(BadInput.id(9)).split(" ")), String.join(" ", BadInput.id(10).split("")));

    static String spaced(String id) { return id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14); }

    static String fullWidth(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) b.append(Character.isDigit(c) ? (char) ('\uFF10' + (c - '0')) : c);
        return b.toString();
    }

    /** The detector sees every form (else the checks below would prove nothing). */
    @Test
    void theDetectorSeesEveryForm() {
        for (String f : FORMS) assertEquals(1, PersonalData.find("x " + f + " y").size(), f);
    }

    private static String form(int i) { return FORMS.get(i % FORMS.size()); }

    private static String sample(String file) throws IOException {
        try (InputStream in = Samples.of("zhejiang").orElseThrow().open(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Each occurrence of {@code text} followed by another form. */
    private static String salt(String s, String text) {
        StringBuilder b = new StringBuilder();
        int i = 0, n = 0;
        for (int at = s.indexOf(text); at >= 0; at = s.indexOf(text, i)) {
            b.append(s, i, at + text.length()).append(" 联系 ").append(form(n++));
            i = at + text.length();
        }
        return b.append(s.substring(i)).toString();
    }

    @Test
    void teacherVerdictsAndCsv(@TempDir Path dir) throws Exception {
        String teachers = salt(sample(Samples.TEACHERS), "青溪县教师发展中心");
        assertTrue(!PersonalData.find(teachers).isEmpty(), "the input carries personal data");
        Path in = Files.writeString(dir.resolve("in.jsonl"), teachers);
        Cli.Result r = Cli.run("assess", "--pack", "zhejiang", "--in", in, "--out", dir.resolve("v.jsonl"),
                "--errors", dir.resolve("r.jsonl"), "--csv", dir.resolve("v.csv"));
        assertEquals(0, r.exit(), r::toString);
        String verdicts = Files.readString(dir.resolve("v.jsonl"));
        assertTrue(verdicts.contains("青溪县教师发展中心 联系 "), "the institution is still quoted, masked");
        for (String f : List.of("v.jsonl", "r.jsonl", "v.csv")) MatrixAssert.noPersonalData(Files.readString(dir.resolve(f)));
        MatrixAssert.noPersonalData(r.out() + r.err());
        TestOutputs.keep("free-text-assess", dir, "v.jsonl", "v.csv");

        // the Java API: a verdict from Engine.assess, as JSON
        Engine engine = Kaohe.pack("zhejiang");
        int assessed = 0;
        for (var p : io.kaohe.internal.stream.TeacherStream.parseAll(new java.io.ByteArrayInputStream(teachers.getBytes(StandardCharsets.UTF_8)))) {
            TeacherDossier d = p.value();
            if (d == null || !engine.validate(d).isEmpty()) continue;
            MatrixAssert.noPersonalData(KaoheJson.line(engine.assess(d)) + engine.assess(d));
            assessed++;
        }
        assertTrue(assessed > 0);
    }

    @Test
    void schoolVerdicts(@TempDir Path dir) throws Exception {
        String schools = salt(salt(sample(Samples.SCHOOLS), "组\""), "青溪县实验小学");
        Path in = Files.writeString(dir.resolve("in.jsonl"), schools.replace("组\" 联系 ", "组 "));
        Cli.Result r = Cli.run("schools", "--pack", "zhejiang", "--in", in, "--out", dir.resolve("v.jsonl"), "--errors", dir.resolve("r.jsonl"));
        assertEquals(0, r.exit(), r::toString);
        MatrixAssert.noPersonalData(Files.readString(dir.resolve("v.jsonl")) + Files.readString(dir.resolve("r.jsonl")) + r.out() + r.err());
    }

    @Test
    void progressJsonHtmlCsv(@TempDir Path dir) throws Exception {
        String cohort = sample(Samples.COHORT).replaceFirst("\"county\": \"青溪县\"", "\"county\": \"青溪县 " + form(0) + " " + form(4) + "\"");
        cohort = salt(salt(cohort, "实验小学"), "第一中学");
        Path in = Files.writeString(dir.resolve("cohort.json"), cohort);
        Cli.Result r = Cli.run("progress", "--pack", "zhejiang", "--in", in, "--as-of", "2022-06-30", "--out", dir.resolve("p.json"),
                "--html", dir.resolve("p.html"), "--csv", dir.resolve("p.csv"));
        assertEquals(0, r.exit(), r::toString);
        assertTrue(Files.readString(dir.resolve("p.json")).contains("实验小学 联系 "), "the school's name is still shown, masked");
        for (String f : List.of("p.json", "p.html", "p.csv")) MatrixAssert.noPersonalData(Files.readString(dir.resolve(f)));
        MatrixAssert.noPersonalData(r.out() + r.err());
        TestOutputs.keep("free-text-progress", dir, "p.json", "p.html", "p.csv");
    }
}
