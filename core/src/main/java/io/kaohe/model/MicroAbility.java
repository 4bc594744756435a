package io.kaohe.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One entry of an ability catalog: a national micro-ability (CN-01), or a province's evaluation /
 * focus point. Rules depend only on {@code code}, {@code environment}, {@code stages} and
 * {@code audiences}, never on {@code name}.
 *
 * @param name      may be null: the catalog never invents a name it could not read in a source
 * @param verified  true only when the name was seen in a source; false for commonly cited or missing names
 * @param stages    the stages the entry applies to (e.g. kindergarten points); empty = all
 * @param audiences who may choose it (e.g. Zhejiang G points: MANAGER); empty = everyone
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record MicroAbility(String code, Environment environment, String dimension, String name, boolean verified,
                           List<Stage> stages, List<Role> audiences) {
    public MicroAbility {
        stages = stages == null ? List.of() : List.copyOf(stages);
        audiences = audiences == null ? List.of() : List.copyOf(audiences);
    }

    public MicroAbility(String code, Environment environment, String dimension, String name, boolean verified,
                        List<Stage> stages) {
        this(code, environment, dimension, name, verified, stages, List.of());
    }

    public boolean fits(Stage stage) { return stages.isEmpty() || stages.contains(stage); }

    public boolean fits(Role audience) { return audiences.isEmpty() || audiences.contains(audience); }
}
