package io.kaohe.spi;

import java.util.List;
import java.util.Optional;

import io.kaohe.model.SchoolDossier;
import io.kaohe.model.TeacherDossier;
import io.kaohe.internal.pack.AbilityCatalog;
import io.kaohe.internal.rules.SchoolFacts;
import io.kaohe.internal.rules.TeacherFacts;

/**
 * Service-provider interface of a rule pack, found with {@link java.util.ServiceLoader}. A pack jar
 * lists its implementation in {@code META-INF/services/io.kaohe.spi.RulePack}; the implementation
 * says where its descriptor ({@code pack.yaml}) is and, when its province needs them, the dossier fields
 * only it reads ({@link #parts()}), the facts it builds from them ({@link #teacherFacts}, {@link #schoolFacts}).
 * Core knows no province: everything else is data and DRL.
 */
public interface RulePack {
    /** Classpath resource of the pack's descriptor, e.g. {@code io/kaohe/shandong/pack.yaml}. */
    String descriptor();

    /** The class loader that sees the pack's resources and kjar. */
    default ClassLoader classLoader() { return getClass().getClassLoader(); }

    /** The dossier fields only this pack reads: read, validated and kept in {@code parts} of the dossier. */
    default List<DossierPart<?>> parts() { return List.of(); }

    /**
     * Facts of this province about one teacher, inserted beside the shared ones ({@link TeacherFacts}, its
     * semesters and abilities). Called only for a valid dossier.
     */
    default List<Object> teacherFacts(TeacherDossier dossier, TeacherFacts facts) { return List.of(); }

    /** Facts of this province about one school, inserted beside {@link SchoolFacts}. Called only for a valid dossier. */
    default List<Object> schoolFacts(SchoolDossier dossier, SchoolFacts facts, AbilityCatalog catalog) { return List.of(); }

    /**
     * Invents teacher dossiers of this province for {@code kaohe generate} (benchmarks, trials); empty (the default)
     * when the pack has none, and {@code kaohe generate} says so.
     */
    default Optional<CohortGenerator> generator() { return Optional.empty(); }

    /** A pack of no province-specific parts or facts (an engine built from a descriptor alone). */
    RulePack NONE = () -> null;
}
