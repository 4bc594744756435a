package io.kaohe.internal.json;

import io.kaohe.model.ParameterUse;
import io.kaohe.model.Reason;
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
import tools.jackson.databind.util.TokenBuffer;

/**
 * What makes writing a verdict cheaper without changing a byte of it (issue 17): a reason's {@link ParameterUse}
 * entries (one instance per parameter and date, repeated in every verdict; half of a Shandong verdict) and the
 * {@link Reason}s the engine makes once and shares (io.kaohe.internal.rules.ReasonCache: most reasons of a cohort repeat
 * an earlier one) are written from their JSON encoded once, raw, when the output is compact. Pretty-printed output, and
 * output into a token buffer (a tree), is written as before.
 */
final class FastWriting extends SimpleModule {
    FastWriting() {
        super("kaohe-fast-writing");
        setSerializerModifier(new ValueSerializerModifier() {
            @Override
            public ValueSerializer<?> modifySerializer(SerializationConfig config, BeanDescription.Supplier beanDesc,
                                                       ValueSerializer<?> serializer) {
                if (beanDesc.getBeanClass() == ParameterUse.class) return new Cached<>(serializer, PARAMETER_USES);
                if (beanDesc.getBeanClass() == Reason.class) return new Cached<>(serializer, REASONS);
                return serializer;
            }
        });
    }

    /**
     * Values by identity, in a table of slots (a slot per identity hash): the engine makes one entry per parameter and date,
     * and one reason per rule and what it saw, and shares it, so an identity lookup finds it (a record's {@code equals}
     * and {@code hashCode} cost as much as what the cache saves). A value is encoded the second time it is seen in its
     * slot: values made afresh for each verdict (read back from JSON, say) cost a lookup, not an encoding each. Memory is
     * bounded by the table; slots are written racily, a {@link Slot} being immutable (at worst a value is encoded twice).
     */
    static final int SLOTS = 4096;
    /**
     * Slots for reasons: Hunan's 20,000-line cohort has about 7,900 distinct reasons. A reason's JSON is about 620–670
     * bytes of UTF-8 on average (measured, the four packs' cohorts), kept as a string and as UTF-8 bytes: the table holds,
     * estimated, at most about 16 MB. 4,096 slots wrote 88% of Shandong's reasons raw and 63% of Hunan's; 8,192: 92%, 68%.
     * (Giving a slot only to the reasons the engine shares would need io.kaohe.internal.rules to call this package: a
     * package cycle; measured, it was no faster.)
     */
    static final int REASON_SLOTS = 8192;
    private static final Table<ParameterUse> PARAMETER_USES = new Table<>(ParameterUse.class, SLOTS);
    private static final Table<Reason> REASONS = new Table<>(Reason.class, REASON_SLOTS);

    /** A value seen in its slot; {@code raw} null when seen once, {@link #NOT_RAW} when it is not written raw. */
    private record Slot(Object key, SerializedString raw) {}

    /** Marks a value written by its serializer: its text has a surrogate, which Jackson's raw output rejects when alone. */
    private static final SerializedString NOT_RAW = new SerializedString("");

    /** The entry's compact JSON when it is written raw; null when its serializer writes it. */
    static SerializedString raw(ParameterUse value) { return PARAMETER_USES.raw(value); }

    /** The reason's compact JSON when it is written raw; null when its serializer writes it. */
    static SerializedString raw(Reason value) { return REASONS.raw(value); }

    private static final class Table<T> {
        private final Slot[] slots;
        /**
         * The compact JSON of a value, as its own serializer writes it: through a minimal pretty printer, which writes
         * exactly the compact form, and which makes {@link Cached} hand the value to that serializer instead of the cache.
         */
        private volatile ObjectWriter writer;
        private final Class<T> type;

        /** Made with the mapper, whose writer is asked for on the first encoding. */
        Table(Class<T> type, int size) {
            slots = new Slot[size];
            this.type = type;
        }

        private ObjectWriter writer() {
            ObjectWriter w = writer;
            if (w == null) writer = w = KaoheJson.MAPPER.writerFor(type).with(new MinimalPrettyPrinter());
            return w;
        }

        SerializedString raw(T value) {
            int i = System.identityHashCode(value) & (slots.length - 1);
            Slot slot = slots[i];
            if (slot == null || slot.key() != value) {
                slots[i] = new Slot(value, null);
                return null;
            }
            SerializedString raw = slot.raw();
            if (raw == null) {
                String text = writer().writeValueAsString(value);
                raw = text.chars().anyMatch(c -> Character.isSurrogate((char) c)) ? NOT_RAW : new SerializedString(text);
                slots[i] = new Slot(value, raw);
            }
            return raw == NOT_RAW ? null : raw;
        }
    }

    static final class Cached<T> extends ValueSerializer<T> {
        private final ValueSerializer<Object> bean;
        private final Table<T> table;

        @SuppressWarnings("unchecked")
        Cached(ValueSerializer<?> bean, Table<T> table) {
            this.bean = (ValueSerializer<Object>) bean;
            this.table = table;
        }

        @Override
        public void resolve(SerializationContext ctxt) { bean.resolve(ctxt); }

        @Override
        public ValueSerializer<?> createContextual(SerializationContext ctxt, BeanProperty property) {
            ValueSerializer<?> s = bean.createContextual(ctxt, property);
            return s == bean ? this : new Cached<>(s, table);
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
            if (gen.getPrettyPrinter() != null || gen instanceof TokenBuffer) {
                bean.serialize(value, gen, ctxt);
                return;
            }
            SerializedString raw = table.raw(value);
            if (raw == null) bean.serialize(value, gen, ctxt);
            else gen.writeRawValue(raw);
        }
    }
}
