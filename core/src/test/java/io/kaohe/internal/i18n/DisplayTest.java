package io.kaohe.internal.i18n;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.kaohe.model.Environment;
import io.kaohe.model.Grade;
import io.kaohe.model.Level;
import io.kaohe.model.RecordKind;
import io.kaohe.model.Role;
import io.kaohe.model.Semester;
import io.kaohe.model.Stage;
import io.kaohe.model.Unit;
import io.kaohe.internal.rules.Format;

/** Issue 13 §3: values in messages read as words, in Chinese and in English. */
class DisplayTest {
    private static final Display PACK = Display.of(Map.of("BATCH_2", new Display.Label("BATCH_2", "第二批次", "second batch"),
            "researchPlan", new Display.Label("researchPlan", "校本研修方案", "school-based research plan"),
            "2023", new Display.Label("2023", "2023年全市推进", "the 2023 citywide rollout")));

    private static String zh(Object v) { return Format.text(v, PACK, Messages.ZH); }
    private static String en(Object v) { return Format.text(v, PACK, Messages.EN); }

    @Test
    void booleansAreYesOrNo() {
        assertEquals("是", zh(true));
        assertEquals("否", zh(false));
        assertEquals("yes", en(true));
        assertEquals("no", en(false));
    }

    @Test
    void semestersAreWords() {
        assertEquals("2020—2021学年第二学期", zh(Semester.parse("2020-2021-2")));
        assertEquals("2021—2022学年第一学期", zh(Semester.parse("2021-2022-1")));
        assertEquals("second semester of 2020–2021", en(Semester.parse("2020-2021-2")));
        assertEquals("first semester of 2021–2022", en(Semester.parse("2021-2022-1")));
    }

    @Test
    void enumsHaveNames() {
        assertEquals("混合学习环境", zh(Environment.HYBRID));
        assertEquals("hybrid learning environment", en(Environment.HYBRID));
        assertEquals("小学", zh(Stage.PRIMARY));
        assertEquals("primary school", en(Stage.PRIMARY));
        assertEquals("合格", zh(Grade.PASS));
        assertEquals("不合格", zh(Level.FAIL));
        assertEquals("优秀", zh(Level.EXCELLENT));
    }

    @Test
    void everyEngineEnumConstantHasANameInBothLanguages() {
        // a new constant that can reach a message needs its name.* key in both bundles
        List<Enum<?>> all = new java.util.ArrayList<>();
        for (Class<? extends Enum<?>> e : List.of(Environment.class, Grade.class, Level.class, Stage.class, Role.class,
                RecordKind.class, Unit.class)) {
            all.addAll(List.of(e.getEnumConstants()));
        }
        for (Enum<?> c : all) {
            assertTrue(Display.ENGINE.names(c.name()), "name." + c.name());
            assertNotEquals(c.name(), Format.text(c, Display.ENGINE, Messages.ZH), c.name());
            assertNotEquals(c.name(), Format.text(c, Display.ENGINE, Messages.EN), c.name());
        }
    }

    @Test
    void packCodesAreNamedByThePackWholeOrWordByWord() {
        assertEquals("第二批次", zh("BATCH_2"));
        assertEquals("second batch", en("BATCH_2"));
        assertEquals("进度正常", zh("ON_TRACK"));
        assertEquals("on track", en("ON_TRACK"));
        assertEquals("S-04 校本研修方案", zh("S-04 researchPlan"));
        assertEquals("2022-11-14 fail → 2023-03-02 pass", en("2022-11-14 FAIL → 2023-03-02 PASS"));
        assertEquals("2023年全市推进", zh("2023"), "a code of digits only as the whole value");
        assertEquals("第2023中学 2023-08-30", zh("第2023中学 2023-08-30"), "never inside a text");
        assertEquals("S-01, A1, SAMPLE-04, 实验小学", zh("S-01, A1, SAMPLE-04, 实验小学"), "IDs and names stay");
        assertEquals("第二批次, 小学", zh(List.of("BATCH_2", Stage.PRIMARY)));
    }

    @Test
    void aLabelIsShownInItsLanguageAndRecordedAsItsCode() {
        Display.Label l = new Display.Label("all", "合计", "total");
        assertEquals("合计", zh(l));
        assertEquals("total", en(l));
        assertEquals("all", l.toString());
    }

    @Test
    void aTemplateRendersInEachLanguage() {
        Map<String, Object> v = Map.of("env", Environment.SMART, "cio", true);
        assertEquals("学校环境类别：智慧学习环境，首席信息官：是", Format.render("学校环境类别：{env}，首席信息官：{cio}", v, PACK, Messages.ZH));
        assertEquals("environment: smart learning environment, CIO: yes",
                Format.render("environment: {env}, CIO: {cio}", v, PACK, Messages.EN));
    }

    @Test
    void namesFollowAPackBundleRegisteredAfterFirstUse() {
        assertEquals("LATE_PACK_CODE", Display.ENGINE.name("LATE_PACK_CODE", true), "no bundle names it yet");
        Messages.addPackBundle("io.kaohe.internal.i18n.latepack", DisplayTest.class.getClassLoader());
        assertEquals("后注册的规则包名称", Display.ENGINE.name("LATE_PACK_CODE", true));
        assertEquals("a late pack's name", Display.ENGINE.name("LATE_PACK_CODE", false));
        assertTrue(Display.ENGINE.names("LATE_PACK_CODE"));
    }

    /**
     * The shortcut in reading a text's code-like words (a text that is one word with no name is shown as it is, unscanned)
     * agrees with the scan: whenever it applies, the WORD pattern's first match is the whole text. Texts of letters,
     * digits, underscores, hyphens, spaces and Chinese at random (fixed seed), and the codes packs use.
     */
    @Test
    void oneWordShortcutAgreesWithTheScan() {
        org.quicktheories.QuickTheory.qt().withFixedSeed(20261207L).withExamples(20000)
                .forAll(org.quicktheories.generators.SourceDSL.lists().of(org.quicktheories.generators.SourceDSL.integers().between(0, 9)
                        .map(i -> new String[] {"A", "z", "0", "9", "_", "-", "-", " ", "学", "."}[i])).ofSizeBetween(0, 8))
                .checkAssert(pieces -> {
                    String text = String.join("", pieces);
                    java.util.regex.Matcher m = Display.WORD.matcher(text);
                    boolean whole = m.find() && m.start() == 0 && m.end() == text.length();
                    if (Display.oneWord(text)) assertTrue(whole, text);
                    else assertFalse(whole && text.chars().allMatch(c -> c < 128 && c != ' ' && c != '.'), text);
                });
        for (String code : List.of("A1", "B2", "SAMPLE-09", "researchPlan", "BATCH_2", "ON_TRACK")) assertTrue(Display.oneWord(code), code);
        for (String text : List.of("09-SAMPLE", "-A1", "A1-", "A--1", "S-04 researchPlan", "2021-07-01", "A1, B2")) {
            assertFalse(Display.oneWord(text), text);
        }
    }
}
