package io.kaohe.internal.json;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.jdk.EnumDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.util.TokenBuffer;

/**
 * An enum read by matching the text in the parser's buffer against the names Jackson's own reader accepts, without
 * making a {@code String} of it and hashing it: a tenth of the time of binding a dossier (about forty enum values a
 * line). Which text gives which constant is Jackson's answer, asked once per configuration for each constant's
 * {@code name()} and {@code toString()}; any other text, and any other token, goes to Jackson's reader as before, so
 * errors and the unusual cases (case-insensitive reading, aliases, numbers) are its own.
 */
final class EnumNames extends DelegatingDeserializer {
    /** Wraps Jackson's standard enum reader (and no other: a custom one may mean anything by a name). */
    static final class Modifier extends ValueDeserializerModifier {
        @Override
        public ValueDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type, BeanDescription.Supplier beanDesc,
                                                           ValueDeserializer<?> deserializer) {
            return deserializer.getClass() == EnumDeserializer.class ? new EnumNames(deserializer, type.getRawClass()) : deserializer;
        }
    }

    private final Class<?> type;
    /** The texts Jackson's reader takes to a constant, for the configuration last seen. */
    private volatile Table table;

    EnumNames(ValueDeserializer<?> jackson, Class<?> type) {
        super(jackson);
        this.type = type;
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> newDelegatee) { return new EnumNames(newDelegatee, type); }

    @Override
    @SuppressWarnings("unchecked")
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
        if (p.hasToken(JsonToken.VALUE_STRING)) {
            Table t = table;
            if (t == null || t.config != ctxt.getConfig()) table = t = table(ctxt);
            Object value = t.find(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
            if (value != null) return value;
        }
        return ((ValueDeserializer<Object>) _delegatee).deserialize(p, ctxt);
    }

    /** What Jackson's reader makes of each constant's name and {@code toString()}, in this configuration. */
    private Table table(DeserializationContext ctxt) {
        List<char[]> texts = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (Object c : type.getEnumConstants()) {
            for (String text : new String[] {((Enum<?>) c).name(), c.toString()}) {
                Object v = jackson(text, ctxt);
                if (v != null && texts.stream().noneMatch(x -> new String(x).equals(text))) {
                    texts.add(text.toCharArray());
                    values.add(v);
                }
            }
        }
        return new Table(ctxt.getConfig(), texts.toArray(char[][]::new), values.toArray());
    }

    /** Jackson's reader on the text {@code text}; null when it refuses it (or reads it as null). */
    private Object jackson(String text, DeserializationContext ctxt) {
        TokenBuffer buffer = ctxt.bufferForInputBuffering();
        buffer.writeString(text);
        try (JsonParser p = buffer.asParserOnFirstToken(ctxt)) {
            return _delegatee.deserialize(p, ctxt);
        } catch (JacksonException e) {
            return null;
        }
    }

    private record Table(DeserializationConfig config, char[][] texts, Object[] values) {
        Object find(char[] buf, int offset, int length) {
            next:
            for (int i = 0; i < texts.length; i++) {
                char[] t = texts[i];
                if (t.length != length) continue;
                for (int j = 0; j < length; j++) {
                    if (t[j] != buf[offset + j]) continue next;
                }
                return values[i];
            }
            return null;
        }
    }
}
