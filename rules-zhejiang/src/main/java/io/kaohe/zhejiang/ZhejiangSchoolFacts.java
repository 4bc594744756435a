package io.kaohe.zhejiang;

import java.util.List;

import io.kaohe.model.SchoolDossier;
import io.kaohe.internal.pack.AbilityCatalog;
import io.kaohe.internal.rules.SchoolFacts;

/**
 * What ZJ-02, ZJ-04 and ZJ-05 see of a school: its offline class and research groups (the dossier's
 * {@code offlineClass} and {@code groups}, which only Zhejiang reads), with the staff count the class
 * size is judged by. One per school.
 */
public final class ZhejiangSchoolFacts {
    private final SchoolFacts school;
    private final OfflineClass offlineClass;
    private final List<ResearchGroupFacts> groups;

    @SuppressWarnings("unchecked")
    ZhejiangSchoolFacts(SchoolDossier d, SchoolFacts school, AbilityCatalog catalog) {
        this.school = school;
        this.offlineClass = d.parts().get(OfflineClass.PART.name(), OfflineClass.class);
        List<ResearchGroup> g = (List<ResearchGroup>) d.parts().get(ResearchGroup.PART.name(), List.class);
        this.groups = ResearchGroupFacts.of(g == null ? List.of() : g, catalog);
    }

    /** The school's ID. */
    public String getSchoolId() { return school.getSchoolId(); }

    /** All staff of the school (学校总人数), or null when not given. */
    public Integer getStaffCount() { return school.getStaffCount(); }

    /** Whether the school reported how it runs its offline training (and whether it joins others). */
    public boolean isOfflineClassReported() { return offlineClass != null && offlineClass.joinedWithOthers() != null; }

    /** The school's teachers join a class run with other schools (false when not reported). */
    public boolean isJoinedWithOthers() { return offlineClass != null && Boolean.TRUE.equals(offlineClass.joinedWithOthers()); }

    /** Participants in the offline class, or null when not given. */
    public Integer getClassSize() { return offlineClass == null ? null : offlineClass.classSize(); }

    /** The school's research groups with their focus points (ZJ-04, ZJ-05), in dossier order. */
    public List<ResearchGroupFacts> getGroups() { return groups; }

    @Override
    public String toString() { return "ZhejiangSchoolFacts[" + getSchoolId() + "]"; }
}
