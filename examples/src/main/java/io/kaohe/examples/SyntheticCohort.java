package io.kaohe.examples;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.ToIntFunction;

import io.kaohe.model.TeacherDossier;

/**
 * Teacher dossiers for {@code kaohe generate}: each pack's sample generator invents the teachers (same
 * spread of hours, attempts, grades and profiles as the committed samples, any seed), spread over as
 * many numbered copies of the sample schools as the cohort needs. One dossier at a time: no state
 * grows with the cohort.
 */
final class SyntheticCohort {
    private SyntheticCohort() {}

    /** Gives the next teacher of the cohort, with the ID given. */
    interface Source {
        TeacherDossier next(String teacherId);
    }

    /** The packs a cohort can be generated for, each with the prefix of its teacher IDs. */
    static final Map<String, String> ID_PREFIX = Map.of("shandong", "T-", "hunan", "T-", "liaoning", "LN-", "zhejiang", "ZT-");

    static Source of(String pack, long seed) {
        return switch (pack) {
            case "shandong" -> {
                SampleTeachers gen = new SampleTeachers(new Random(seed));
                yield spread(SampleSchool.COUNTY_SCHOOLS, SampleSchool::teachers,
                        (s, id) -> new SampleSchool(id, s.name(), s.stage(), s.environment(), s.batch(), s.teachers(), s.staff(),
                                s.team(), s.cio(), s.abilities(), s.subjects(), s.quality()),
                        (s, id, i) -> gen.dossier(s, id, i < s.team(), s.quality() >= 0.85 ? gen.strongProfile() : gen.profile()));
            }
            case "hunan" -> {
                HunanSamples gen = new HunanSamples(seed);
                yield spread(HunanSamples.SCHOOLS, HunanSamples.Plan::teachers,
                        (s, id) -> new HunanSamples.Plan(id, s.name(), s.stage(), s.batch(), s.teachers(), s.team(), s.principalLeads(), s.subjects()),
                        (s, id, i) -> gen.dossier(s, id, i < s.team()));
            }
            case "liaoning" -> {
                LiaoningSamples gen = new LiaoningSamples(seed);
                yield spread(LiaoningSamples.SCHOOLS, LiaoningSamples.Plan::teachers,
                        (s, id) -> new LiaoningSamples.Plan(id, s.name(), s.stage(), s.teachers(), s.abilities(), s.development(),
                                s.research(), s.assessment(), s.publicFunds(), s.trainingShare(), s.forwardsCases(), s.strong()),
                        (s, id, i) -> gen.dossier(s, id, i < 3, s.strong() ? gen.strongProfile() : gen.profile()));
            }
            case "zhejiang" -> {
                ZhejiangSamples gen = new ZhejiangSamples(seed);
                yield spread(ZhejiangSamples.SCHOOLS, ZhejiangSamples.Plan::teachers,
                        (s, id) -> new ZhejiangSamples.Plan(id, s.name(), s.stage(), s.phase(), s.staff(), s.teachers(), s.team(),
                                s.joined(), s.classSize(), s.groups()),
                        (s, id, i) -> gen.teacher(s, id, i < s.team()));
            }
            default -> throw new IllegalArgumentException("no cohort generator for pack " + pack);
        };
    }

    private interface Maker<P> {
        TeacherDossier make(P school, String teacherId, int indexInSchool);
    }

    /** School k of the cohort is a copy of sample school k mod n, numbered S-00001, S-00002, …; it fills up before the next starts. */
    private static <P> Source spread(List<P> plans, ToIntFunction<P> size, BiFunction<P, String, P> renamed, Maker<P> make) {
        return new Source() {
            private int school = -1;
            private int inSchool;
            private P current;

            @Override
            public TeacherDossier next(String teacherId) {
                if (current == null || inSchool == size.applyAsInt(current)) {
                    school++;
                    inSchool = 0;
                    current = renamed.apply(plans.get(school % plans.size()), String.format("S-%05d", school + 1));
                }
                return make.make(current, teacherId, inSchool++);
            }
        };
    }
}
