package io.kaohe.internal.json;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.deser.std.StdValueInstantiator;
import tools.jackson.databind.introspect.AnnotatedWithParams;

/**
 * Records (and the dossiers' {@code json(...)} factories) built through a method handle made once per type. Jackson 3.3
 * calls a property-based creator with {@code MethodHandle.invokeWithArguments}, which on Java 17 builds a new spreader
 * handle on every call: 15% of the time of binding a dossier went there. Only how the creator is called changes: a
 * creator that throws is called again the standard way, so the error is the one Jackson words.
 */
final class SpreadCreators implements ValueInstantiators {
    @Override
    public ValueInstantiator findValueInstantiator(DeserializationConfig config, BeanDescription.Supplier beanDesc) {
        return null;
    }

    @Override
    public ValueInstantiator modifyValueInstantiator(DeserializationConfig config, BeanDescription.Supplier beanDesc,
                                                     ValueInstantiator instantiator) {
        if (instantiator.getClass() != StdValueInstantiator.class || !instantiator.canCreateFromObjectWith()) return instantiator;
        StdValueInstantiator std = (StdValueInstantiator) instantiator;
        MethodHandle spread = spreader(std.getWithArgsCreator());
        return spread == null ? instantiator : new Spread(std, spread);
    }

    /** The creator as {@code (Object[]) -> Object}; null when it cannot be had (then Jackson's own call is kept). */
    static MethodHandle spreader(AnnotatedWithParams creator) {
        if (creator == null) return null;
        Member member = creator.getMember();
        try {
            MethodHandle h;
            if (member instanceof Constructor<?> c) {
                h = MethodHandles.lookup().unreflectConstructor(c);
            } else if (member instanceof Method m && Modifier.isStatic(m.getModifiers())) {
                h = MethodHandles.lookup().unreflect(m);
            } else {
                return null;
            }
            int n = h.type().parameterCount();
            return h.asType(MethodType.genericMethodType(n)).asSpreader(Object[].class, n);
        } catch (IllegalAccessException | RuntimeException e) {
            return null;   // not accessible from here (Jackson made it so for its own call only): keep Jackson's
        }
    }

    /** Jackson's standard instantiator, but for how it calls the creator with its arguments. */
    static final class Spread extends StdValueInstantiator {
        private final transient MethodHandle creator;

        Spread(StdValueInstantiator src, MethodHandle creator) {
            super(src);
            this.creator = creator;
        }

        @Override
        public Object createFromObjectWith(DeserializationContext ctxt, Object[] args) {
            try {
                return (Object) creator.invokeExact(args);
            } catch (Throwable t) {
                // a creator that fails (a compact constructor refusing a value): called again the standard way, so
                // the error and its wording are Jackson's; a record's creator has no side effect to repeat
                return super.createFromObjectWith(ctxt, args);
            }
        }
    }
}
