package io.kaohe.privacy;

import java.util.regex.Pattern;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Masks personal data (national ID, phone) for every output, log line and exception message.
 * Masked forms keep enough to tell records apart by eye, never enough to identify a person:
 * national ID {@code 3709**********0012}, mobile {@code 138****5678}.
 */
public final class Mask {
    private Mask() {}

    // 17 digits + digit or X, not inside a longer run of digits
    private static final Pattern ID_LIKE = Pattern.compile("(?<![0-9])([0-9]{4})[0-9]{10}([0-9]{3}[0-9Xx])(?![0-9Xx])");
    // mainland mobile numbers: 1[3-9] + 9 digits
    private static final Pattern MOBILE_LIKE = Pattern.compile("(?<![0-9])(1[3-9][0-9])[0-9]{4}([0-9]{4})(?![0-9])");

    /** A national ID shown as its first 4 and last 4 characters; anything else of length > 4 as stars. */
    public static String nationalId(String id) {
        if (id == null) return null;
        if (id.length() == 18) return id.substring(0, 4) + "**********" + id.substring(14);
        return "*".repeat(id.length());
    }

    /** A phone number shown with its middle hidden. */
    public static String phone(String phone) {
        if (phone == null) return null;
        if (phone.length() >= 7) return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
        return "*".repeat(phone.length());
    }

    /** Masks every ID-like and mobile-like number inside free text (error messages, log lines). */
    public static String scrub(String text) {
        if (text == null) return null;
        String s = ID_LIKE.matcher(text).replaceAll("$1**********$2");
        return MOBILE_LIKE.matcher(s).replaceAll("$1****$2");
    }

    /** Jackson serializer writing a national ID masked. */
    public static final class NationalIdSerializer extends ValueSerializer<String> {
        @Override
        public void serialize(String value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeString(nationalId(value));
        }
    }

    /** Jackson serializer writing a phone number masked. */
    public static final class PhoneSerializer extends ValueSerializer<String> {
        @Override
        public void serialize(String value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeString(phone(value));
        }
    }
}
