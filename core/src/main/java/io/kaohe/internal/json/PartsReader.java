package io.kaohe.internal.json;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import io.kaohe.KaoheException;
import io.kaohe.model.SchoolDossier;
import io.kaohe.model.TeacherDossier;
import io.kaohe.spi.RulePack;
import io.kaohe.spi.DossierPart;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Reads the pack-declared fields of a dossier ({@link DossierPart}) as the types their packs gave, with the
 * mapper's strict settings: a field no pack declares is an unknown field, named with every known one, as
 * for any other record. The parts of every pack on the class path are known, whichever pack assesses.
 */
public abstract class PartsReader extends ValueDeserializer<Object> {
    private static volatile Map<DossierPart.Of, Map<String, DossierPart<?>>> registry;

    private final DossierPart.Of of;
    private final Class<?> owner;

    PartsReader(DossierPart.Of of, Class<?> owner) {
        this.of = of;
        this.owner = owner;
    }

    /** The any-setter content reader of {@link TeacherDossier}. */
    public static final class Teacher extends PartsReader {
        public Teacher() { super(DossierPart.Of.TEACHER, TeacherDossier.class); }
    }

    /** The any-setter content reader of {@link SchoolDossier}. */
    public static final class School extends PartsReader {
        public School() { super(DossierPart.Of.SCHOOL, SchoolDossier.class); }
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
        DossierPart<?> part = part(p.currentName(), p, ctxt);
        Reader r = readers.get(part.name());
        if (r == null || r.config() != ctxt.getConfig()) {
            JavaType type = ctxt.getTypeFactory().constructType(part.type());
            ValueDeserializer<Object> d = ctxt.findRootValueDeserializer(type);
            if (d == null) return ctxt.readValue(p, type);   // Jackson's own error: no reader for the type
            r = new Reader(ctxt.getConfig(), d);
            readers.put(part.name(), r);
        }
        // as ctxt.readValue(p, type) does, once the reader is found
        return p.hasToken(JsonToken.VALUE_NULL) ? r.reader().getNullValue(ctxt) : r.reader().deserialize(p, ctxt);
    }

    /**
     * A part's reader as found for a configuration. Finding it costs more than reading a small part (Jackson
     * contextualizes a root reader on every lookup), so it is found once per part and configuration.
     */
    private record Reader(DeserializationConfig config, ValueDeserializer<Object> reader) {}

    private final Map<String, Reader> readers = new ConcurrentHashMap<>();

    @Override
    public Object getNullValue(DeserializationContext ctxt) {
        // "bogus": null is an unknown field too, not nothing
        part(ctxt.getParser().currentName(), ctxt.getParser(), ctxt);
        return null;
    }

    @Override
    public Object getAbsentValue(DeserializationContext ctxt) { return null; }   // a part not given is no part

    private DossierPart<?> part(String name, JsonParser p, DeserializationContext ctxt) {
        DossierPart<?> part = parts(of).get(name);
        if (part == null) {
            List<Object> known = new ArrayList<>(shared(owner));
            known.addAll(parts(of).keySet());
            // the path is added by the dossier's reader, as for any field: not prepended here
            throw new UnrecognizedPropertyException(p, "Unrecognized property \"" + name + "\" (class " + owner.getName() + ")",
                    p.currentLocation(), owner, name, known);
        }
        return part;
    }

    /** The JSON fields every dossier of this type has (its record components but {@code parts}). */
    static List<String> shared(Class<?> owner) {
        return Arrays.stream(owner.getRecordComponents()).map(RecordComponent::getName).filter(n -> !n.equals("parts")).toList();
    }

    /** The parts of every pack on the class path, by name. */
    public static Map<String, DossierPart<?>> parts(DossierPart.Of of) {
        Map<DossierPart.Of, Map<String, DossierPart<?>>> r = registry;
        if (r == null) {
            synchronized (PartsReader.class) {
                if (registry == null) registry = load();
                r = registry;
            }
        }
        return r.get(of);
    }

    private static Map<DossierPart.Of, Map<String, DossierPart<?>>> load() {
        Map<DossierPart.Of, Map<String, DossierPart<?>>> m = new TreeMap<>();
        for (DossierPart.Of o : DossierPart.Of.values()) m.put(o, new TreeMap<>());
        for (RulePack pack : io.kaohe.internal.json.Providers.all()) {
            for (DossierPart<?> part : pack.parts()) {
                Map<String, DossierPart<?>> byName = m.get(part.of());
                DossierPart<?> before = byName.putIfAbsent(part.name(), part);
                boolean sharedName = part.name().equals("parts")
                        || shared(part.of() == DossierPart.Of.TEACHER ? TeacherDossier.class : SchoolDossier.class).contains(part.name());
                if (sharedName || before != null && !sameType(before.type(), part.type())) {
                    throw KaoheException.of("pack.part.conflict", part.name(), pack.getClass().getName());
                }
            }
        }
        m.replaceAll((k, v) -> java.util.Collections.unmodifiableMap(v));
        return java.util.Collections.unmodifiableMap(m);
    }

    private static boolean sameType(Type a, Type b) { return a.getTypeName().equals(b.getTypeName()); }
}
