package io.kaohe.params;

/** Unit of a parameter value; it also fixes the value's type. */
public enum ParameterUnit {
    HOUR, MINUTE, CREDIT, COUNT, POINTS, DAYS,
    /** a fraction 0–1 (0.5 = 50%) */
    SHARE,
    /** an ISO date */
    DATE,
    /** a seed for reproducible random draws */
    SEED,
    /** a short code or text */
    TEXT,
    /** a map name → ISO date (e.g. a batch plan) */
    DATES,
    /** a map name → fraction (e.g. planned shares per batch) */
    SHARES;

    public boolean numeric() {
        return switch (this) {
            case HOUR, MINUTE, CREDIT, COUNT, POINTS, DAYS, SHARE, SEED -> true;
            default -> false;
        };
    }
}
