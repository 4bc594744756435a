package io.kaohe.internal.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.kaohe.internal.pack.AbilityCatalog;
import io.kaohe.internal.params.ParameterSet;
import io.kaohe.internal.params.ParameterTable;
import io.kaohe.model.RecordKind;
import io.kaohe.model.RubricScore;
import io.kaohe.model.Stage;
import io.kaohe.model.StudyRecord;
import io.kaohe.model.Teacher;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.Unit;

/**
 * The small world the fact tests build facts in (core's {@code TeacherFactsTest} and each pack's own fact tests,
 * through core's test-jar): a cycle from 2020-01-01 to 2022-12-31 read on its last day, and a three-ability catalog.
 */
public final class FactsFixture {
    private FactsFixture() {}

    public static final ParameterSet PARAMS = ParameterTable.load(Map.of("parameters/cycle.yaml", """
            cycle.start: {description: d, unit: DATE, clause: SD-01, values: {2020-01-01: "2020-01-01"}}
            cycle.end: {description: d, unit: DATE, clause: SD-01, values: {2020-01-01: "2022-12-31"}}
            """), Set.of("SD-01")).at(LocalDate.of(2022, 12, 31));
    public static final AbilityCatalog CATALOG = AbilityCatalog.load("c.yaml", """
            A1: {environment: MULTIMEDIA}
            B2: {environment: HYBRID}
            C4: {environment: SMART}
            """);

    /** A record of kind {@code k}: hours for online courses and school practice, a count otherwise. */
    public static StudyRecord record(RecordKind k, String amount, String date) {
        return new StudyRecord(k, new BigDecimal(amount), k == RecordKind.ONLINE_COURSE || k == RecordKind.SCHOOL_PRACTICE ? Unit.HOUR : Unit.COUNT,
                LocalDate.parse(date), null);
    }

    /** Teacher T of school S (primary) with these records and scores. */
    public static TeacherDossier dossier(List<StudyRecord> records, List<RubricScore> scores) {
        return new TeacherDossier(Teacher.of("T", "S", Stage.PRIMARY), records, scores);
    }

    /** The facts the rules see about {@link #dossier}. */
    public static TeacherFacts facts(TeacherDossier d) {
        return TeacherFacts.of(d, PARAMS, CATALOG);
    }
}
