package io.kaohe.internal.i18n;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import io.kaohe.UnknownPackException;
import io.kaohe.internal.privacy.NationalIds;
import io.kaohe.FieldError;
import io.kaohe.InvalidInputException;

class MessagesTest {
    @Test
    void bothLanguagesHaveTheSameKeys() {
        // placeholders and the keys the code uses: examples' TextsTest
        assertEquals(new TreeSet<>(Messages.engine(Messages.EN).keys()), new TreeSet<>(Messages.engine(Messages.ZH).keys()));
    }

    @Test
    void placeholdersAreFilledAsWrittenInEveryLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY); // no grouping or decimal comma leaks in
            FieldError e = FieldError.of("records[0].amount", "validate.amount.too-large", "100001.5", 100000);
            assertEquals("is implausibly large (was 100001.5, at most 100000)", e.message());
            assertEquals("数值大得不合理（实为 100001.5，最多 100000）", e.message(Messages.ZH));
            assertEquals(e.message(), e.message(Locale.FRENCH), "a language Kaohe does not speak: English");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void machineOutputsAreEnglishWhateverTheJvmLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertEquals("required", FieldError.of("teacher.stage", "validate.required").message());
            assertEquals("must not be negative (was -3)", Messages.text("validate.negative", "-3"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void exceptionsCanBeReadInChinese() {
        UnknownPackException e = new UnknownPackException("shandon", List.of("hunan", "shandong"));
        assertEquals("unknown pack 'shandon'; installed packs: hunan, shandong", e.getMessage());
        assertEquals("未知的规则包“shandon”；已安装的规则包：hunan, shandong", e.getMessage(Messages.ZH));
        InvalidInputException invalid = new InvalidInputException(List.of(FieldError.of("teacher.stage", "validate.required"),
                new FieldError("teacher.nationalId", "check digit does not match (GB 11643)")));
        assertEquals("teacher.stage: 必填; teacher.nationalId: check digit does not match (GB 11643)", invalid.getMessage(Messages.ZH));
    }

    @Test
    void aPrefixedErrorKeepsItsLanguage() {
        FieldError e = FieldError.of("school.id", "validate.duplicate.school", "[0]").withPrefix("[3].");
        assertEquals("[3].school.id", e.path());
        assertEquals("duplicate of [0] (each school once)", e.message());
        assertEquals("与 [0] 重复（每所学校只能出现一次）", e.message(Messages.ZH));
    }

    @Test
    void nationalIdProblemsInBothLanguagesWithoutTheNumber() {
        String wrong = NationalIds.withCheckDigit("11010119900307851").substring(0, 17) + "0";
        String id = NationalIds.fault(wrong).isPresent() ? wrong : wrong.substring(0, 17) + "1";
        FieldError e = io.kaohe.internal.validate.DossierValidator.nationalIdError("teacher.nationalId", id).orElseThrow();
        assertEquals("check digit does not match (GB 11643)", e.message());
        assertEquals("校验码不符（GB 11643）", e.message(Messages.ZH));
        assertFalse(e.message(Messages.ZH).contains(id.substring(0, 6)));
    }

    @Test
    void langValues() {
        assertEquals(Messages.ZH, Messages.parse("zh"));
        assertEquals(Messages.ZH, Messages.parse("zh-CN"));
        assertEquals(Messages.EN, Messages.parse("EN"));
        assertNull(Messages.parse("fr"));
        assertThrows(IllegalArgumentException.class, () -> Messages.engine(Messages.EN).get("no.such.key"));
    }
}
