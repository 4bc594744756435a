package io.kaohe.shandong;

import java.util.List;

import io.kaohe.model.Environment;
import io.kaohe.model.Stage;

/**
 * One invented school of the sample county, as the generator plans it.
 *
 * @param team     members of the IT management team (principal included); the first {@code team} teachers are its members
 * @param quality  0–1, how well the school's assessor-scored form items go
 */
public record ShandongSchool(String id, String name, Stage stage, Environment environment, String batch, int teachers,
                    int staff, int team, boolean cio, List<String> abilities, List<String> subjects, double quality) {

    public static final String COUNTY = "泗河区";

    /** The same school under another ID (a numbered copy in a synthetic cohort). */
    public ShandongSchool renamed(String newId) {
        return new ShandongSchool(newId, name, stage, environment, batch, teachers, staff, team, cio, abilities, subjects, quality);
    }

    private static final List<String> PRIMARY = List.of("语文", "数学", "英语", "科学", "道德与法治", "音乐", "体育", "美术", "信息科技");
    private static final List<String> SECONDARY = List.of("语文", "数学", "英语", "物理", "化学", "生物", "历史", "地理", "道德与法治", "信息技术", "体育");

    /** An invented county modelled on a Shandong district: two schools in the first batch, four in the second. */
    public static final List<ShandongSchool> COUNTY_SCHOOLS = List.of(
            new ShandongSchool("S-01", "泗河区实验小学", Stage.PRIMARY, Environment.SMART, "2020-2021", 46, 49, 4, true,
                    List.of("A1", "A3", "A5", "A6", "B1", "B2", "B6", "C1", "C4"), PRIMARY, 0.85),
            new ShandongSchool("S-02", "泗河区第一中学", Stage.SENIOR, Environment.HYBRID, "2020-2021", 52, 58, 5, true,
                    List.of("A1", "A3", "A6", "A12", "B1", "B2", "B3", "B6", "C4", "C5"),
                    List.of("语文", "数学", "英语", "物理", "化学", "生物", "历史", "地理", "思想政治", "信息技术"), 0.8),
            new ShandongSchool("S-03", "泗河区东关初级中学", Stage.JUNIOR, Environment.HYBRID, "2021-2022", 38, 41, 3, true,
                    List.of("A1", "A3", "A5", "A6", "B1", "B2", "B6", "C4"), SECONDARY, 0.7),
            new ShandongSchool("S-04", "泗河区新兴镇中心小学", Stage.PRIMARY, Environment.MULTIMEDIA, "2021-2022", 32, 33, 2, false,
                    List.of("A1", "A3", "A5", "A6", "A9", "B2", "B6"), PRIMARY, 0.45),
            new ShandongSchool("S-05", "泗河区实验幼儿园", Stage.PRESCHOOL, Environment.MULTIMEDIA, "2021-2022", 14, 15, 3, true,
                    List.of("A1", "A3", "A5", "A6", "A11", "B2", "B6", "C4"), List.of("学前教育"), 0.75),
            new ShandongSchool("S-06", "泗河区职业教育中心", Stage.VOCATIONAL, Environment.HYBRID, "2021-2022", 22, 25, 4, true,
                    List.of("A1", "A3", "A6", "B1", "B2", "B3", "B6", "C1", "C4"),
                    List.of("语文", "数学", "计算机应用", "机械加工", "电子商务", "会计", "汽车维修"), 0.65));
}
