package io.kaohe.zhejiang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.kaohe.Kaohe;
import io.kaohe.internal.engine.PackEngine;
import io.kaohe.model.MicroAbility;
import io.kaohe.model.Role;
import io.kaohe.model.Stage;

/**
 * The focus-point catalog (focus-points.yaml) against the appendix table of the guide itself, read
 * from the copy in docs/sources: every row, its name, its audience and its ✓ columns.
 */
class FocusPointCatalogTest {
    static final Path GUIDE = Path.of("docs/sources/zhejiang-2021-whole-school-guide.txt");
    /** The table's four stage columns, in order, as Kaohe stages (README: how they map). */
    static final List<Set<Stage>> COLUMNS = List.of(EnumSet.of(Stage.PRESCHOOL, Stage.SPECIAL), EnumSet.of(Stage.PRIMARY),
            EnumSet.of(Stage.JUNIOR, Stage.SENIOR), EnumSet.of(Stage.VOCATIONAL));

    record Row(String code, String name, String audience, Set<Stage> stages) {}

    /** Rows of 附件 二 (tab-separated: 领域, 面向对象, "code name", four ✓ columns); the audience carries down. */
    static Map<String, Row> table() throws IOException {
        Map<String, Row> rows = new LinkedHashMap<>();
        String audience = null;
        for (String line : Files.readAllLines(GUIDE, StandardCharsets.UTF_8)) {
            String[] c = line.split("\t", -1);
            if (c.length < 3 || !c[2].matches("[GTLP][1-9] .+")) continue;
            assertEquals(7, c.length, "a row has its three cells and four stage columns: " + line);
            if (!c[1].isBlank()) audience = c[1].trim();
            Set<Stage> stages = EnumSet.noneOf(Stage.class);
            for (int i = 0; i < 4; i++) {
                String mark = c[3 + i].trim();
                assertTrue(mark.isEmpty() || mark.equals("✓"), "a column is ✓ or empty: " + line);
                if (mark.equals("✓")) stages.addAll(COLUMNS.get(i));
            }
            String[] codeName = c[2].split(" ", 2);
            rows.put(codeName[0], new Row(codeName[0], codeName[1].trim(), audience, stages));
        }
        return rows;
    }

    @Test
    void everyRowOfTheAppendixTableIsInTheCatalogWithItsStagesAndAudience() throws IOException {
        Map<String, Row> table = table();
        Map<String, MicroAbility> catalog = PackEngine.info(Kaohe.pack("zhejiang")).catalog().all();
        assertEquals(23, table.size(), "G1–G6, T1–T9, L1–L5, P1–P3");
        assertEquals(List.copyOf(table.keySet()), List.copyOf(catalog.keySet()), "same codes, same order");
        List<String> wrong = new ArrayList<>();
        for (Row r : table.values()) {
            MicroAbility m = catalog.get(r.code());
            Set<Role> audiences = EnumSet.noneOf(Role.class);
            if (r.audience().contains("学校管理者")) audiences.add(Role.MANAGER);
            if (r.audience().contains("学科教师")) audiences.add(Role.TEACHER);
            if (!r.name().equals(m.name()) || !m.verified()) wrong.add(r.code() + " name " + m.name() + " ≠ " + r.name());
            if (!r.stages().equals(Set.copyOf(m.stages()))) wrong.add(r.code() + " stages " + m.stages() + " ≠ " + r.stages());
            if (!audiences.equals(Set.copyOf(m.audiences()))) wrong.add(r.code() + " audiences " + m.audiences() + " ≠ " + audiences);
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theIssuesExamplesReadFromTheTable() throws IOException {
        Map<String, MicroAbility> catalog = PackEngine.info(Kaohe.pack("zhejiang")).catalog().all();
        assertTrue(!catalog.get("T6").fits(Stage.PRIMARY) && catalog.get("T6").fits(Stage.SENIOR), "T6 is not for primary");
        assertTrue(!catalog.get("G1").fits(Role.TEACHER) && catalog.get("G1").fits(Role.MANAGER), "G points are managers'");
        assertTrue(catalog.get("P1").fits(Role.TEACHER) && catalog.get("P1").fits(Role.MANAGER), "P points are both");
        assertTrue(!catalog.get("L1").fits(Stage.VOCATIONAL) && catalog.get("L1").fits(Stage.PRESCHOOL));
    }
}
