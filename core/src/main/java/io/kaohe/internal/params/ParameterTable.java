package io.kaohe.internal.params;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import io.kaohe.KaoheException;
import io.kaohe.internal.i18n.Names;
import io.kaohe.Problem;
import io.kaohe.RulesException;
import io.kaohe.internal.yaml.Yaml;
import tools.jackson.databind.JsonNode;

/**
 * All parameters of a pack, loaded and validated from its parameter files. Immutable.
 *
 * <p>File format (one file per decision, e.g. {@code parameters/teacher.yaml}):
 * <pre>
 * teacher.online-hours-min:
 *   description: 在线学习学时下限 | minimum online study hours
 *   unit: HOUR
 *   clause: SD-02
 *   values:
 *     2020-01-01: {value: 25, reference: "肥教函〔2021〕2号 三(二)"}
 * </pre>
 * A number the sources do not give carries {@code fromSource: false} and a {@code note} saying so.
 */
public final class ParameterTable {
    static final List<String> KEYS = List.of("description", "unit", "clause", "fromSource", "note", "values");
    static final List<String> VALUE_KEYS = List.of("value", "reference");
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");

    private final Map<String, Parameter> params;
    /** {@code params} hashed, for looking a name up: the same for every date, so made once and shared by every set */
    private final Map<String, Parameter> byName;
    private final LocalDate inForceFrom;
    private final LocalDate latestChange;
    /** Resolved sets by date: every dossier asks, and a cohort has few distinct dates. */
    private final Map<LocalDate, ParameterSet> byDate = new java.util.concurrent.ConcurrentHashMap<>();

    private ParameterTable(Map<String, Parameter> params) {
        this.params = Collections.unmodifiableMap(params);
        this.byName = Collections.unmodifiableMap(new java.util.HashMap<>(params));
        this.inForceFrom = params.values().stream().map(p -> p.values().get(0).effective())
                .max(java.util.Comparator.naturalOrder()).orElse(LocalDate.MIN);
        this.latestChange = params.values().stream().flatMap(p -> p.values().stream()).map(DatedValue::effective)
                .max(java.util.Comparator.naturalOrder()).orElse(null);
    }

    /**
     * Loads parameter files (file name → YAML text), checking every entry.
     *
     * @param knownClauses clause IDs a parameter may cite
     * @throws RulesException listing every problem, with file and line
     */
    public static ParameterTable load(Map<String, String> files, Set<String> knownClauses) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Parameter> out = new TreeMap<>();
        Map<String, Yaml.Doc> docs = new java.util.HashMap<>();
        files.forEach((file, text) -> {
            Yaml.Doc doc;
            List<Yaml.Entry> entries;
            try {
                doc = Yaml.document(file, text);
                entries = doc.entries(file);
            } catch (RulesException e) {
                problems.addAll(e.problems());
                return;
            }
            for (Yaml.Entry e : entries) {
                Parameter p = parse(file, doc, e, knownClauses, problems);
                if (p == null) continue;
                Parameter before = out.putIfAbsent(p.name(), p);
                if (before != null) {
                    problems.add(Problem.of(file, e.line(), 1, "参数 '" + p.name() + "' 已在 " + before.file() + " 中定义",
                            "parameter '" + p.name() + "' is already defined in " + before.file()));
                } else {
                    docs.put(p.name(), doc);
                }
            }
        });
        gaps(out, docs, problems);
        if (!problems.isEmpty()) throw new RulesException(problems);
        return new ParameterTable(out);
    }

    /**
     * Every parameter must have a value from the pack's first policy date on: one that starts later leaves a
     * gap in which the pack has no complete policy (its dossiers would be rejected).
     */
    private static void gaps(Map<String, Parameter> params, Map<String, Yaml.Doc> docs, List<Problem> problems) {
        LocalDate first = params.values().stream().map(p -> p.values().get(0).effective())
                .min(java.util.Comparator.naturalOrder()).orElse(null);
        for (Parameter p : params.values()) {
            LocalDate start = p.values().get(0).effective();
            if (start.isAfter(first)) {
                Yaml.Pos at = docs.get(p.name()).at(Yaml.pointer(Yaml.pointer(Yaml.pointer("", p.name()), "values"),
                        p.values().get(0).effective()));
                problems.add(Problem.of(p.file(), at.line(), at.column(),
                        "参数 '" + p.name() + "' 的最早生效日期 " + start + " 晚于其他参数的 " + first + "：其间缺少取值",
                        "parameter '" + p.name() + "' has no value from " + first + " (when the other parameters start) to "
                                + start + ": a gap in which the pack has no complete policy"));
            }
        }
    }

    private static Parameter parse(String file, Yaml.Doc doc, Yaml.Entry e, Set<String> knownClauses, List<Problem> problems) {
        String name = e.key();
        JsonNode n = e.value();
        int line = e.line();
        String ptr = Yaml.pointer("", name);
        int before = problems.size();
        String zh = "参数 '" + name + "'";
        String at = "parameter '" + name + "'";
        if (!NAME.matcher(name).matches()) {
            problems.add(Problem.of(file, line, 1, zh + "：参数名须为小写单词，以 '.' 或 '-' 连接",
                    at + ": name must be lower-case words joined by '.' or '-'"));
        }
        if (!n.isObject()) {
            problems.add(Problem.of(file, line, 1, zh + "：应包含这些键 " + KEYS, at + ": expected keys " + KEYS));
            return null;
        }
        Yaml.unknownKeys(doc, ptr, n, KEYS, file, at, problems);
        String description = text(n, "description");
        if (description == null) problems.add(Problem.of(file, line, 1, zh + "：缺少 description", at + ": 'description' is required"));
        ParameterUnit unit = null;
        String unitText = text(n, "unit");
        if (unitText == null) {
            problems.add(Problem.of(file, line, 1, zh + "：缺少 unit", at + ": 'unit' is required"));
        } else {
            try {
                unit = ParameterUnit.valueOf(unitText);
            } catch (IllegalArgumentException x) {
                List<String> units = java.util.Arrays.stream(ParameterUnit.values()).map(Enum::name).toList();
                Yaml.Pos p = doc.at(Yaml.pointer(ptr, "unit"));
                problems.add(Problem.of(file, p.line(), p.column(), zh + "：未知单位 '" + unitText + "'" + Names.hintZh(unitText, units),
                        at + ": unknown unit '" + unitText + "'" + Names.hintEn(unitText, units) + "; units: " + units));
            }
        }
        String clause = text(n, "clause");
        if (clause == null) {
            problems.add(Problem.of(file, line, 1, zh + "：缺少条款编号 clause", at + ": 'clause' is required: which clause does it serve?"));
        } else if (!knownClauses.contains(clause)) {
            Yaml.Pos p = doc.at(Yaml.pointer(ptr, "clause"));
            problems.add(Problem.of(file, p.line(), p.column(), zh + "：未知条款 '" + clause + "'" + Names.hintZh(clause, knownClauses),
                    at + ": unknown clause '" + clause + "'" + Names.hintEn(clause, knownClauses)));
        }
        boolean fromSource = !n.has("fromSource") || n.get("fromSource").asBoolean(true);
        String note = text(n, "note");
        if (!fromSource && note == null) {
            Yaml.Pos p = doc.at(Yaml.pointer(ptr, "fromSource"));
            problems.add(Problem.of(file, p.line(), p.column(), zh + "：fromSource 为 false，须以 note 说明取值来由",
                    at + ": fromSource is false, so a 'note' must say where the default comes from"));
        }
        List<DatedValue> values = new ArrayList<>();
        JsonNode vs = n.get("values");
        String vptr = Yaml.pointer(ptr, "values");
        if (vs == null || !vs.isObject() || vs.isEmpty()) {
            Yaml.Pos p = doc.at(vptr);
            problems.add(Problem.of(file, p.line(), p.column(), zh + "：values 至少需要一项 '生效日期: 取值'",
                    at + ": 'values' needs at least one 'yyyy-MM-dd: value'"));
        } else {
            for (Map.Entry<String, JsonNode> v : vs.properties()) {
                String dptr = Yaml.pointer(vptr, v.getKey());
                String zhv = zh + " " + v.getKey();
                String atv = at + " " + v.getKey();
                LocalDate effective;
                try {
                    effective = LocalDate.parse(v.getKey());
                } catch (DateTimeParseException x) {
                    Yaml.Pos p = doc.at(dptr); // positions only for a problem: finding them parses the file again
                    problems.add(Problem.of(file, p.line(), p.column(), zh + "：生效日期 '" + v.getKey() + "' 应为 yyyy-MM-dd 格式",
                            at + ": effective date '" + v.getKey() + "' is not yyyy-MM-dd"));
                    continue;
                }
                JsonNode raw = v.getValue();
                String reference = null;
                if (raw.isObject()) {
                    Yaml.unknownKeys(doc, dptr, raw, VALUE_KEYS, file, atv, problems);
                    if (!raw.has("value")) {
                        Yaml.Pos p = doc.at(dptr);
                        problems.add(Problem.of(file, p.line(), p.column(), zhv + "：缺少 value", atv + ": 'value' is required"));
                        continue;
                    }
                    reference = text(raw, "reference");
                    raw = raw.get("value");
                }
                if (unit == null) continue;
                Object value = convert(raw, unit);
                if (value == null) {
                    Yaml.Pos vp = doc.at(Yaml.pointer(dptr, "value"));
                    problems.add(Problem.of(file, vp.line(), vp.column(), zhv + "：取值 " + raw + " 与单位 " + unit + " 不符（" + unit.zh() + "）",
                            atv + ": value " + raw + " does not fit unit " + unit + " (" + unit.en() + ")"));
                    continue;
                }
                if (unit == ParameterUnit.CLAUSES) {
                    boolean known = true;
                    for (Object c : (List<?>) value) {
                        if (knownClauses.contains(c)) continue;
                        known = false;
                        Yaml.Pos vp = doc.at(Yaml.pointer(dptr, "value"));
                        problems.add(Problem.of(file, vp.line(), vp.column(), zhv + "：未知条款 '" + c + "'" + Names.hintZh((String) c, knownClauses),
                                atv + ": unknown clause '" + c + "'" + Names.hintEn((String) c, knownClauses)));
                    }
                    if (!known) continue;
                }
                values.add(new DatedValue(effective, value, reference));
            }
        }
        if (problems.size() > before) return null;
        values.sort(java.util.Comparator.comparing(DatedValue::effective));
        return new Parameter(name, description, unit, clause, fromSource, note, values, file);
    }

    private static String text(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() ? null : v.asString();
    }

    private static Object convert(JsonNode raw, ParameterUnit unit) {
        switch (unit) {
            case DATE: return date(raw);
            case TEXT: return raw.isString() ? raw.asString() : null;
            case CLAUSES: {
                if (!raw.isArray() || raw.isEmpty()) return null;
                List<String> ids = new ArrayList<>();
                for (JsonNode c : raw) {
                    if (!c.isString()) return null;
                    ids.add(c.asString());
                }
                return List.copyOf(ids);
            }
            case DATES:
            case SHARES: {
                if (!raw.isObject()) return null;
                Map<String, Object> m = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> e : raw.properties()) {
                    Object v = unit == ParameterUnit.DATES ? date(e.getValue()) : share(e.getValue());
                    if (v == null) return null;
                    m.put(e.getKey(), v);
                }
                return Collections.unmodifiableMap(m);
            }
            case SHARE: return share(raw);
            case COUNT:
            case SEED: {
                BigDecimal b = number(raw);
                return b == null || b.signum() < 0 || b.stripTrailingZeros().scale() > 0 ? null : b;
            }
            default: {
                BigDecimal b = number(raw);
                return b == null || b.signum() < 0 ? null : b;
            }
        }
    }

    private static BigDecimal number(JsonNode raw) {
        if (!raw.isNumber()) return null;
        // YAML reads .inf, .nan and a number past a double's range (1e2147483648) as a double that is no decimal:
        // a value not allowed, reported as any other, not a failed check
        if (raw.isFloatingPointNumber() && !raw.isBigDecimal() && !Double.isFinite(raw.doubleValue())) return null;
        return raw.decimalValue();
    }

    private static BigDecimal share(JsonNode raw) {
        BigDecimal b = number(raw);
        return b == null || b.signum() < 0 || b.compareTo(BigDecimal.ONE) > 0 ? null : b;
    }

    private static LocalDate date(JsonNode raw) {
        if (!raw.isString()) return null;
        try {
            return LocalDate.parse(raw.asString());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The parameters resolved for {@code date}; a parameter with no value yet is absent (reading it fails clearly). */
    public ParameterSet at(LocalDate date) {
        return byDate.computeIfAbsent(date, d -> {
            Map<String, DatedValue> v = new TreeMap<>();
            params.forEach((k, p) -> p.at(d).ifPresent(x -> v.put(k, x)));
            return new ParameterSet(d, params, byName, Collections.unmodifiableMap(v));
        });
    }

    /** The earliest date on which every parameter has a value: before it the pack has no complete policy. */
    public LocalDate inForceFrom() { return inForceFrom; }

    /** The latest effective date of any value: the policy as it stands now. */
    public LocalDate latestChange() {
        if (latestChange == null) throw new KaoheException("no parameters");
        return latestChange;
    }

    public Map<String, Parameter> all() { return params; }

    public Parameter get(String name) { return params.get(name); }
}
