package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.ReloadListener;
import io.kaohe.RulesWatcher;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.model.RecordKind;
import io.kaohe.model.Semester;
import io.kaohe.model.StudyRecord;
import io.kaohe.model.TeacherDossier;

/**
 * The acceptance walk-through of docs/authoring.md, through the command line: raise Shandong's research-activity
 * minimum from 2 to 3 in a rules directory; `check` passes; `diff` lists exactly the teachers affected (worked out
 * here from the dossiers themselves); a hot-reloading service picks the edit up; a broken DRL gives file:line
 * errors and the service keeps its rules; every pack's coverage has no unexplained clause.
 */
class PolicyEditWalkthroughTest {
    private static final String PARAM = "teacher.research-activities-per-semester-min";
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private static String shipped(String file) throws IOException {
        try (InputStream in = Kaohe.class.getClassLoader().getResourceAsStream("io/kaohe/shandong/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Step 1 of the guide: copy parameters/teacher.yaml into the rules directory and change 2 to 3. */
    private static void raiseTheMinimum(Path rules) throws IOException {
        String text = shipped("parameters/teacher.yaml");
        Matcher m = Pattern.compile("(" + Pattern.quote(PARAM) + ":(?:\\n\\s+.*)*?\\n\\s+2020-01-01: \\{value: )2").matcher(text);
        assertTrue(m.find(), "the shipped minimum of 2");
        Files.createDirectories(rules.resolve("parameters"));
        Files.writeString(rules.resolve("parameters/teacher.yaml"), m.replaceFirst("$13"));
    }

    /**
     * The teachers whose SD-03 result the edit changes, from the dossiers alone: valid dossiers with a semester
     * of at least 2 research activities (records within the 2020–2022 cycle) but none with 3 or more (SD-03 asks
     * for one semester that reaches the per-semester minimum: rules-shandong/README.md).
     */
    private static Set<String> affected(Path teachers) throws IOException {
        Engine shipped = Kaohe.pack("shandong");
        LocalDate start = LocalDate.of(2020, 1, 1);
        LocalDate end = LocalDate.of(2022, 12, 31);
        Set<String> out = new TreeSet<>();
        Set<String> seen = new TreeSet<>();
        for (String line : Files.readAllLines(teachers, StandardCharsets.UTF_8)) {
            TeacherDossier d;
            try {
                d = KaoheJson.read(line, TeacherDossier.class);
            } catch (RuntimeException e) {
                continue; // a bad line is rejected by both
            }
            if (!shipped.validate(d).isEmpty() || !seen.add(d.teacher().id())) continue;
            Map<Semester, BigDecimal> research = new TreeMap<>();
            for (StudyRecord r : d.records()) {
                if (r.kind() != RecordKind.RESEARCH_ACTIVITY || r.date().isBefore(start) || r.date().isAfter(end)) continue;
                research.merge(r.effectiveSemester(), r.amount(), BigDecimal::add);
            }
            BigDecimal most = research.values().stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
            if (most.compareTo(BigDecimal.valueOf(2)) >= 0 && most.compareTo(BigDecimal.valueOf(3)) < 0) {
                out.add(d.teacher().id());
            }
        }
        return out;
    }

    @Test
    void raiseTheResearchMinimumCheckDiffReloadAndBreakIt(@TempDir Path work) throws Exception {
        Path rules = Files.createDirectories(work.resolve("rules"));
        Path office = Files.createDirectories(work.resolve("office-scenarios"));
        Path teachers = Cli.sample(Samples.TEACHERS, work);

        // the service runs on the rules directory, still empty (= the shipped rules), gated by the office's scenarios
        Files.writeString(office.resolve("sd-03.yaml"), """
                teacher: {id: T-OFFICE, schoolId: S-1, stage: PRIMARY}
                cases:
                  - name: one research activity is never enough
                    clauses: [SD-03]
                    dossier:
                      records:
                        - {kind: ONLINE_COURSE, amount: 25, unit: HOUR, date: "2021-09-10"}
                        - {kind: RESEARCH_ACTIVITY, amount: 1, unit: COUNT, date: "2021-10-15"}
                    expect: {grade: INCOMPLETE, reasons: [{clause: SD-03, met: false}]}
                """);
        BlockingQueue<ReloadListener.Event> events = new LinkedBlockingQueue<>();
        var options = new RulesWatcher.Options(Duration.ofMillis(100), Duration.ofMillis(300), office);
        try (RulesWatcher service = Kaohe.watch("shandong", rules, options, events::add)) {
            String shippedVersion = service.engine().policyVersion();
            assertEquals(Kaohe.pack("shandong").policyVersion(), shippedVersion);

            // 1. edit, 2. check
            raiseTheMinimum(rules);
            Cli.Result check = Cli.run("check", "--pack", "shandong", "--rules-dir", rules);
            assertEquals(0, check.exit(), check::toString);

            // 3. diff: exactly the affected teachers, counted per change, no personal data
            Cli.Result diff = Cli.run("diff", "--pack", "shandong", "--rules-dir", rules, "--in", teachers);
            assertEquals(0, diff.exit(), diff::toString);
            Set<String> listed = new TreeSet<>();
            int counted = 0;
            for (String line : diff.out().split("\n")) {
                if (line.startsWith("T-")) {
                    listed.add(line.substring(0, line.indexOf('\t')));
                    assertTrue(line.contains("SD-03"), line);
                }
                Matcher c = Pattern.compile("^\\S+→\\S+(?: \\(unmet\\))?: (\\d+)$").matcher(line);
                if (c.find()) counted += Integer.parseInt(c.group(1));
            }
            Set<String> expected = affected(teachers);
            assertFalse(expected.isEmpty(), "the sample has teachers with exactly 2 activities in a semester");
            assertEquals(expected, listed);
            assertEquals(expected.size(), counted, "the counts add up to the teachers listed");
            for (String personal : Cli.personalDataOfTheSample()) assertFalse(diff.out().contains(personal), "personal data in the diff");
            assertEquals(diff.out(), Cli.run("diff", "--pack", "shandong", "--rules-dir", rules, "--in", teachers).out(), "deterministic");

            // 4. the service picks the edit up
            ReloadListener.Event applied = events.poll(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            assertNotNull(applied, "reloaded within " + TIMEOUT);
            assertTrue(applied.applied(), applied.problems().toString());
            String editedVersion = service.engine().policyVersion();
            assertFalse(shippedVersion.equals(editedVersion));

            // 5. a broken DRL: file:line errors from check, and the service keeps the edited rules
            Files.writeString(rules.resolve("teacher-eligibility.drl"), shipped("teacher-eligibility.drl").replaceFirst("(?m)^when$", "when\n    TeacherFacts( totalHours >>> 2 )"));
            Cli.Result broken = Cli.run("check", "--pack", "shandong", "--rules-dir", rules);
            assertEquals(1, broken.exit(), broken::toString);
            assertTrue(broken.out().lines().anyMatch(l -> l.matches("teacher-eligibility\\.drl:[1-9]\\d*:\\d+: .*")), broken::toString);
            ReloadListener.Event refused = events.poll(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            assertNotNull(refused, "the broken edit is reported within " + TIMEOUT);
            assertFalse(refused.applied());
            assertTrue(refused.problems().stream().anyMatch(p -> p.file().equals("teacher-eligibility.drl") && p.line() > 0), refused.problems().toString());
            assertEquals(editedVersion, service.engine().policyVersion());
        }
    }

    @Test
    void everyPacksCoverageHasNoUnexplainedClause() {
        for (String pack : Kaohe.packs()) {
            Cli.Result r = Cli.run("coverage", "--pack", pack);
            assertEquals(0, r.exit(), r::toString);
            assertTrue(r.out().contains("| 0 |\n"), "no unexplained clause in " + pack + "\n" + r.out());
            assertFalse(r.out().contains("UNEXPLAINED"), r::toString);
        }
    }
}
