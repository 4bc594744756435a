package io.kaohe.internal.pack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.kaohe.Problem;
import io.kaohe.RulesException;
import io.kaohe.internal.i18n.Names;
import io.kaohe.internal.params.Parameter;
import io.kaohe.internal.params.ParameterTable;
import io.kaohe.internal.params.ParameterUnit;
import io.kaohe.internal.yaml.Yaml;
import tools.jackson.databind.JsonNode;

/**
 * The typed part of a pack's configuration ({@code config.yaml}, named by {@code config:} in {@code pack.yaml};
 * staff may override it like any rule file): the school form's items and the progress plan. Read once per
 * loaded version of the pack and checked against its parameters and clauses, every problem at its file and line.
 * <pre>
 * form:
 *   - {key: plan, clause: SD-08, scoredBy: ASSESSOR, max: school.item.plan.max}
 * progress:
 *   batches: {starts: progress.batch-starts, ends: progress.batch-ends, shares: progress.batch-shares,
 *             dueBy: progress.deadline.assessment}
 *   deadlines:
 *     - {name: assessment, date: progress.deadline.assessment, clause: SD-17,
 *        label: {zh: 全面完成考核, en: all teachers assessed}}
 *   columns: {hours: progress.hours-clauses, assessment: progress.assessment-clauses, practice: progress.practice-clauses}
 *   recheck: {share: progress.recheck-share-min, seed: progress.recheck-seed}
 * </pre>
 *
 * @param form     the form's items in file order (empty: the pack's schools have no points form)
 * @param progress the progress plan, or null when the pack has none (it then makes no progress reports)
 */
public record PackConfig(List<FormItemSpec> form, ProgressPlan progress) {
    public static final PackConfig NONE = new PackConfig(List.of(), null);

    private static final List<String> KEYS = List.of("form", "progress");
    private static final List<String> ITEM_KEYS = List.of("key", "clause", "scoredBy", "max");
    private static final List<String> PROGRESS_KEYS = List.of("batches", "deadlines", "columns", "recheck");
    private static final List<String> BATCH_KEYS = List.of("starts", "ends", "shares", "dueBy");
    private static final List<String> DEADLINE_KEYS = List.of("name", "date", "clause", "label");
    private static final List<String> COLUMN_KEYS = List.of("hours", "assessment", "practice");
    private static final List<String> RECHECK_KEYS = List.of("share", "seed");
    private static final List<String> LANGUAGES = List.of("zh", "en");
    /** an item key as a dossier's {@code items} spells it: camelCase letters and digits */
    private static final java.util.regex.Pattern ITEM_KEY = java.util.regex.Pattern.compile("[a-z][A-Za-z0-9]*");

    public PackConfig {
        form = List.copyOf(form);
    }

    /** The declared item of this key, if any. */
    public Optional<FormItemSpec> item(String key) {
        return form.stream().filter(i -> i.getKey().equals(key)).findFirst();
    }

    /** Reads and checks {@code file}; throws listing every problem. */
    public static PackConfig load(String file, String text, ParameterTable params, Set<String> clauses) {
        Reader r = new Reader(file, Yaml.document(file, text), params, clauses);
        PackConfig c = r.config();
        if (!r.problems.isEmpty()) throw new RulesException(r.problems);
        return c;
    }

    private static final class Reader {
        final String file;
        final Yaml.Doc doc;
        final ParameterTable params;
        final Set<String> clauses;
        final List<Problem> problems = new ArrayList<>();

        Reader(String file, Yaml.Doc doc, ParameterTable params, Set<String> clauses) {
            this.file = file;
            this.doc = doc;
            this.params = params;
            this.clauses = clauses;
        }

        PackConfig config() {
            JsonNode root = doc.root();
            if (root == null || root.isMissingNode() || root.isNull()) return NONE;
            if (!root.isObject()) {
                problem("", "应为键值映射 " + KEYS, "expected a mapping with keys " + KEYS);
                return NONE;
            }
            Yaml.unknownKeys(doc, "", root, KEYS, file, file, problems);
            List<FormItemSpec> form = root.has("form") ? form(root.get("form")) : List.of();
            ProgressPlan progress = root.has("progress") ? progress(root.get("progress")) : null;
            return new PackConfig(form, progress);
        }

        List<FormItemSpec> form(JsonNode n) {
            return list(n, "/form", "form", ITEM_KEYS, "key", (item, ptr, at) -> {
                String key = text(item, ptr, at, "key");
                if (key != null && !ITEM_KEY.matcher(key).matches()) {
                    problem(ptr + "/key", at + ".key '" + key + "' 应为 camelCase（如 currentState）",
                            at + ".key '" + key + "' must be camelCase letters and digits, as in items (e.g. currentState)");
                }
                String clause = clause(item, ptr, at);
                FormItemSpec.ScoredBy by = null;
                String scoredBy = text(item, ptr, at, "scoredBy");
                if (scoredBy != null) {
                    try {
                        by = FormItemSpec.ScoredBy.valueOf(scoredBy);
                    } catch (IllegalArgumentException e) {
                        List<String> known = java.util.Arrays.stream(FormItemSpec.ScoredBy.values()).map(Enum::name).toList();
                        problem(ptr + "/scoredBy", at + ".scoredBy '" + scoredBy + "' 应为 " + known + Names.hintZh(scoredBy, known),
                                at + ".scoredBy '" + scoredBy + "' must be one of " + known + Names.hintEn(scoredBy, known));
                    }
                }
                String max = param(item, ptr, at, "max", ParameterUnit.POINTS, true);
                return key != null && clause != null && by != null && max != null ? new FormItemSpec(key, clause, max, by) : null;
            });
        }

        /** Reads one entry of a list ({@code ptr}/{@code at}: where it is); null when it has a problem. */
        interface Entry<T> {
            T read(JsonNode n, String ptr, String at);
        }

        /** A list of mappings with these keys, each read by {@code entry}; the {@code unique} field may not repeat. */
        <T> List<T> list(JsonNode n, String ptr, String at, List<String> keys, String unique, Entry<T> entry) {
            List<T> out = new ArrayList<>();
            if (n == null) return out;
            if (!n.isArray()) {
                problem(ptr, at + " 应为列表", at + ": expected a list");
                return out;
            }
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < n.size(); i++) {
                String p = ptr + "/" + i;
                String a = at + "[" + i + "]";
                if (!object(n.get(i), p, a, keys)) continue;
                JsonNode u = n.get(i).get(unique);
                Integer first = u != null && u.isString() ? seen.putIfAbsent(u.asString(), i) : null;
                if (first != null) {
                    problem(p + "/" + unique, a + "." + unique + " '" + u.asString() + "' 与 " + at + "[" + first + "] 重复",
                            a + "." + unique + " '" + u.asString() + "' is declared twice (" + at + "[" + first + "])");
                }
                T t = entry.read(n.get(i), p, a);
                if (t != null && first == null) out.add(t);
            }
            return out;
        }

        ProgressPlan progress(JsonNode n) {
            if (!object(n, "/progress", "progress", PROGRESS_KEYS)) return null;
            int before = problems.size();
            JsonNode b = n.get("batches");
            String starts = null, ends = null, shares = null, dueBy = null;
            if (b == null) {
                problem("/progress", "progress 缺少 batches", "progress: 'batches' is required");
            } else if (object(b, "/progress/batches", "progress.batches", BATCH_KEYS)) {
                String p = "/progress/batches", at = "progress.batches";
                starts = param(b, p, at, "starts", ParameterUnit.DATES, true);
                ends = param(b, p, at, "ends", ParameterUnit.DATES, false);
                shares = param(b, p, at, "shares", ParameterUnit.SHARES, false);
                dueBy = param(b, p, at, "dueBy", ParameterUnit.DATE, true);
            }
            List<ProgressPlan.Deadline> deadlines = list(n.get("deadlines"), "/progress/deadlines", "progress.deadlines",
                    DEADLINE_KEYS, "name", (d, ptr, at) -> {
                        String name = text(d, ptr, at, "name");
                        String date = param(d, ptr, at, "date", ParameterUnit.DATE, true);
                        String clause = clause(d, ptr, at);
                        Map<String, String> label = label(d.get("label"), ptr + "/label", at + ".label");
                        return name != null && date != null && clause != null && label != null
                                ? new ProgressPlan.Deadline(name, date, clause, label) : null;
                    });
            ProgressPlan.Columns columns = null;
            JsonNode c = n.get("columns");
            if (c == null) {
                problem("/progress", "progress 缺少 columns", "progress: 'columns' is required");
            } else if (object(c, "/progress/columns", "progress.columns", COLUMN_KEYS)) {
                String p = "/progress/columns", at = "progress.columns";
                columns = new ProgressPlan.Columns(param(c, p, at, "hours", ParameterUnit.CLAUSES, true),
                        param(c, p, at, "assessment", ParameterUnit.CLAUSES, true),
                        param(c, p, at, "practice", ParameterUnit.CLAUSES, true));
            }
            ProgressPlan.Recheck recheck = null;
            JsonNode r = n.get("recheck");
            if (r != null && object(r, "/progress/recheck", "progress.recheck", RECHECK_KEYS)) {
                String p = "/progress/recheck", at = "progress.recheck";
                recheck = new ProgressPlan.Recheck(param(r, p, at, "share", ParameterUnit.SHARE, true),
                        param(r, p, at, "seed", ParameterUnit.SEED, true));
            }
            return problems.size() > before ? null : new ProgressPlan(starts, ends, shares, dueBy, deadlines, columns, recheck);
        }

        /** {@code label: {zh: …, en: …}}: a text in each language. */
        Map<String, String> label(JsonNode n, String ptr, String at) {
            if (n == null || !n.isObject()) {
                problem(ptr, at + " 应为 {zh: 中文, en: English}", at + ": expected {zh: 中文, en: English}");
                return null;
            }
            Yaml.unknownKeys(doc, ptr, n, LANGUAGES, file, at, problems);
            Map<String, String> out = new LinkedHashMap<>();
            for (String lang : LANGUAGES) {
                JsonNode t = n.get(lang);
                if (t == null || !t.isString() || t.asString().isBlank()) {
                    problem(ptr, at + " 缺少 " + lang + " 文本", at + ": a '" + lang + "' text is required");
                } else {
                    out.put(lang, t.asString());
                }
            }
            return out.size() == LANGUAGES.size() ? out : null;
        }

        /** A mapping with only these keys; else a problem. */
        boolean object(JsonNode n, String ptr, String at, List<String> keys) {
            if (n == null || !n.isObject()) {
                problem(ptr, at + " 应为键值映射 " + keys, at + ": expected a mapping with keys " + keys);
                return false;
            }
            int before = problems.size();
            Yaml.unknownKeys(doc, ptr, n, keys, file, at, problems);
            return problems.size() == before;
        }

        String text(JsonNode n, String ptr, String at, String key) {
            JsonNode v = n.get(key);
            if (v == null || !v.isString() || v.asString().isBlank()) {
                problem(v == null ? ptr : ptr + "/" + key, at + " 缺少 " + key, at + ": '" + key + "' is required (a text)");
                return null;
            }
            return v.asString();
        }

        String clause(JsonNode n, String ptr, String at) {
            String c = text(n, ptr, at, "clause");
            if (c != null && !clauses.contains(c)) {
                problem(ptr + "/clause", at + ".clause：未知条款 '" + c + "'" + Names.hintZh(c, clauses),
                        at + ".clause: unknown clause '" + c + "'" + Names.hintEn(c, clauses));
                return null;
            }
            return c;
        }

        /** The name of a parameter of the pack with this unit, given under {@code key}; null (and a problem, if required) otherwise. */
        String param(JsonNode n, String ptr, String at, String key, ParameterUnit unit, boolean required) {
            if (!n.has(key) && !required) return null;
            String name = text(n, ptr, at, key);
            if (name == null) return null;
            Parameter p = params.get(name);
            String where = ptr + "/" + key;
            if (p == null) {
                problem(where, at + "." + key + "：未知参数 '" + name + "'" + Names.hintZh(name, params.all().keySet()),
                        at + "." + key + ": unknown parameter '" + name + "'" + Names.hintEn(name, params.all().keySet()));
                return null;
            }
            if (p.unit() != unit) {
                problem(where, at + "." + key + "：参数 '" + name + "' 的单位为 " + p.unit() + "，应为 " + unit,
                        at + "." + key + ": parameter '" + name + "' has unit " + p.unit() + ", needs " + unit);
                return null;
            }
            return name;
        }

        void problem(String pointer, String zh, String en) {
            Yaml.Pos p = doc.at(pointer);
            problems.add(Problem.of(file, Math.max(p.line(), 1), Math.max(p.column(), 1), zh, en));
        }
    }
}
