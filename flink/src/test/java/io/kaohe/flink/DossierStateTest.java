package io.kaohe.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.io.TempDir;

import io.kaohe.Json;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.model.TeacherDossier;

/**
 * The state holds one merged dossier, written out and read back at every event. That must be the dossier that
 * merging every fragment in turn gives (as the job did before it kept one value instead of the list of fragments),
 * in whatever order the events come, with the personal data the next assessment reads intact.
 */
class DossierStateTest {
    @TempDir
    Path dir;

    @EachPack
    void theHeldDossierReadBackIsTheMergeOfEveryFragmentInAnyOrder(String pack) {
        Random random = new Random(3);
        int checked = 0;
        for (String line : TestCohorts.generate(dir, pack, 30, 5L)) {
            TeacherDossier whole;
            try {
                whole = Json.read(line, TeacherDossier.class);
            } catch (RuntimeException bad) {
                continue; // a spoilt line of the generated cohort
            }
            List<TeacherDossier> fragments = new ArrayList<>();
            for (String e : TestCohorts.events(line)) fragments.add(Json.read(e, EventJson.class).dossier());
            Collections.shuffle(fragments, random);
            TeacherDossier folded = null;
            String held = null;
            for (TeacherDossier f : fragments) {
                folded = DossierState.merge(folded, f);
                TeacherDossier read = held == null ? null : KaoheJson.read(held, TeacherDossier.class);
                held = KaoheJson.inputLine(DossierState.merge(read, f));
                assertEquals(folded, KaoheJson.read(held, TeacherDossier.class), pack + " " + whole.teacher().id());
            }
            assertEquals(whole.teacher(), KaoheJson.read(held, TeacherDossier.class).teacher(),
                    "the state keeps the ID and phone unmasked: the next assessment reads them");
            checked++;
        }
        assertTrue(checked >= 20, "dossiers checked: " + checked);
    }
}
