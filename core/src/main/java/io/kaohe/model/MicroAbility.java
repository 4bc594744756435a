package io.kaohe.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One entry of an ability catalog: a national micro-ability (CN-01), or a province's evaluation /
 * focus point. Rules depend only on {@code code} and {@code environment}, never on {@code name}.
 *
 * @param name      may be null: the catalog never invents a name it could not read in a source
 * @param verified  true only when the name was seen in a source; false for commonly cited or missing names
 * @param stages    for province catalogs with stage restrictions (e.g. kindergarten points); empty = all
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record MicroAbility(String code, Environment environment, String dimension, String name, boolean verified,
                           java.util.List<Stage> stages) {
    public MicroAbility {
        stages = stages == null ? java.util.List.of() : java.util.List.copyOf(stages);
    }

    public boolean fits(Stage stage) { return stages.isEmpty() || stages.contains(stage); }
}
