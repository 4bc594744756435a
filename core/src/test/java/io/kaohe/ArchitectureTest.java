package io.kaohe;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The shape of core (issue 16): the public API is {@code io.kaohe}, {@code io.kaohe.model} and {@code io.kaohe.spi};
 * everything else is {@code io.kaohe.internal.*}. No Drools or Jackson type, and no internal type, appears in a
 * public signature of the API; no package depends on itself through another (each package is its own slice, the
 * root package {@code io.kaohe} included).
 */
class ArchitectureTest {
    static final List<String> API = List.of("io.kaohe", "io.kaohe.model", "io.kaohe.spi");
    static final List<String> FOREIGN = List.of("org.kie.", "org.drools.", "tools.jackson.", "com.fasterxml.");
    static final String INTERNAL = "io.kaohe.internal.";
    /** Internal packages a pack's own code meets through the SPI: the facts its DRL matches, its catalog. */
    static final List<String> PACK_FACING = List.of("io.kaohe.internal.rules.", "io.kaohe.internal.pack.");

    static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.kaohe");

    @Test
    void publicApiNamesNoDroolsOrJacksonType() {
        List<String> found = leaks(name -> FOREIGN.stream().anyMatch(name::startsWith));
        assertEquals(List.of(), found, "Drools or Jackson types in public signatures of the API");
    }

    @Test
    void publicApiNamesNoInternalType() {
        List<String> found = leaks(List.of("io.kaohe", "io.kaohe.model"), name -> name.startsWith(INTERNAL));
        assertEquals(List.of(), found, "internal types in public signatures of the API");
        // the SPI may hand a pack the facts its DRL matches and its catalog (exported, versioned with core), nothing else
        found = leaks(List.of("io.kaohe.spi"), name -> name.startsWith(INTERNAL) && PACK_FACING.stream().noneMatch(name::startsWith));
        assertEquals(List.of(), found, "internal types other than the pack-facing ones in the SPI");
    }

    @Test
    void theWalkSeesWhatItMustReject() {
        // the walk itself can fail: a signature with a Jackson type nested in generics is found
        List<String> out = new ArrayList<>();
        walk(Fixture.class, name -> name.startsWith("tools.jackson."), out);
        assertEquals(6, out.size(), String.join("\n", out)); // tree() twice: its return type and its type parameter
    }

    @Test
    void apiPackagesHoldOnlyTheirOwnTypes() {
        Set<String> packages = new TreeSet<>();
        CORE.forEach(c -> packages.add(c.getPackageName()));
        for (String p : packages) {
            assertTrue(API.contains(p) || p.startsWith(INTERNAL),
                    p + " is neither public API (" + API + ") nor under " + INTERNAL);
        }
        assertTrue(packages.containsAll(API), "the API packages exist: " + packages);
    }

    @Test
    void theModuleExportsEveryPackage() throws Exception {
        // core's own module-info.class, beside its classes (the tests run on the class path, where another would be found first)
        java.nio.file.Path at = java.nio.file.Path.of(Kaohe.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("module-info.class");
        assertTrue(java.nio.file.Files.isRegularFile(at), "core has a module-info: " + at);
        java.lang.module.ModuleDescriptor d;
        try (var in = java.nio.file.Files.newInputStream(at)) {
            d = java.lang.module.ModuleDescriptor.read(in);
        }
        assertEquals("io.kaohe.core", d.name());
        Set<String> packages = new TreeSet<>();
        CORE.forEach(c -> packages.add(c.getPackageName()));
        Set<String> exported = new TreeSet<>();
        d.exports().forEach(e -> {
            assertTrue(!e.isQualified(), "exported to all: " + e);
            exported.add(e.source());
        });
        assertEquals(packages, exported, "every package of core is exported: add a new one to core/src/main/java/module-info.java");
        assertTrue(d.isOpen(), "open: Drools and Jackson reflect on the facts and records");
        assertTrue(d.uses().contains("io.kaohe.spi.RulePack"), "binds the packs on the module path");
    }

    @Test
    void noPackageCycles() {
        slices().assignedFrom(EACH_PACKAGE).should().beFreeOfCycles().check(CORE);
    }

    @Test
    void apiDependsOnNoInternalPackageThatCouldReachIt() {
        // the API may use leaf helpers (messages, masking) but nothing that builds or runs rules; the SPI may use the
        // pack-facing packages (facts, pack files) and nothing else that does
        noClasses().that().resideInAnyPackage("io.kaohe", "io.kaohe.model")
                .should().dependOnClassesThat().resideInAnyPackage(BUILD_AND_RUN)
                .check(CORE);
        noClasses().that().resideInAPackage("io.kaohe.spi")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage(BUILD_AND_RUN)
                        .and(DescribedPredicate.not(JavaClass.Predicates.resideInAnyPackage(
                                "io.kaohe.internal.rules..", "io.kaohe.internal.pack.."))))
                .check(CORE);
        noClasses().that().resideInAnyPackage("io.kaohe.spi..", "io.kaohe.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
                .check(CORE);
    }

    static final String[] BUILD_AND_RUN = {"io.kaohe.internal.engine..", "io.kaohe.internal.rules..",
            "io.kaohe.internal.pack..", "io.kaohe.internal.params..", "io.kaohe.internal.json..",
            "io.kaohe.internal.scenario..", "io.kaohe.internal.validate..", "io.kaohe.internal.stream.."};

    @Test
    void theFacadeFindsCoresImplementation() {
        assertTrue(Kaohe.backend().getClass().getName().startsWith(INTERNAL), Kaohe.backend().getClass().getName());
    }

    /** Every package of io.kaohe is a slice of its own, the root package too. */
    static final SliceAssignment EACH_PACKAGE = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            return c.getPackageName().equals("io.kaohe") || c.getPackageName().startsWith("io.kaohe.")
                    ? SliceIdentifier.of(c.getPackageName()) : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() { return "each package of io.kaohe"; }
    };

    /** Public types of the API packages, nested public types included. */
    static List<Class<?>> apiTypes(List<String> packages) {
        List<Class<?>> out = new ArrayList<>();
        for (JavaClass c : CORE) {
            if (!packages.contains(c.getPackageName()) || c.isAnonymousClass() || c.isLocalClass()) continue;
            Class<?> k = c.reflect();
            if (visible(k)) out.add(k);
        }
        out.sort((a, b) -> a.getName().compareTo(b.getName()));
        return out;
    }

    static boolean visible(Class<?> k) {
        for (Class<?> c = k; c != null; c = c.getDeclaringClass()) {
            if (!Modifier.isPublic(c.getModifiers()) && !(c != k && Modifier.isProtected(c.getModifiers()))) return false;
        }
        return true;
    }

    static List<String> leaks(Predicate<String> bad) { return leaks(API, bad); }

    static List<String> leaks(List<String> packages, Predicate<String> bad) {
        List<Class<?>> types = apiTypes(packages);
        assertTrue(!types.isEmpty() && (packages.size() == 1 || types.size() > 20), "the walk found the API: " + types);
        List<String> out = new ArrayList<>();
        for (Class<?> k : types) walk(k, bad, out);
        return out;
    }

    /** Every type a caller of {@code k} can see: supertypes, type parameters, public and protected members. */
    static void walk(Class<?> k, Predicate<String> bad, List<String> out) {
        String where = k.getName();
        check(where + " extends", k.getGenericSuperclass(), bad, out);
        for (Type t : k.getGenericInterfaces()) check(where + " implements", t, bad, out);
        for (TypeVariable<?> v : k.getTypeParameters()) check(where + "<" + v + ">", v, bad, out);
        if (k.isRecord()) {
            for (RecordComponent r : k.getRecordComponents()) check(where + " component " + r.getName(), r.getGenericType(), bad, out);
        }
        for (Field f : k.getDeclaredFields()) {
            if (exposed(f.getModifiers())) check(where + "." + f.getName(), f.getGenericType(), bad, out);
        }
        for (Constructor<?> c : k.getDeclaredConstructors()) {
            if (!exposed(c.getModifiers())) continue;
            for (Type t : c.getGenericParameterTypes()) check(where + "(constructor)", t, bad, out);
            for (Type t : c.getGenericExceptionTypes()) check(where + "(constructor) throws", t, bad, out);
        }
        for (Method m : k.getDeclaredMethods()) {
            if (!exposed(m.getModifiers()) || m.isSynthetic() || m.isBridge()) continue;
            String mw = where + "." + m.getName() + "()";
            check(mw + " returns", m.getGenericReturnType(), bad, out);
            for (Type t : m.getGenericParameterTypes()) check(mw + " takes", t, bad, out);
            for (Type t : m.getGenericExceptionTypes()) check(mw + " throws", t, bad, out);
            for (TypeVariable<?> v : m.getTypeParameters()) check(mw + " <" + v + ">", v, bad, out);
        }
    }

    static boolean exposed(int modifiers) { return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers); }

    static void check(String where, Type t, Predicate<String> bad, List<String> out) {
        check(where, t, bad, out, new HashSet<>());
    }

    private static void check(String where, Type t, Predicate<String> bad, List<String> out, Set<Type> seen) {
        if (t == null || !seen.add(t)) return;
        if (t instanceof Class<?> c) {
            while (c.isArray()) c = c.getComponentType();
            if (bad.test(c.getName())) out.add(where + ": " + c.getName());
        } else if (t instanceof ParameterizedType p) {
            check(where, p.getRawType(), bad, out, seen);
            check(where, p.getOwnerType(), bad, out, seen);
            for (Type a : p.getActualTypeArguments()) check(where, a, bad, out, seen);
        } else if (t instanceof WildcardType w) {
            for (Type b : w.getUpperBounds()) check(where, b, bad, out, seen);
            for (Type b : w.getLowerBounds()) check(where, b, bad, out, seen);
        } else if (t instanceof GenericArrayType g) {
            check(where, g.getGenericComponentType(), bad, out, seen);
        } else if (t instanceof TypeVariable<?> v) {
            for (Type b : v.getBounds()) check(where, b, bad, out, seen);
        }
    }

    /** Ways to leak a Jackson type: a field, a generic return, a wildcard bound, a type bound, an array parameter; not a private method. */
    @SuppressWarnings("unused")
    public static final class Fixture {
        public tools.jackson.databind.json.JsonMapper mapper;
        public List<tools.jackson.databind.JsonNode> nodes() { return List.of(); }
        public void take(List<? extends tools.jackson.core.JsonParser> parsers) {}
        public <T extends tools.jackson.core.TreeNode> T tree() { return null; }
        protected void array(tools.jackson.databind.ObjectMapper[] mappers) {}
        private tools.jackson.databind.ObjectReader hidden() { return null; }
    }
}
