package io.kaohe.zhejiang;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.kaohe.model.Role;
import io.kaohe.model.Stage;
import io.kaohe.internal.pack.AbilityCatalog;
import io.kaohe.internal.i18n.Names;
import io.kaohe.spi.DossierPart;
import io.kaohe.FieldError;

/**
 * A research group (教研组) of a school and the focus points it chose: an entry of the school dossier's
 * {@code groups} (ZJ-04, ZJ-05).
 *
 * @param audience TEACHER for a subject teachers' group, MANAGER for the management team
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ResearchGroup(String name, Stage stage, Role audience, List<String> focusPoints) {
    public ResearchGroup {
        focusPoints = focusPoints == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(focusPoints));
    }

    /** The school dossier's field {@code groups}: a list of research groups. */
    public static final DossierPart<List<ResearchGroup>> PART = new DossierPart<>(DossierPart.Of.SCHOOL, "groups",
            listOf(ResearchGroup.class), (groups, context, out) -> validate(groups, context.catalog(), out));

    /** Stage and audience given, focus points from the catalog, each once. */
    static void validate(List<ResearchGroup> groups, AbilityCatalog catalog, List<FieldError> out) {
        for (int i = 0; i < groups.size(); i++) {
            ResearchGroup g = groups.get(i);
            String at = "groups[" + i + "]";
            if (g == null) {
                out.add(FieldError.of(at, "validate.not-null"));
                continue;
            }
            if (g.name() == null || g.name().isBlank()) out.add(FieldError.of(at + ".name", "validate.required"));
            if (g.stage() == null) out.add(FieldError.of(at + ".stage", "validate.required"));
            if (g.audience() == null) out.add(FieldError.of(at + ".audience", "validate.audience.required"));
            Map<String, Integer> seen = new HashMap<>();
            for (int j = 0; j < g.focusPoints().size(); j++) {
                String code = g.focusPoints().get(j);
                String p = at + ".focusPoints[" + j + "]";
                if (code == null) {
                    out.add(FieldError.of(p, "validate.not-null"));
                } else if (code.isBlank()) {
                    out.add(FieldError.of(p, "validate.required"));
                } else if (!catalog.contains(code)) {
                    out.add(FieldError.of(p, "validate.focus-point.unknown", code, Names.suggestion(code, catalog.all().keySet())));
                } else {
                    Integer prev = seen.putIfAbsent(code, j);
                    if (prev != null) out.add(FieldError.of(p, "validate.repeated", code, at + ".focusPoints[" + prev + "]"));
                }
            }
        }
    }

    private static Type listOf(Class<?> element) {
        return new ParameterizedType() {
            @Override public Type[] getActualTypeArguments() { return new Type[] {element}; }
            @Override public Type getRawType() { return List.class; }
            @Override public Type getOwnerType() { return null; }
            @Override public String getTypeName() { return "java.util.List<" + element.getName() + ">"; }
        };
    }
}
