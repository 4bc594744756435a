package io.kaohe.internal.params;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.kaohe.KaoheException;
import io.kaohe.internal.i18n.Names;

/**
 * The parameters of a pack resolved for one date: what a rule reads. Immutable; built per
 * evaluation from the pack's {@link ParameterTable}. A {@linkplain #recording recording view} tells
 * its listener of every value read, so a reason can list each parameter it used with its provenance.
 */
public final class ParameterSet {
    /** Told of each value read through a recording view: the parameter and the dated value in force. */
    @FunctionalInterface
    public interface Reads {
        void read(Parameter definition, DatedValue value);
    }

    private final LocalDate date;
    private final Map<String, Parameter> defs;
    private final Map<String, DatedValue> values;
    /** null: reads are not recorded */
    private final Reads reads;
    /** what callers derive once per parameter for this date ({@link #derived}); shared by the recording views */
    private final Map<String, Object> derived;
    /**
     * {@code defs} and {@code values} again, hashed, for looking a name up (rules read parameters many times a dossier;
     * the sorted maps compare names sharing long prefixes); the sorted ones stay for listing. The definitions are the
     * table's, the same for every date; the values are hashed once per date.
     */
    private final Map<String, Parameter> defByName;
    private final Map<String, DatedValue> valueByName;

    /** @param defByName {@code defs} in a hashed map (the table's own, shared by the sets of every date) */
    ParameterSet(LocalDate date, Map<String, Parameter> defs, Map<String, Parameter> defByName, Map<String, DatedValue> values) {
        this(date, defs, values, null, new java.util.concurrent.ConcurrentHashMap<>(), defByName, new java.util.HashMap<>(values));
    }

    private ParameterSet(LocalDate date, Map<String, Parameter> defs, Map<String, DatedValue> values, Reads reads,
                         Map<String, Object> derived, Map<String, Parameter> defByName, Map<String, DatedValue> valueByName) {
        this.date = date;
        this.defs = defs;
        this.values = values;
        this.reads = reads;
        this.derived = derived;
        this.defByName = defByName;
        this.valueByName = valueByName;
    }

    /** The same values, each read (through {@link #value} and the typed readers) told to {@code reads}. */
    public ParameterSet recording(Reads reads) {
        return new ParameterSet(date, defs, values, reads, derived, defByName, valueByName);
    }

    /**
     * What {@code make} derives from a parameter of this set (e.g. a read's provenance, the same for every dossier
     * assessed on this date): made once per parameter and shared, since the table caches a set per date.
     * {@code make} must depend only on the parameter's definition and its value in force here.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(String name, java.util.function.Function<String, T> make) {
        return (T) derived.computeIfAbsent(name, make);
    }

    /** The date these values are in force for. */
    public LocalDate date() { return date; }

    /** Whether the pack has a value of this parameter in force (optional parameters may be absent). */
    public boolean has(String name) { return valueByName.containsKey(name); }

    public Parameter definition(String name) {
        Parameter p = defByName.get(name);
        if (p == null) {
            throw KaoheException.of("pack.parameter.unknown", name, Names.suggestion(name, defs.keySet()));
        }
        return p;
    }

    public Object value(String name) {
        Parameter p = definition(name);
        DatedValue v = valueByName.get(name);
        if (v == null) {
            throw KaoheException.of("pack.parameter.no-value", name, p.file(), date);
        }
        if (reads != null) reads.read(p, v);
        return v.value();
    }

    public BigDecimal number(String name) {
        Object v = value(name);
        if (v instanceof BigDecimal b) return b;
        throw KaoheException.of("pack.parameter.not-number", name, definition(name).unit());
    }

    public int integer(String name) { return number(name).intValueExact(); }

    public LocalDate date(String name) {
        Object v = value(name);
        if (v instanceof LocalDate d) return d;
        throw KaoheException.of("pack.parameter.not-date", name, definition(name).unit());
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> map(String name) {
        Object v = value(name);
        if (v instanceof Map<?, ?> m) return (Map<String, Object>) m;
        throw KaoheException.of("pack.parameter.not-map", name, definition(name).unit());
    }

    public String text(String name) { return String.valueOf(value(name)); }

    /** A {@link ParameterUnit#CLAUSES} parameter: its clause IDs, in the order written. */
    public List<String> clauses(String name) {
        Object v = value(name);
        if (v instanceof List<?> l) return l.stream().map(String::valueOf).toList();
        throw KaoheException.of("pack.parameter.not-clauses", name, definition(name).unit());
    }

    /** The legal reference of the value in force, if the parameter file gives one. */
    public String reference(String name) {
        DatedValue v = valueByName.get(name);
        return v == null ? null : v.reference();
    }

    /** All resolved values, sorted by name. */
    public Map<String, Object> all() {
        Map<String, Object> out = new TreeMap<>();
        values.forEach((k, v) -> out.put(k, v.value()));
        return out;
    }
}
