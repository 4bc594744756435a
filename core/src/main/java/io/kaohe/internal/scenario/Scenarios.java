package io.kaohe.internal.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.kaohe.Engine;
import io.kaohe.KaoheException;
import io.kaohe.RuleFailureException;
import io.kaohe.Scenario;
import io.kaohe.ScenarioResult;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.model.Grade;
import io.kaohe.model.Reason;
import io.kaohe.model.SchoolDossier;
import io.kaohe.model.SchoolVerdict;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.TeacherVerdict;
import io.kaohe.Problem;
import io.kaohe.RulesException;
import io.kaohe.internal.yaml.Yaml;
import io.kaohe.internal.i18n.Names;
import io.kaohe.InvalidInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Loads and runs policy-author scenario files (YAML or JSON). The same files run in JUnit
 * ({@code @TestFactory}) and from {@code kaohe test}. Format:
 * <pre>
 * teacher: {id: T-1, schoolId: S-1, stage: PRIMARY}   # optional default for every case
 * cases:
 *   - name: 49.5 hours are not enough
 *     clauses: [SD-01]
 *     dossier: {records: [...], scores: [...]}        # teacher taken from the default when absent
 *     expect:
 *       grade: INCOMPLETE
 *       unmet: [SD-01]
 *       outcomes: []                                   # clause IDs of the verdict's outcomes (SD-05 on PASS)
 *       reasons:
 *         - {clause: SD-01, met: false, contains: "49.5"}
 *   - name: a school case                              # `school` instead of `dossier`: assessed on its own
 *     clauses: [ZJ-03]
 *     school: {school: {id: S-1, staffCount: 40}, team: {size: 3}}
 *     expect: {grade: PASS, unmet: [], reasons: [...]} # grade, unmet and reasons (no eligible / outcomes)
 * </pre>
 */
public final class Scenarios {
    private Scenarios() {}

    static final List<String> FILE_KEYS = List.of("pack", "description", "teacher", "cases");
    static final List<String> CASE_KEYS = List.of("name", "clauses", "dossier", "school", "expect", "note");
    static final List<String> EXPECT_KEYS = List.of("grade", "eligible", "unmet", "reasons", "outcomes");
    static final List<String> REASON_KEYS = List.of("clause", "rule", "met", "message", "messageEn", "contains");

    /**
     * The scenarios of several files (file name → text), in the order given.
     *
     * @throws RulesException listing every problem of every file, each at its line
     */
    public static List<Scenario> parseAll(Map<String, String> files) {
        List<Scenario> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        files.forEach((file, text) -> out.addAll(parse(file, text, problems)));
        if (!problems.isEmpty()) throw new RulesException(problems);
        return out;
    }

    /** The scenario files {@link #load} reads: the file itself, or the {@code .yaml}/{@code .yml}/{@code .json} files under a directory (sorted). */
    public static List<Path> files(Path path) {
        if (!Files.isDirectory(path)) return List.of(path);
        try (Stream<Path> s = Files.walk(path)) {
            return s.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(ya?ml|json)$")).sorted().toList();
        } catch (IOException e) {
            throw KaoheException.of(e, "pack.scenarios.unreadable", path, e.getMessage());
        }
    }

    /** Every scenario in a file, or in the {@code .yaml}/{@code .yml}/{@code .json} files under a directory (sorted). */
    public static List<Scenario> load(Path path) {
        List<Path> files = files(path);
        List<Scenario> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path f : files) {
            try {
                out.addAll(parse(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8), problems));
            } catch (IOException e) {
                problems.add(Problem.of(f.toString(), 0, 0, "无法读取", "cannot read: " + e.getMessage()));
            }
        }
        if (!problems.isEmpty()) throw new RulesException(problems);
        return out;
    }

    /** The scenarios of one file's text; problems (unknown keys, bad dossiers) are added to {@code problems}, each at its line. */
    public static List<Scenario> parse(String file, String text, List<Problem> problems) {
        Yaml.Doc doc;
        try {
            doc = Yaml.document(file, text);
        } catch (RulesException e) {
            problems.addAll(e.problems());
            return List.of();
        }
        JsonNode root = doc.root();
        List<Scenario> out = new ArrayList<>();
        if (root == null || !root.isObject()) {
            problems.add(Problem.of(file, 1, 1, "应包含这些键 " + FILE_KEYS, "expected keys " + FILE_KEYS));
            return out;
        }
        Yaml.unknownKeys(doc, "", root, FILE_KEYS, file, "file", problems);
        JsonNode defaultTeacher = root.get("teacher");
        JsonNode cases = root.path("cases");
        if (!cases.isArray() || cases.isEmpty()) {
            Yaml.Pos p = doc.at("/cases");
            problems.add(Problem.of(file, p.line(), p.column(), "cases 至少需要一个用例", "'cases' must list at least one case"));
            return out;
        }
        for (int i = 0; i < cases.size(); i++) {
            JsonNode c = cases.get(i);
            String ptr = "/cases/" + i;
            Yaml.Pos cp = doc.at(ptr);
            String name = c.path("name").asString("cases[" + i + "]");
            String at = "case '" + name + "'";
            int before = problems.size();
            Yaml.unknownKeys(doc, ptr, c, CASE_KEYS, file, at, problems);
            if (!c.has("name")) problems.add(Problem.of(file, cp.line(), cp.column(), "cases[" + i + "]：缺少 name", "cases[" + i + "]: 'name' is required"));
            if (c.has("school")) {
                schoolCase(file, doc, ptr, i, name, at, c, before, problems).ifPresent(out::add);
                continue;
            }
            JsonNode dn = c.path("dossier");
            if (!dn.isObject()) {
                problems.add(Problem.of(file, cp.line(), cp.column(), at + "：缺少 dossier（教师档案）或 school（学校档案）",
                        at + ": 'dossier' (a teacher) or 'school' is required"));
                continue;
            }
            String dptr = ptr + "/dossier";
            if (!dn.has("teacher") && defaultTeacher != null) {
                ObjectNode copy = ((ObjectNode) dn).deepCopy();
                copy.set("teacher", defaultTeacher);
                dn = copy;
            }
            TeacherDossier dossier = null;
            try {
                dossier = KaoheJson.MAPPER.treeToValue(dn, TeacherDossier.class);
            } catch (JacksonException e) {
                problems.add(bad(file, doc, dptr, at, "dossier", e));
            }
            Scenario.Expect expect = expect(file, doc, ptr, at, c.path("expect"), problems);
            List<String> clauses = new ArrayList<>();
            c.path("clauses").forEach(n -> clauses.add(n.asString()));
            if (problems.size() == before) out.add(new Scenario(file, i, name, List.copyOf(clauses), dossier, expect, null, cp.line()));
        }
        return out;
    }

    /** A dossier that does not map: the field path, the problem, and the line of that field when it is written in the file. */
    private static Problem bad(String file, Yaml.Doc doc, String base, String at, String what, JacksonException e) {
        var err = KaoheJson.describe(e);
        String ptr = base;
        if (e instanceof tools.jackson.databind.DatabindException d) {
            for (var ref : d.getPath()) {
                if (ref.getPropertyName() != null) ptr = Yaml.pointer(ptr, ref.getPropertyName());
                else if (ref.getIndex() >= 0) ptr = Yaml.pointer(ptr, ref.getIndex());
            }
        }
        Yaml.Pos p = doc.at(ptr);
        String field = what + "." + err.path();
        String zh = e instanceof tools.jackson.databind.exc.UnrecognizedPropertyException u
                ? "未知的键 '" + u.getPropertyName() + "'" + (u.getKnownPropertyIds() == null ? ""
                        : io.kaohe.internal.i18n.Names.hintZh(u.getPropertyName(), u.getKnownPropertyIds().stream().map(String::valueOf).toList()))
                : "取值无法读取";
        return Problem.of(file, p.line(), p.column(), at + "：" + field + " " + zh, at + ": " + field + ": " + err.message());
    }

    private static java.util.Optional<Scenario> schoolCase(String file, Yaml.Doc doc, String ptr, int i, String name, String at,
                                                          JsonNode c, int before, List<Problem> problems) {
        Yaml.Pos cp = doc.at(ptr);
        if (c.has("dossier")) {
            problems.add(Problem.of(file, cp.line(), cp.column(), at + "：dossier 与 school 二者择一", at + ": give 'dossier' or 'school', not both"));
        }
        SchoolDossier school = null;
        try {
            school = KaoheJson.MAPPER.treeToValue(c.get("school"), SchoolDossier.class);
        } catch (JacksonException e) {
            problems.add(bad(file, doc, ptr + "/school", at, "school", e));
        }
        Scenario.Expect expect = expect(file, doc, ptr, at, c.path("expect"), problems);
        if (expect != null && (expect.eligible() != null || expect.outcomes() != null)) {
            Yaml.Pos p = doc.at(ptr + "/expect");
            problems.add(Problem.of(file, p.line(), p.column(), at + "：学校用例只检查 grade、unmet 和 reasons（不检查 eligible、outcomes）",
                    at + ": a school case checks grade, unmet and reasons only"));
        }
        List<String> clauses = new ArrayList<>();
        c.path("clauses").forEach(n -> clauses.add(n.asString()));
        return problems.size() == before
                ? java.util.Optional.of(new Scenario(file, i, name, List.copyOf(clauses), null, expect, school, cp.line()))
                : java.util.Optional.empty();
    }

    private static Scenario.Expect expect(String file, Yaml.Doc doc, String ptr, String at, JsonNode e, List<Problem> problems) {
        String eptr = ptr + "/expect";
        if (!e.isObject()) {
            Yaml.Pos p = doc.at(ptr);
            problems.add(Problem.of(file, p.line(), p.column(), at + "：缺少 expect", at + ": 'expect' is required"));
            return null;
        }
        Yaml.unknownKeys(doc, eptr, e, EXPECT_KEYS, file, at + " expect", problems);
        Grade grade = null;
        if (e.has("grade")) {
            String g = e.get("grade").asString();
            try {
                grade = Grade.valueOf(g);
            } catch (IllegalArgumentException x) {
                List<String> grades = Stream.of(Grade.values()).map(Enum::name).toList();
                Yaml.Pos p = doc.at(eptr + "/grade");
                problems.add(Problem.of(file, p.line(), p.column(), at + "：未知等级 '" + g + "'" + Names.hintZh(g, grades),
                        at + ": unknown grade '" + g + "'" + Names.hintEn(g, grades) + "; grades: " + grades));
            }
        }
        List<String> unmet = null;
        if (e.has("unmet")) {
            unmet = new ArrayList<>();
            for (JsonNode n : e.get("unmet")) unmet.add(n.asString());
        }
        List<Scenario.ExpectedReason> reasons = new ArrayList<>();
        JsonNode rs = e.path("reasons");
        for (int j = 0; j < rs.size(); j++) {
            JsonNode r = rs.get(j);
            Yaml.unknownKeys(doc, eptr + "/reasons/" + j, r, REASON_KEYS, file, at + " expected reason", problems);
            reasons.add(new Scenario.ExpectedReason(text(r, "clause"), text(r, "rule"),
                    r.has("met") ? r.get("met").asBoolean() : null, text(r, "message"), text(r, "messageEn"),
                    text(r, "contains")));
        }
        List<String> outcomes = null;
        if (e.has("outcomes")) {
            outcomes = new ArrayList<>();
            for (JsonNode n : e.get("outcomes")) outcomes.add(n.asString());
        }
        Boolean eligible = e.has("eligible") ? e.get("eligible").asBoolean() : null;
        return new Scenario.Expect(grade, eligible, unmet, reasons, outcomes);
    }

    private static String text(JsonNode n, String key) {
        return n.has(key) && !n.get(key).isNull() ? n.get(key).asString() : null;
    }

    /** How the difference of a case a rule failed on begins; the rest is the rule's message (rule, clause, file:line, cause; masked). */
    static final String RULE_FAILED = "a rule failed / 规则执行失败: ";

    /** Runs one scenario; the result lists every difference, worded for people. */
    public static ScenarioResult run(Engine engine, Scenario s) {
        if (s.isSchool()) return runSchool(engine, s);
        TeacherVerdict v;
        try {
            v = engine.assess(s.dossier());
        } catch (InvalidInputException e) {
            return new ScenarioResult(s, null, List.of("the dossier is rejected / 档案被拒绝: " + e.getMessage()));
        } catch (RuleFailureException e) {   // a fault of the rules: this case fails, the others still run
            return new ScenarioResult(s, null, List.of(RULE_FAILED + e.getMessage()));
        }
        List<String> diff = new ArrayList<>();
        Scenario.Expect x = s.expect();
        if (x.grade() != null && x.grade() != v.grade()) {
            diff.add("grade 等级: expected " + x.grade() + ", actual " + v.grade());
        }
        if (x.eligible() != null && x.eligible() != v.eligible()) {
            diff.add("eligible 资格: expected " + x.eligible() + ", actual " + v.eligible());
        }
        if (x.unmet() != null && !x.unmet().stream().sorted().distinct().toList().equals(v.unmet())) {
            diff.add("unmet 未达标条款: expected " + x.unmet() + ", actual " + v.unmet());
        }
        if (x.outcomes() != null) {
            List<String> actual = v.outcomes().stream().map(o -> o.clause()).sorted().distinct().toList();
            if (!x.outcomes().stream().sorted().distinct().toList().equals(actual)) {
                diff.add("outcomes 结果: expected " + x.outcomes() + ", actual " + actual);
            }
        }
        reasons(x, v.reasons(), diff);
        return new ScenarioResult(s, v, diff);
    }

    private static ScenarioResult runSchool(Engine engine, Scenario s) {
        SchoolVerdict v;
        try {
            v = engine.assessSchools(List.of(s.school())).get(0);
        } catch (InvalidInputException e) {
            return new ScenarioResult(s, null, List.of("the school dossier is rejected / 学校档案被拒绝: " + e.getMessage()), null);
        } catch (RuleFailureException e) {
            return new ScenarioResult(s, null, List.of(RULE_FAILED + e.getMessage()), null);
        }
        List<String> diff = new ArrayList<>();
        Scenario.Expect x = s.expect();
        if (x.grade() != null && x.grade() != v.grade()) diff.add("grade 等级: expected " + x.grade() + ", actual " + v.grade());
        if (x.unmet() != null && !x.unmet().stream().sorted().distinct().toList().equals(v.unmet())) {
            diff.add("unmet 未达标条款: expected " + x.unmet() + ", actual " + v.unmet());
        }
        reasons(x, v.reasons(), diff);
        return new ScenarioResult(s, null, diff, v);
    }

    private static void reasons(Scenario.Expect x, List<Reason> actual, List<String> diff) {
        for (Scenario.ExpectedReason r : x.reasons()) {
            if (actual.stream().noneMatch(a -> matches(r, a))) {
                diff.add("reason 理由 not found: " + describe(r) + "; actual reasons"
                        + (r.clause() == null ? "" : " for " + r.clause()) + ": " + actual.stream()
                        .filter(a -> r.clause() == null || r.clause().equals(a.clause()))
                        .map(a -> "[" + (a.met() ? "met" : "unmet") + "] " + a.message())
                        .collect(Collectors.joining(" | ")));
            }
        }
    }

    static boolean matches(Scenario.ExpectedReason x, Reason a) {
        return (x.clause() == null || x.clause().equals(a.clause()))
                && (x.rule() == null || x.rule().equals(a.rule()))
                && (x.met() == null || x.met() == a.met())
                && (x.message() == null || x.message().equals(a.message()))
                && (x.messageEn() == null || x.messageEn().equals(a.messageEn()))
                && (x.contains() == null || a.message().contains(x.contains()) || a.messageEn().contains(x.contains()));
    }

    private static String describe(Scenario.ExpectedReason r) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("clause", r.clause());
        m.put("rule", r.rule());
        m.put("met", r.met());
        m.put("message", r.message());
        m.put("messageEn", r.messageEn());
        m.put("contains", r.contains());
        m.values().removeIf(Objects::isNull);
        return m.toString();
    }

    /** Runs every scenario. */
    public static List<ScenarioResult> runAll(Engine engine, List<Scenario> scenarios) {
        return scenarios.stream().map(s -> run(engine, s)).toList();
    }
}
