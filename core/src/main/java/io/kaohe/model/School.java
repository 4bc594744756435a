package io.kaohe.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A school (or kindergarten).
 *
 * @param environment the environment class the school placed itself in (定位学校环境类别)
 * @param batch       the school's batch in the pack's rollout plan (Shandong: the school year it starts,
 *                    e.g. {@code 2020-2021}; Hunan: {@code PILOT}, {@code BATCH_1}, …)
 * @param teacherCount teachers taking part (for progress); may differ from {@code staffCount}
 * @param contact     whom the education bureau contacts about the school's progress (a name, an office phone), shown
 *                    in the progress report; optional, and masked there like all free text (a mobile number is hidden)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record School(String id, String name, String county, Integer staffCount, Integer teacherCount,
                     List<Stage> stages, Environment environment, String batch, String contact) {
    public School {
        stages = Lists.copy(stages);
    }

    /** A school without a contact. */
    public School(String id, String name, String county, Integer staffCount, Integer teacherCount,
                  List<Stage> stages, Environment environment, String batch) {
        this(id, name, county, staffCount, teacherCount, stages, environment, batch, null);
    }
}
