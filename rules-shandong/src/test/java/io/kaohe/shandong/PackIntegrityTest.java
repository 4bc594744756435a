package io.kaohe.shandong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.internal.engine.PackInfo;
import io.kaohe.internal.engine.PackEngine;
import io.kaohe.internal.engine.Packs;
import io.kaohe.model.Environment;
import io.kaohe.model.MicroAbility;
import io.kaohe.internal.pack.Clause;
import io.kaohe.Problem;
import io.kaohe.internal.pack.RuleInfo;
import io.kaohe.RulesException;
import io.kaohe.internal.params.Parameter;
import io.kaohe.model.Decision;
import io.kaohe.internal.rules.RuleMeta;

/**
 * Guards the pack as built: the two silent kjar traps (no executable model; DRL the kjar did not
 * compile), rule metadata, clause coverage, the catalog, and override directories.
 */
class PackIntegrityTest {
    private static final String HOME = "io/kaohe/shandong/";
    private static final Pattern RULE_LINE = Pattern.compile("^\\s*rule\\s+\"", Pattern.MULTILINE);

    private static PackInfo info() { return PackEngine.info(Kaohe.pack("shandong")); }

    private static String resource(String name) {
        try (InputStream in = PackIntegrityTest.class.getClassLoader().getResourceAsStream(HOME + name)) {
            assertNotNull(in, "pack resource " + HOME + name + " is on the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> drlFiles() {
        return info().origins().keySet().stream().filter(f -> f.endsWith(".drl")).sorted().toList();
    }

    // ---- the kjar traps -------------------------------------------------------------------------

    @Test
    void shippedPackRunsThePrecompiledExecutableModel() {
        assertTrue(info().precompiled(), "Kaohe.pack(\"shandong\") must use the kjar's executable model");
    }

    @Test
    void kieBaseHasExactlyTheRulesTheDrlDeclares() {
        List<String> drl = drlFiles();
        assertFalse(drl.isEmpty(), "the pack names DRL files");
        long declared = drl.stream().mapToLong(f -> RULE_LINE.matcher(resource(f)).results().count()).sum();
        assertTrue(declared > 0);
        assertEquals(declared, info().rules().size(), "rules in the KieBase vs `rule \"` lines in " + drl);
        // and by name, in case counts match by accident
        Set<String> fromKieBase = info().rules().stream().map(RuleInfo::name).collect(Collectors.toCollection(TreeSet::new));
        Set<String> fromText = new TreeSet<>();
        Pattern named = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);
        drl.forEach(f -> named.matcher(resource(f)).results().forEach(m -> fromText.add(m.group(1))));
        assertEquals(fromText, fromKieBase);
    }

    @Test
    void everyDrlFileInTheModuleIsListedInPackYaml() throws IOException {
        // DRL the descriptor does not name is neither hashed nor overridable: the second trap's cousin
        Path src = Path.of("src/main/resources/" + HOME);
        Assumptions.assumeTrue(Files.isDirectory(src), "run from the module directory");
        try (Stream<Path> s = Files.walk(src)) {
            List<String> onDisk = s.filter(p -> p.toString().endsWith(".drl"))
                    .map(p -> src.relativize(p).toString().replace('\\', '/')).sorted().toList();
            assertEquals(onDisk, drlFiles());
        }
    }

    // ---- rule metadata --------------------------------------------------------------------------

    @Test
    void everyRuleCitesAKnownClauseWithDecisionAndMessages() {
        Set<String> clauses = info().clauses().ids();
        PackEngine engine = (PackEngine) Kaohe.pack("shandong");
        List<String> bad = new ArrayList<>();
        int seen = 0;
        for (KiePackage p : engine.rules().kieBase().getKiePackages()) {
            for (Rule r : p.getRules()) {
                seen++;
                RuleMeta m = RuleMeta.of(r.getName(), r.getMetaData()); // throws without @clause/@decision/@zh/@en
                if (!clauses.contains(m.clause())) bad.add(r.getName() + ": unknown clause " + m.clause());
                if (!r.getName().startsWith(m.clause() + " ")) bad.add(r.getName() + ": name must start with " + m.clause());
                if (m.zh().isBlank() || m.en().isBlank()) bad.add(r.getName() + ": empty message");
                assertNotNull(m.decision());
            }
        }
        assertEquals(info().rules().size(), seen);
        assertEquals(List.of(), bad);
    }

    @Test
    void ruleInfoPointsAtTheRuleLine() {
        for (RuleInfo r : info().rules()) {
            String[] lines = resource(r.file()).split("\n", -1);
            assertTrue(r.line() >= 1 && r.line() <= lines.length, r.name() + " at " + r.file() + ":" + r.line());
            assertTrue(lines[r.line() - 1].contains("rule \"" + r.name() + "\""), r.name() + " at " + r.file() + ":" + r.line());
        }
    }

    @Test
    void everyParameterCitesAKnownClause() {
        Set<String> clauses = info().clauses().ids();
        for (Parameter p : info().parameters().all().values()) {
            assertTrue(clauses.contains(p.clause()), p.name() + " cites " + p.clause());
            if (!p.fromSource()) assertNotNull(p.note(), p.name() + ": a number not from the source needs a note");
        }
    }

    // ---- clause coverage -----------------------------------------------------------------------

    /**
     * Every clause of clauses.yaml is cited by a rule, or carries {@code outOfScope}; CN-01 is the
     * catalog (see {@link #catalogHasTheThirtyNationalMicroAbilities}). School (S) and batch (B) clauses
     * are built on the school branch: until the pack has a rule of that decision at all, those clauses
     * are reported as skipped (not passed); from the first such rule on, every one of them is checked.
     */
    @TestFactory
    Stream<DynamicTest> everyClauseIsCitedOrOutOfScope() {
        PackInfo info = info();
        Set<String> cited = info.rules().stream().map(RuleInfo::clause).collect(Collectors.toSet());
        Set<String> decisions = info.rules().stream().map(RuleInfo::decision).collect(Collectors.toSet());
        return info.clauses().all().values().stream().map(c -> DynamicTest.dynamicTest(c.id() + " " + c.kind(), () -> {
            // implemented by data or code, not a rule: CN-01 the catalog (tested below), CN-02 Level.fromEvidence (LevelTest, cn-02-evidence.yaml)
            if (c.implementedBy() != null && !c.implementedBy().isBlank()) return;
            if (!c.implemented()) {
                assertFalse(c.outOfScope().isBlank(), c.id() + ": outOfScope needs a reason");
                return;
            }
            String pending = switch (c.kind()) {
                case "S" -> decisions.contains(Decision.SCHOOL.key()) ? null : "school";
                case "B" -> decisions.contains(Decision.PROGRESS.key()) ? null : "progress";
                default -> null;
            };
            Assumptions.assumeTrue(pending == null || cited.contains(c.id()),
                    c.id() + ": no " + pending + " rule in this build yet (school/progress rules are built separately)");
            assertTrue(cited.contains(c.id()), c.id() + " (" + c.kind() + ") is cited by no rule and has no outOfScope");
        }));
    }

    @Test
    void catalogHasTheThirtyNationalMicroAbilities() {
        Map<String, MicroAbility> all = info().catalog().all();
        List<String> expected = new ArrayList<>();
        IntStream.rangeClosed(1, 13).forEach(i -> expected.add("A" + i));
        IntStream.rangeClosed(1, 10).forEach(i -> expected.add("B" + i));
        IntStream.rangeClosed(1, 7).forEach(i -> expected.add("C" + i));
        assertEquals(30, all.size());
        assertEquals(new TreeSet<>(expected), new TreeSet<>(all.keySet()));
        Map<Character, Environment> env = Map.of('A', Environment.MULTIMEDIA, 'B', Environment.HYBRID, 'C', Environment.SMART);
        for (MicroAbility m : all.values()) {
            assertEquals(env.get(m.code().charAt(0)), m.environment(), m.code());
            if (m.verified()) assertNotNull(m.name(), m.code() + " verified without a name");
        }
    }

    // ---- bad rules in an override directory ---------------------------------------------------------

    private static final String HEADER = "package io.kaohe.shandong;\nimport io.kaohe.internal.rules.TeacherFacts;\n"
            + "global io.kaohe.internal.rules.Checks check;\n";

    private static Problem onlyProblemIn(List<Problem> problems, String file) {
        List<Problem> inFile = problems.stream().filter(p -> p.file().equals(file)).toList();
        assertEquals(1, inFile.size(), "one problem in " + file + ": " + problems);
        return inFile.get(0);
    }

    @Test
    void ruleCitingAnUnknownClauseIsRejectedWithFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("extra.drl"), HEADER + "\n"
                + "rule \"SD-99 not a clause\"\n" // line 5
                + "    @clause(\"SD-99\") @decision(\"eligibility\") @zh(\"x\") @en(\"x\")\n"
                + "when\n    $t : TeacherFacts()\nthen\n    check.require(kcontext, true);\nend\n");
        Problem p = onlyProblemIn(Kaohe.check("shandong", dir), "extra.drl");
        assertEquals(5, p.line());
        assertTrue(p.message().contains("SD-99") && p.message().contains("unknown clause"), p.toString());
        assertTrue(p.toString().startsWith("extra.drl:5:"), p.toString());
        RulesException e = assertThrows(RulesException.class, () -> Kaohe.pack("shandong", dir));
        assertEquals(p, onlyProblemIn(e.problems(), "extra.drl"));
    }

    @Test
    void ruleWithoutClauseIsRejectedWithFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("extra.drl"), HEADER
                + "rule \"SD-01 no metadata\"\n" // line 4
                + "    @decision(\"eligibility\") @zh(\"x\") @en(\"x\")\n"
                + "when\n    $t : TeacherFacts()\nthen\n    check.require(kcontext, true);\nend\n");
        Problem p = onlyProblemIn(Kaohe.check("shandong", dir), "extra.drl");
        assertEquals(4, p.line());
        assertTrue(p.message().contains("@clause"), p.toString());
        assertThrows(RulesException.class, () -> Kaohe.pack("shandong", dir));
    }

    @Test
    void ruleNotNamedAfterItsClauseIsRejected(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("extra.drl"), HEADER
                + "rule \"hours again\"\n"
                + "    @clause(\"SD-01\") @decision(\"eligibility\") @zh(\"x\") @en(\"x\")\n"
                + "when\n    $t : TeacherFacts()\nthen\n    check.require(kcontext, true);\nend\n");
        Problem p = onlyProblemIn(Kaohe.check("shandong", dir), "extra.drl");
        assertEquals(4, p.line());
        assertTrue(p.message().contains("must start with its clause ID"), p.toString());
    }

    @Test
    void brokenDrlGivesFileAndLine(@TempDir Path dir) throws IOException {
        String text = resource("teacher-grading.drl");
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int at = IntStream.range(0, lines.size()).filter(i -> lines.get(i).contains("check.atLeast(kcontext, $t.getPassedAbilities()"))
                .findFirst().orElseThrow();
        lines.set(at, "    check.atLeast(kcontext, $t.getPassedAbilities(, \"teacher.passed-abilities-min\");");
        Files.writeString(dir.resolve("teacher-grading.drl"), String.join("\n", lines));
        List<Problem> problems = Kaohe.check("shandong", dir);
        assertFalse(problems.isEmpty());
        for (Problem p : problems) {
            assertEquals("teacher-grading.drl", p.file(), p.toString());
            assertTrue(p.line() > 0, "a line number: " + p);
            assertTrue(p.toString().matches("teacher-grading\\.drl:\\d+:\\d+: .*"), p.toString());
        }
        // a consequence error is reported at the line of its rule: between that line and the broken one
        int ruleLine = IntStream.rangeClosed(0, at).map(i -> at - i).filter(i -> lines.get(i).startsWith("rule \""))
                .findFirst().orElseThrow() + 1;
        assertTrue(problems.stream().anyMatch(p -> p.line() >= ruleLine && p.line() <= at + 1),
                "within the rule at lines " + ruleLine + "…" + (at + 1) + ": " + problems);
        assertThrows(RulesException.class, () -> Kaohe.pack("shandong", dir));
    }

    @Test
    void brokenConditionGivesItsLine(@TempDir Path dir) throws IOException {
        String text = resource("teacher-eligibility.drl");
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int at = IntStream.range(0, lines.size()).filter(i -> lines.get(i).contains("$t : TeacherFacts()"))
                .findFirst().orElseThrow();
        lines.set(at, "    $t : TeacherFacts( outsideCycle >>> 2 )");
        Files.writeString(dir.resolve("teacher-eligibility.drl"), String.join("\n", lines));
        List<Problem> problems = Kaohe.check("shandong", dir);
        assertFalse(problems.isEmpty());
        assertTrue(problems.stream().allMatch(p -> p.file().equals("teacher-eligibility.drl")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.line() == at + 1), "line " + (at + 1) + ": " + problems);
    }

    @Test
    void unknownParameterKeyGetsDidYouMean(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("parameters"));
        String text = resource("parameters/teacher.yaml").replaceFirst("  description: ", "  descripton: ");
        Files.writeString(dir.resolve("parameters/teacher.yaml"), text);
        List<Problem> problems = Kaohe.check("shandong", dir);
        assertFalse(problems.isEmpty());
        Problem p = problems.stream().filter(x -> x.message().contains("descripton")).findFirst().orElseThrow();
        assertEquals("parameters/teacher.yaml", p.file());
        assertTrue(p.line() > 0, p.toString());
        assertTrue(p.message().contains("did you mean 'description'"), p.toString());
    }

    @Test
    void shippedFilesCheckClean() {
        assertEquals(List.of(), Kaohe.check("shandong", null));
    }

    // ---- an override changes the verdict; the shipped engine does not change ---------------------------

    @Test
    void overriddenParameterChangesTheVerdictButNotTheShippedEngine(@TempDir Path dir) throws IOException {
        String text = resource("parameters/teacher.yaml");
        Pattern value = Pattern.compile("(teacher\\.research-activities-per-semester-min:(?:\\n(?!\\S).*)*?\\n\\s+2020-01-01: \\{value: )2");
        var m = value.matcher(text);
        assertTrue(m.find(), "the shipped value of teacher.research-activities-per-semester-min");
        Files.createDirectories(dir.resolve("parameters"));
        Files.writeString(dir.resolve("parameters/teacher.yaml"), m.replaceFirst("$13"));

        var dossier = Dossiers.complete("T-OVERRIDE").build(); // 2 research activities
        Engine shipped = Kaohe.pack("shandong");
        String shippedVersion = shipped.policyVersion();
        assertEquals(List.of(), shipped.assess(dossier).unmet());

        PackEngine edited = Packs.pack("shandong", dir);
        assertFalse(PackEngine.info(edited).precompiled());
        var v = edited.assess(dossier);
        assertEquals(io.kaohe.model.Grade.INCOMPLETE, v.grade());
        assertEquals(List.of("SD-03"), v.unmet());
        assertTrue(v.reasons().stream().anyMatch(r -> r.clause().equals("SD-03") && !r.met() && r.message().contains("不足 3 次：2021—2022学年第一学期 2 次")),
                v.reasons().toString());
        assertFalse(edited.policyVersion().equals(shippedVersion), "an edit changes the policy version");

        // the shipped engine is untouched
        assertTrue(Kaohe.pack("shandong") == shipped);
        assertEquals(shippedVersion, shipped.policyVersion());
        assertEquals(io.kaohe.model.Grade.PASS, shipped.assess(dossier).grade());
    }

    @Test
    void overrideDirWithShippedTextGivesTheSameVerdicts(@TempDir Path dir) throws IOException {
        // compiled at run time from the same DRL, the executable model decides exactly as the precompiled one
        for (String f : drlFiles()) Files.writeString(dir.resolve(f), resource(f));
        PackEngine compiled = Packs.pack("shandong", dir);
        Engine shipped = Kaohe.pack("shandong");
        assertEquals(shipped.policyVersion(), compiled.policyVersion());
        for (var d : List.of(Dossiers.complete("T-1").build(), Dossiers.teacher("T-2").online(10).build(),
                Dossiers.complete("T-3").abilities(io.kaohe.model.Level.EXCELLENT, "A2", "A3", "A4").build())) {
            assertEquals(shipped.assess(d), compiled.assess(d));
        }
    }
}
