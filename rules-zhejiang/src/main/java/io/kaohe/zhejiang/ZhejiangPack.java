package io.kaohe.zhejiang;

import java.util.List;
import java.util.Optional;

import io.kaohe.model.SchoolDossier;
import io.kaohe.model.TeacherDossier;
import io.kaohe.internal.pack.AbilityCatalog;
import io.kaohe.spi.RulePack;
import io.kaohe.internal.rules.SchoolFacts;
import io.kaohe.internal.rules.TeacherFacts;
import io.kaohe.spi.DossierPart;
import io.kaohe.spi.CohortGenerator;

/**
 * The Zhejiang pack (ZJ clauses): everything is in {@code io/kaohe/zhejiang/pack.yaml} and the files it names,
 * but the dossier fields only Zhejiang reads: a teacher's {@code finalAssessment} (ZJ-08), a school's
 * {@code offlineClass} (ZJ-02) and {@code groups} (ZJ-04, ZJ-05), and the facts built from them.
 */
public final class ZhejiangPack implements RulePack {
    @Override
    public String descriptor() { return "io/kaohe/zhejiang/pack.yaml"; }

    @Override
    public List<DossierPart<?>> parts() { return List.of(FinalAssessment.PART, OfflineClass.PART, ResearchGroup.PART); }

    @Override
    public List<Object> teacherFacts(TeacherDossier dossier, TeacherFacts facts) {
        return List.of(new FinalAssessmentFacts(dossier));
    }

    @Override
    public List<Object> schoolFacts(SchoolDossier dossier, SchoolFacts facts, AbilityCatalog catalog) {
        return List.of(new ZhejiangSchoolFacts(dossier, facts, catalog));
    }

    @Override
    public Optional<CohortGenerator> generator() { return Optional.of(ZhejiangTeachers.generator()); }
}
