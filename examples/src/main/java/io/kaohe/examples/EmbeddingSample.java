package io.kaohe.examples;

import static io.kaohe.model.RecordKind.*;
import static io.kaohe.model.Unit.*;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.model.Level;
import io.kaohe.model.Reason;
import io.kaohe.model.RubricScore;
import io.kaohe.model.Stage;
import io.kaohe.model.StudyRecord;
import io.kaohe.model.Teacher;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.TeacherVerdict;

/** Kaohe embedded in a Java program: build a dossier in code, assess it, read the verdict. */
public final class EmbeddingSample {
    private EmbeddingSample() {}

    public static void main(String[] args) {
        Engine shandong = Kaohe.pack("shandong");           // one shared engine per pack, thread-safe
        TeacherVerdict verdict = shandong.assess(dossier());
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println(verdict.teacherId() + ": " + verdict.grade() + ", unmet " + verdict.unmet());
        for (Reason r : verdict.reasons()) {
            out.printf("  %-5s %-5s %-11s %s | %s%n", r.met() ? "met" : "UNMET", r.clause(), r.decision(), r.message(), r.messageEn());
        }
    }

    /** 50 hours and three abilities passed, but only one research activity in the autumn semester. */
    static TeacherDossier dossier() {
        Teacher teacher = Teacher.builder().id("T-0001").schoolId("S-01").stage(Stage.PRIMARY).build();
        return new TeacherDossier(teacher,
                List.of(StudyRecord.of(ONLINE_COURSE, 25, HOUR, day("2021-10-12")),
                        StudyRecord.of(SCHOOL_PRACTICE, 25, HOUR, day("2022-03-01")),
                        StudyRecord.of(RESEARCH_ACTIVITY, 1, COUNT, day("2021-11-05")),
                        StudyRecord.of(RESEARCH_ACTIVITY, 2, COUNT, day("2022-04-08")),
                        StudyRecord.of(PEER_REVIEW, 1, COUNT, day("2022-05-10"))),
                List.of(RubricScore.of("A1", Level.PASS, day("2022-05-20")),
                        RubricScore.of("A3", Level.EXCELLENT, day("2022-05-20")),
                        RubricScore.of("B2", Level.PASS, day("2022-05-21"))));
    }

    private static LocalDate day(String iso) { return LocalDate.parse(iso); }
}
