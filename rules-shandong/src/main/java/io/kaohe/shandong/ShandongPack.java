package io.kaohe.shandong;

import java.util.List;
import java.util.Optional;

import io.kaohe.internal.rules.TeacherFacts;
import io.kaohe.model.TeacherDossier;
import io.kaohe.spi.CohortGenerator;
import io.kaohe.spi.RulePack;

/**
 * The Shandong pack (SD clauses): everything is in {@code io/kaohe/shandong/pack.yaml} and the files it names,
 * but the peer reviews before submission (SD-07), a fact only Shandong's rules read.
 */
public final class ShandongPack implements RulePack {
    @Override
    public String descriptor() { return "io/kaohe/shandong/pack.yaml"; }

    @Override
    public List<Object> teacherFacts(TeacherDossier dossier, TeacherFacts facts) {
        return List.of(new PeerReviewFacts(dossier, facts));
    }

    @Override
    public Optional<CohortGenerator> generator() { return Optional.of(ShandongTeachers.generator()); }
}
