package io.kaohe.hunan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.internal.engine.PackEngine;
import io.kaohe.model.Grade;
import io.kaohe.model.Level;
import io.kaohe.model.MicroAbility;
import io.kaohe.model.RecordKind;
import io.kaohe.model.RubricScore;
import io.kaohe.model.Stage;
import io.kaohe.model.StudyRecord;
import io.kaohe.model.Teacher;
import io.kaohe.model.TeacherDossier;
import io.kaohe.Problem;
import io.kaohe.RulesException;
import io.kaohe.InvalidInputException;

/**
 * The evaluation-point catalog (HN-02): the shipped sample has the shape of 四(二)1 (20 points, 17 for
 * kindergartens); a replacement laid over it in a rules directory is checked the same way and fails
 * with file:line problems when its shape is wrong.
 */
class CatalogTest {
    static final String FILE = "evaluation-points.yaml";
    static final String ALL = "[PRESCHOOL, PRIMARY, JUNIOR, SENIOR, VOCATIONAL, SPECIAL]";
    static final String SCHOOLS = "[PRIMARY, JUNIOR, SENIOR, VOCATIONAL, SPECIAL]";

    @TempDir
    Path dir;

    /** A catalog of {@code size} points with codes {@code prefix01…}, the first {@code kindergarten} for kindergartens. */
    static String catalog(String prefix, int size, int kindergarten) {
        StringBuilder sb = new StringBuilder("# an office's catalog\n");
        for (int i = 1; i <= size; i++) {
            sb.append(String.format("%s%02d: {verified: false, stages: %s}%n", prefix, i, i <= kindergarten ? ALL : SCHOOLS));
        }
        return sb.toString();
    }

    List<Problem> check(String text) throws IOException {
        Files.writeString(dir.resolve(FILE), text, StandardCharsets.UTF_8);
        return Kaohe.check("hunan", dir);
    }

    @Test
    void theShippedCatalogIsThePlaceholderSampleOf20With17ForKindergartens() {
        var catalog = PackEngine.info(Kaohe.pack("hunan")).catalog().all();
        assertEquals(20, catalog.size());
        assertEquals(17, catalog.values().stream().filter(m -> m.fits(Stage.PRESCHOOL)).count());
        assertTrue(catalog.keySet().stream().allMatch(c -> c.startsWith("SAMPLE-")), "sample codes, clearly a placeholder");
        assertTrue(catalog.values().stream().noneMatch(MicroAbility::verified), "nothing in the sample is verified");
        assertTrue(catalog.values().stream().allMatch(m -> m.name() == null), "no invented names");
        assertEquals(List.of(), Kaohe.check("hunan", null));
    }

    @Test
    void oneEntryTooManyFailsAtItsLine() throws IOException {
        List<Problem> p = check(catalog("P", 21, 17));
        assertEquals(1, p.size(), p.toString());
        assertEquals(FILE, p.get(0).file());
        assertEquals(22, p.get(0).line(), "the 21st entry, after the comment line");
        assertTrue(p.get(0).message().contains("21 entries, expected exactly 20"), p.get(0).message());
    }

    @Test
    void tooFewEntriesFail() throws IOException {
        List<Problem> p = check(catalog("P", 19, 17));
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).message().contains("19 entries, expected exactly 20"), p.get(0).message());
        assertTrue(p.get(0).line() > 0);
    }

    @Test
    void eighteenKindergartenPointsFail() throws IOException {
        List<Problem> p = check(catalog("P", 20, 18));
        assertEquals(1, p.size(), p.toString());
        assertEquals(19, p.get(0).line(), "the 18th kindergarten point");
        assertTrue(p.get(0).message().contains("18 entries fit stage PRESCHOOL, expected exactly 17"), p.get(0).message());
    }

    @Test
    void pointsWithoutStagesFitKindergartensTooAndFail() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 20; i++) sb.append(String.format("P%02d: {verified: false}%n", i));
        List<Problem> p = check(sb.toString());
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).message().contains("20 entries fit stage PRESCHOOL"), p.get(0).message());
    }

    @Test
    void aRepeatedCodeFailsAtItsLine() throws IOException {
        String text = catalog("P", 20, 17).replace("P20:", "P07:");
        List<Problem> p = check(text);
        assertFalse(p.isEmpty());
        assertEquals(FILE, p.get(0).file());
        assertEquals(21, p.get(0).line(), p.toString());
        assertTrue(p.get(0).message().contains("P07"), p.get(0).message());
    }

    @Test
    void loadingAWrongCatalogThrowsWithTheSameProblems() throws IOException {
        Files.writeString(dir.resolve(FILE), catalog("P", 20, 16), StandardCharsets.UTF_8);
        RulesException e = assertThrows(RulesException.class, () -> Kaohe.pack("hunan", dir));
        assertTrue(e.getMessage().startsWith(FILE + ":"), e.getMessage());
        assertTrue(e.getMessage().contains("16 entries fit stage PRESCHOOL, expected exactly 17"), e.getMessage());
    }

    /** The office's real list replaces the sample: its codes are assessed, the sample codes no longer exist. */
    @Test
    void aCorrectReplacementIsUsed() throws IOException {
        assertEquals(List.of(), check(catalog("HN", 20, 17)));
        Engine engine = Kaohe.pack("hunan", dir);
        LocalDate day = LocalDate.of(2022, 12, 1);
        List<StudyRecord> hours = List.of(StudyRecord.of(RecordKind.ONLINE_COURSE, 100, io.kaohe.model.Unit.HOUR, day));
        List<RubricScore> scores = new ArrayList<>();
        for (String c : List.of("HN01", "HN02", "HN17")) scores.add(RubricScore.of(c, Level.PASS, day));
        TeacherDossier kindergarten = new TeacherDossier(Teacher.of("T-1", "S-1", Stage.PRESCHOOL), hours, scores);
        assertEquals(Grade.PASS, engine.assess(kindergarten).grade());
        scores.set(2, RubricScore.of("HN18", Level.PASS, day));
        assertEquals(Grade.FAIL, engine.assess(new TeacherDossier(kindergarten.teacher(), hours, scores)).grade(), "HN18 is not a kindergarten point");
        TeacherDossier sample = new TeacherDossier(kindergarten.teacher(), hours, List.of(RubricScore.of("SAMPLE-01", Level.PASS, day)));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> engine.assess(sample));
        assertTrue(e.getMessage().contains("scores[0].ability"), e.getMessage());
    }

    /** 17 kindergarten points besides the 20 (四(二)1 does not say the 17 are among the 20): the other shape allowed. */
    static String separate(int school, int kindergarten) {
        StringBuilder sb = new StringBuilder("# 20 school points and 17 separate kindergarten points\n");
        for (int i = 1; i <= school; i++) sb.append(String.format("S%02d: {verified: false, stages: %s}%n", i, SCHOOLS));
        for (int i = 1; i <= kindergarten; i++) sb.append(String.format("K%02d: {verified: false, stages: [PRESCHOOL]}%n", i));
        return sb.toString();
    }

    private static TeacherDossier teacher(Stage stage, String... codes) {
        LocalDate day = LocalDate.of(2022, 12, 1);
        List<StudyRecord> hours = List.of(StudyRecord.of(RecordKind.ONLINE_COURSE, 100, io.kaohe.model.Unit.HOUR, day));
        return new TeacherDossier(Teacher.of("T-1", "S-1", stage), hours,
                java.util.Arrays.stream(codes).map(c -> RubricScore.of(c, Level.PASS, day)).toList());
    }

    @Test
    void seventeenSeparateKindergartenPointsAreAShapeTooAndAPointOfTheOtherStageFailsNobody() throws IOException {
        assertEquals(List.of(), check(separate(20, 17)));
        Engine engine = Kaohe.pack("hunan", dir);
        assertEquals(Grade.PASS, engine.assess(teacher(Stage.PRESCHOOL, "K01", "K02", "K17")).grade());
        assertEquals(Grade.FAIL, engine.assess(teacher(Stage.PRESCHOOL, "K01", "K02", "S01")).grade(), "S01 does not count: 2 points");
        assertEquals(Grade.PASS, engine.assess(teacher(Stage.PRESCHOOL, "K01", "K02", "K03", "S01")).grade(), "an extra school point fails nobody");
        assertEquals(Grade.FAIL, engine.assess(teacher(Stage.PRIMARY, "S01", "S02", "K01")).grade(), "K01 does not count for a school teacher");
        assertEquals(Grade.PASS, engine.assess(teacher(Stage.PRIMARY, "S01", "S02", "S20", "K01")).grade());
    }

    @Test
    void aCatalogOfNeitherShapeFailsWithTheNearestShapesProblems() throws IOException {
        List<Problem> p = check(separate(20, 18));
        assertEquals(2, p.size(), p.toString());
        assertTrue(p.get(0).message().contains("38 entries, expected exactly 37"), p.get(0).message());
        assertTrue(p.get(1).message().contains("18 entries fit stage PRESCHOOL, expected exactly 17"), p.get(1).message());
        assertTrue(p.stream().allMatch(x -> x.message().contains("catalogRules.oneOf")), p.toString());
    }
}
