package io.kaohe.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.kaohe.privacy.Mask;

/**
 * Finds unmasked personal data in text: an 18-character national ID (17 digits and a digit or X) or an
 * 11-digit mainland mobile number, each standing alone (not part of a longer run of digits). What it
 * reports is masked itself, so a report of a leak is not a second leak.
 */
final class PersonalData {
    private PersonalData() {}

    // a random number in a temporary file's name (junit-1234…, .v.jsonl.1234….tmp) is not personal data
    private static final String NOT_A_TEMP_NAME = "(?<!junit-)(?<!\\.jsonl\\.)(?<!\\.json\\.)";
    private static final Pattern NATIONAL_ID = Pattern.compile(NOT_A_TEMP_NAME + "(?<![0-9])[0-9]{17}[0-9Xx](?![0-9Xx])");
    private static final Pattern MOBILE = Pattern.compile(NOT_A_TEMP_NAME + "(?<![0-9])1[3-9][0-9]{9}(?![0-9])");

    /** Every unmasked ID or mobile number in {@code text}, masked, with its offset. */
    static List<String> find(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = NATIONAL_ID.matcher(text);
        while (m.find()) out.add("national ID " + Mask.nationalId(m.group()) + " at offset " + m.start());
        m = MOBILE.matcher(text);
        while (m.find()) out.add("mobile " + Mask.phone(m.group()) + " at offset " + m.start());
        return out;
    }
}
