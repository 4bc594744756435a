package io.kaohe.zhejiang;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.kaohe.spi.DossierPart;
import io.kaohe.internal.validate.SchoolValidator;

/**
 * Offline centralised training (线下集中培训) of a school: the school dossier's {@code offlineClass} (ZJ-02).
 *
 * @param joinedWithOthers the school's teachers join a class run with other schools
 * @param classSize        participants in the class
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OfflineClass(Boolean joinedWithOthers, Integer classSize) {
    /** The school dossier's field {@code offlineClass}. */
    public static final DossierPart<OfflineClass> PART = new DossierPart<>(DossierPart.Of.SCHOOL, "offlineClass",
            OfflineClass.class, (c, context, out) -> SchoolValidator.notNegative(c.classSize(), "offlineClass.classSize", out));
}
