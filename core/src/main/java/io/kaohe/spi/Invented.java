package io.kaohe.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.ToIntFunction;

import io.kaohe.model.TeacherDossier;
import io.kaohe.internal.privacy.NationalIds;

/**
 * What every pack's {@link CohortGenerator} invents alike: names, ID numbers and phone numbers of people who do
 * not exist, and numbered schools. Each draw comes from the {@link Random} given, in a fixed order, so a generator
 * keeps its bytes for a seed.
 */
public final class Invented {
    private Invented() {}

    static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许沈曾彭吕苏卢蒋蔡贾丁魏薛叶孔颜";
    static final String GIVEN = "静敏丽强磊军洋勇艳杰娟涛明超秀霞平刚英华玉红建国晓文海燕鹏宁欣雪梅峰辉晨悦佳琳";

    /** A common surname and one or (two times in three) two given-name characters. */
    public static String name(Random rng) {
        return pick(rng, SURNAMES) + pick(rng, GIVEN) + (rng.nextInt(100) < 65 ? pick(rng, GIVEN) : "");
    }

    /**
     * An invented number with a valid GB 11643 check digit, born within 34 years of 1 January {@code fromYear}.
     * {@code region} must not be a real county (the packs use 379901, 219901, 339901).
     */
    public static String nationalId(Random rng, String region, int fromYear) {
        LocalDate birth = LocalDate.of(fromYear, 1, 1).plusDays(rng.nextInt(34 * 365));
        return NationalIds.withCheckDigit(region + birth.toString().replace("-", "") + String.format("%03d", rng.nextInt(1000)));
    }

    /** A mobile number of the given three-digit prefix ({@code 139}). */
    public static String phone(Random rng, String prefix) { return prefix + String.format("%08d", rng.nextInt(100_000_000)); }

    /** An index drawn with these weights (one draw): how often a generator aims at each of its profiles. */
    public static int weighted(Random rng, int[] weights) {
        int total = 0;
        for (int w : weights) total += w;
        int r = rng.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) return i;
        }
        throw new IllegalStateException();
    }

    /** Makes one teacher of a planned school. */
    @FunctionalInterface
    public interface Maker<P> {
        TeacherDossier make(P school, String teacherId, int indexInSchool);
    }

    /**
     * Teachers spread over numbered copies of a sample's schools: school k of the cohort is a copy of plan
     * k mod n, renamed S-00001, S-00002, …, and fills up ({@code size} teachers) before the next starts.
     * One dossier at a time: no state grows with the cohort.
     */
    public static <P> CohortGenerator.Teachers spread(List<P> plans, ToIntFunction<P> size, BiFunction<P, String, P> renamed,
                                                      Maker<P> make) {
        return new CohortGenerator.Teachers() {
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

    private static String pick(Random rng, String chars) { return String.valueOf(chars.charAt(rng.nextInt(chars.length()))); }
}
