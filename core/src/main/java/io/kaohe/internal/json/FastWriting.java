package io.kaohe.internal.json;

import io.kaohe.model.ParameterUse;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.util.MinimalPrettyPrinter;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.ValueSerializerModifier;

/**
 * What makes writing a verdict cheaper without changing a byte of it (issue 17): a reason's {@link ParameterUse}
 * entries (one instance per parameter and date, repeated in every verdict; half of a Shandong verdict) are written
 * from their JSON encoded once, raw, when the output is compact. Pretty-printed output is written as before.
 */
final class FastWriting extends SimpleModule {
    FastWriting() {
        super("kaohe-fast-writing");
        setSerializerModifier(new ValueSerializerModifier() {
            @Override
            public ValueSerializer<?> modifySerializer(SerializationConfig config, BeanDescription.Supplier beanDesc,
                                                       ValueSerializer<?> serializer) {
                return beanDesc.getBeanClass() == ParameterUse.class ? new CachedParameterUse(serializer) : serializer;
            }
        });
    }

    /**
     * Entries by identity, in a table of {@link #SLOTS} slots (a slot per identity hash): the engine makes one entry per
     * parameter and date and shares it, so an identity lookup finds it (a record's {@code equals} and {@code hashCode}
     * cost a third of what the cache saves). An entry is encoded the second time it is seen in its slot: entries made
     * afresh for each verdict (read back from JSON, say) cost a lookup, not an encoding each. Memory is bounded by the
     * table; slots are written racily, a {@link Slot} being immutable (at worst an entry is encoded twice).
     */
    static final int SLOTS = 4096;
    private static final Slot[] TABLE = new Slot[SLOTS];

    /** An entry seen in its slot; {@code raw} null when seen once, {@link #NOT_RAW} when it is not written raw. */
    private record Slot(ParameterUse key, SerializedString raw) {}

    /** Marks an entry written by its serializer: its text has a surrogate, which Jackson's raw output rejects when alone. */
    private static final SerializedString NOT_RAW = new SerializedString("");

    /** The entry's compact JSON when it is written raw; null when its serializer writes it. */
    static SerializedString raw(ParameterUse value) {
        int i = System.identityHashCode(value) & (SLOTS - 1);
        Slot slot = TABLE[i];
        if (slot == null || slot.key() != value) {
            TABLE[i] = new Slot(value, null);
            return null;
        }
        SerializedString raw = slot.raw();
        if (raw == null) {
            String text = Text.WRITER.writeValueAsString(value);
            raw = text.chars().anyMatch(c -> Character.isSurrogate((char) c)) ? NOT_RAW : new SerializedString(text);
            TABLE[i] = new Slot(value, raw);
        }
        return raw == NOT_RAW ? null : raw;
    }

    /**
     * The compact JSON of an entry, as its own serializer writes it: through a minimal pretty printer, which writes exactly
     * the compact form, and which makes {@link CachedParameterUse} hand the value to that serializer instead of the cache.
     */
    private static final class Text {
        static final ObjectWriter WRITER = KaoheJson.MAPPER.writerFor(ParameterUse.class).with(new MinimalPrettyPrinter());
    }

    static final class CachedParameterUse extends ValueSerializer<ParameterUse> {
        private final ValueSerializer<Object> bean;

        @SuppressWarnings("unchecked")
        CachedParameterUse(ValueSerializer<?> bean) { this.bean = (ValueSerializer<Object>) bean; }

        @Override
        public void resolve(SerializationContext ctxt) { bean.resolve(ctxt); }

        @Override
        public ValueSerializer<?> createContextual(SerializationContext ctxt, BeanProperty property) {
            ValueSerializer<?> s = bean.createContextual(ctxt, property);
            return s == bean ? this : new CachedParameterUse(s);
        }

        @Override
        public void serialize(ParameterUse value, JsonGenerator gen, SerializationContext ctxt) {
            if (gen.getPrettyPrinter() != null) {
                bean.serialize(value, gen, ctxt);
                return;
            }
            SerializedString raw = raw(value);
            if (raw == null) bean.serialize(value, gen, ctxt);
            else gen.writeRawValue(raw);
        }
    }
}
