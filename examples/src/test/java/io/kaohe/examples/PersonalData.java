package io.kaohe.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.kaohe.internal.privacy.Mask;

/**
 * Finds unmasked personal data in text: an 18-character national ID (17 digits and a digit or X) or an
 * 11-digit mainland mobile number, also in the forms written to get past a simple pattern (full-width digits,
 * groups split by runs of spaces, dashes, dots, slashes or underscores, digit by digit, a +86 prefix, an ID followed by x or more digits). Independent of
 * {@link Mask#scrub}, which it checks. What it reports is masked itself, so a report of a leak is not a second leak.
 */
final class PersonalData {
    private PersonalData() {}

    // a random number in a temporary file's name (junit-1234…, .v.jsonl.1234….tmp) is not personal data
    private static final String NOT_A_TEMP_NAME = "(?<!junit-)(?<!\\.jsonl\\.)(?<!\\.json\\.)";
    // between digit groups: a run of spaces, dashes (any Unicode dash, minus), dots, slashes, underscores (after NFKC)
    private static final String SEP1 = "[\\s\\p{Pd}\u2212./_\u00B7\u30FB\u3002]";
    private static final String SEP = SEP1 + "+";
    // digit by digit (1 3 8 1 …): not the tail of a longer spaced run
    private static final String FIRST_SPACED = "(?<![0-9])(?<![0-9]" + SEP1 + ")";
    // an ID standing alone, followed by x, or at the start of a longer run; written in groups 6-8-4; or digit by digit
    private static final Pattern NATIONAL_ID = Pattern.compile(NOT_A_TEMP_NAME + "(?:(?<![0-9])(?:[0-9]{17}[0-9Xx]|[0-9]{6}" + SEP + "[0-9]{8}"
            + SEP + "[0-9]{3}[0-9Xx](?![0-9]))|" + FIRST_SPACED + "(?:[0-9]" + SEP + "){17}[0-9Xx](?![0-9]))");
    // a mobile standing alone, after +86 / 86 / 0086, written in groups 3-4-4, or digit by digit; not a decimal's fraction
    private static final Pattern MOBILE = Pattern.compile(NOT_A_TEMP_NAME + "(?:(?<![0-9])(?<![0-9]\\.)(?:\\+?(?:00)?86" + SEP1 + "*)?1[3-9][0-9](?:[0-9]{8}|"
            + SEP + "[0-9]{4}" + SEP + "[0-9]{4})|" + FIRST_SPACED + "1" + SEP + "[3-9](?:" + SEP + "[0-9]){9})(?![0-9])");

    /** Every unmasked ID or mobile number in {@code text}, masked, with its offset. */
    static List<String> find(String text) {
        List<String> out = new ArrayList<>();
        // full-width digits (１３８…) and spaces read as ASCII: a number written so is as readable
        text = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
        Matcher m = NATIONAL_ID.matcher(text);
        while (m.find()) out.add("national ID " + Mask.nationalId(m.group().replaceAll(SEP1, "").substring(0, 18)) + " at offset " + m.start());
        m = MOBILE.matcher(text);
        while (m.find()) out.add("mobile " + Mask.phone(m.group().replaceAll(SEP1, "")) + " at offset " + m.start());
        return out;
    }
}
