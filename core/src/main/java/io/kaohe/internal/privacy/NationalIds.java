package io.kaohe.internal.privacy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Checks a resident identity number (居民身份证号码) against GB 11643-1999. */
public final class NationalIds {
    private NationalIds() {}

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    /** What is wrong with a number: a key of the engine bundle and its arguments (never the number itself). */
    public record Fault(String key, List<Object> args) {
        Fault(String key, Object... args) { this(key, List.of(args)); }
    }

    /** Empty when {@code id} is valid, else what is wrong with it. */
    public static Optional<Fault> fault(String id) {
        if (id.length() != 18) return Optional.of(new Fault("validate.national-id.length", id.length()));
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') return Optional.of(new Fault("validate.national-id.digits"));
            sum += (c - '0') * WEIGHTS[i];
        }
        char last = Character.toUpperCase(id.charAt(17));
        if (last != CHECK.charAt(sum % 11)) return Optional.of(new Fault("validate.national-id.check"));
        try {
            LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
        } catch (DateTimeException e) {
            return Optional.of(new Fault("validate.national-id.birth"));
        }
        return Optional.empty();
    }

    /** Appends the GB 11643 check character to 17 digits (for building test data). */
    public static String withCheckDigit(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        return first17 + CHECK.charAt(sum % 11);
    }
}
