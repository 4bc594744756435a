package io.kaohe.internal.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The schools assessed together: how many there are (the base of a cap such as "优秀 ≤ 30%"). */
public final class SchoolGroup {
    private final int schools;

    public SchoolGroup(int schools) { this.schools = schools; }

    /** How many schools are assessed together. */
    public int getSchools() { return schools; }

    /** The most schools a share allows: ⌊share × schools⌋ (for messages; rules compare shares exactly). */
    public long quota(BigDecimal share) {
        return share.multiply(BigDecimal.valueOf(schools)).setScale(0, RoundingMode.FLOOR).longValueExact();
    }
}
