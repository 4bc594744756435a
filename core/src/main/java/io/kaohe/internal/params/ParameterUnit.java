package io.kaohe.internal.params;

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
    SHARES,
    /** a list of clause IDs of the pack (e.g. the clauses a progress column counts), each a known clause */
    CLAUSES;

    public boolean numeric() {
        return switch (this) {
            case HOUR, MINUTE, CREDIT, COUNT, POINTS, DAYS, SHARE, SEED -> true;
            default -> false;
        };
    }

    /** What a value of this unit must look like, in Chinese (for check messages). */
    public String zh() {
        return switch (this) {
            case COUNT, SEED -> "须为非负整数";
            case SHARE -> "须为 0 到 1 之间的小数（0.5 即 50%）";
            case DATE -> "须为日期 yyyy-MM-dd";
            case TEXT -> "须为文本";
            case DATES -> "须为 名称: 日期 的映射";
            case SHARES -> "须为 名称: 0–1 小数 的映射";
            case CLAUSES -> "须为条款编号列表，如 [SD-01, SD-02]";
            default -> "须为非负数";
        };
    }

    /** What a value of this unit must look like, in English. */
    public String en() {
        return switch (this) {
            case COUNT, SEED -> "a whole number, 0 or more";
            case SHARE -> "a fraction from 0 to 1 (0.5 = 50%)";
            case DATE -> "a date yyyy-MM-dd";
            case TEXT -> "text";
            case DATES -> "a mapping of names to dates";
            case SHARES -> "a mapping of names to fractions 0–1";
            case CLAUSES -> "a list of clause IDs, e.g. [SD-01, SD-02]";
            default -> "a number, 0 or more";
        };
    }
}
