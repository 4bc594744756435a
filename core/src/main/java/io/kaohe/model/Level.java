package io.kaohe.model;

import java.util.Collection;

/** Level of one assessed micro-ability, or of one piece of its evidence (不合格 / 合格 / 优秀). */
public enum Level {
    FAIL, PASS, EXCELLENT;

    /** True for PASS and EXCELLENT. */
    public boolean passed() { return this != FAIL; }

    /**
     * CN-02 (校本应用考核规范 使用说明): an ability is 优秀 only if every piece of evidence is 优秀,
     * 不合格 if any piece is 不合格, and 合格 otherwise.
     *
     * @throws IllegalArgumentException if there is no evidence to derive from
     */
    public static Level fromEvidence(Collection<Level> pieces) {
        if (pieces == null || pieces.isEmpty()) throw new IllegalArgumentException("no evidence levels");
        if (pieces.contains(FAIL)) return FAIL;
        return pieces.stream().allMatch(l -> l == EXCELLENT) ? EXCELLENT : PASS;
    }
}
