package io.kaohe.engine;

import java.util.List;

import io.kaohe.model.SchoolDossier;
import io.kaohe.model.SchoolVerdict;

/** Assesses school dossiers with a pack's school rules. */
final class SchoolAssessor {
    private SchoolAssessor() {}

    static List<SchoolVerdict> assess(PackRules rules, List<SchoolDossier> schools) {
        throw new UnsupportedOperationException("school assessment: not built yet");
    }
}
