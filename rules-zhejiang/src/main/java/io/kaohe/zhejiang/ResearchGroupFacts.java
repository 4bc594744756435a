package io.kaohe.zhejiang;

import java.util.List;

import io.kaohe.model.MicroAbility;
import io.kaohe.model.Role;
import io.kaohe.model.Stage;
import io.kaohe.internal.pack.AbilityCatalog;

/**
 * One research group (教研组 / 研修群体) of a school as rules see it: its chosen focus points, and which
 * of them the catalog does not allow for the group's stage or audience (Zhejiang ZJ-04, ZJ-05).
 * Rules reach it with {@code from $school.groups} ({@link ZhejiangSchoolFacts}).
 */
public final class ResearchGroupFacts {
    private final int index;
    private final String name;
    private final Stage stage;
    private final Role audience;
    private final List<String> focusPoints;
    private final List<String> unfitStage;
    private final List<String> unfitAudience;

    private ResearchGroupFacts(int index, ResearchGroup g, AbilityCatalog catalog) {
        this.index = index;
        this.name = g.name();
        this.stage = g.stage();
        this.audience = g.audience();
        this.focusPoints = g.focusPoints();
        this.unfitStage = g.focusPoints().stream()
                .filter(c -> catalog.get(c).map(m -> !m.fits(g.stage())).orElse(false)).toList();
        this.unfitAudience = g.focusPoints().stream()
                .filter(c -> catalog.get(c).map(m -> !m.fits(g.audience())).orElse(false)).toList();
    }

    static List<ResearchGroupFacts> of(List<ResearchGroup> groups, AbilityCatalog catalog) {
        return java.util.stream.IntStream.range(0, groups.size())
                .mapToObj(i -> new ResearchGroupFacts(i, groups.get(i), catalog)).toList();
    }

    /** Position in the dossier's {@code groups} (0-based): keeps reasons of same-named groups apart. */
    public int getIndex() { return index; }
    /** The research group's name. */
    public String getName() { return name; }
    /** The school stage the group works on. */
    public Stage getStage() { return stage; }
    /** Whom the group's study is for: TEACHER (ordinary teachers) or MANAGER (the management team). */
    public Role getAudience() { return audience; }
    /** The ability codes the group focuses on. */
    public List<String> getFocusPoints() { return focusPoints; }
    /** How many focus points the group has. */
    public int getFocusPointCount() { return focusPoints.size(); }
    /** Focus points the catalog does not list for the group's stage ({@link MicroAbility#fits(Stage)}). */
    public List<String> getUnfitStage() { return unfitStage; }
    /** Focus points the catalog does not list for the group's audience ({@link MicroAbility#fits(Role)}). */
    public List<String> getUnfitAudience() { return unfitAudience; }

    @Override
    public String toString() { return "group " + index + " " + name; }
}
